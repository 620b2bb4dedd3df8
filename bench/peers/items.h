/* The data set's items as the C peers read them (ots_summarize.c, ots_speed.c): one place, so that
 * every peer gets the same text. Needs glib (g_malloc, GString), <stdio.h>, <stdlib.h>,
 * <string.h> and <dirent.h> before it. */
#ifndef PRECIS_BENCH_PEERS_ITEMS_H
#define PRECIS_BENCH_PEERS_ITEMS_H

/* Reads a whole file (g_malloc'd); NULL when it does not exist. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = g_malloc(cap + 1);
  for (;;) {
    if (n == cap) buf = g_realloc(buf, (cap *= 2) + 1);
    size_t got = fread(buf + n, 1, cap - n, f);
    if (got == 0) break;
    n += got;
  }
  fclose(f);
  buf[n] = 0;
  *len = n;
  return buf;
}

/* The item's text (g_malloc'd): article.txt, or doc1..docN joined with a blank line. NULL if
 * neither exists. */
static char *item_text(const char *set, const char *id, size_t *len) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s/article.txt", set, id);
  char *text = read_file(path, len);
  if (text) return text;
  GString *joined = g_string_new(NULL);
  int docs = 0;
  for (int k = 1;; ++k) {
    size_t n;
    snprintf(path, sizeof path, "%s/%s/doc%d.txt", set, id, k);
    char *doc = read_file(path, &n);
    if (!doc) break;
    while (n > 0 && (doc[n - 1] == ' ' || doc[n - 1] == '\t' || doc[n - 1] == '\n' || doc[n - 1] == '\r')) --n;
    if (docs++) g_string_append(joined, "\n\n");
    g_string_append_len(joined, doc, (gssize)n);
    g_free(doc);
  }
  if (!docs) {
    g_string_free(joined, TRUE);
    return NULL;
  }
  g_string_append_c(joined, '\n');
  *len = joined->len;
  return g_string_free(joined, FALSE);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The item ids of a data set, sorted by byte value like bench/quality.cpp (malloc'd, each id
 * strdup'd); NULL when the directory cannot be read. */
static char **item_ids(const char *set, size_t *count) {
  DIR *d = opendir(set);
  if (!d) return NULL;
  size_t n = 0, cap = 256;
  char **ids = malloc(cap * sizeof *ids);
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) ids = realloc(ids, (cap *= 2) * sizeof *ids);
    ids[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(ids, n, sizeof *ids, cmp_str);
  *count = n;
  return ids;
}

#endif
