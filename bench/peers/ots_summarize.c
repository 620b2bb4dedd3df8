/* ots_summarize: the Open Text Summarizer library (Debian `libots-dev`, libots-1 0.5.0) at an exact
 * sentence count, over every item of a data set in ONE process, so that its per-item cost can be
 * measured without process start-up.
 *
 *   usage: ots_summarize [-n N] [-d DICT] SET_DIR OUT_DIR
 *   build: cc -O2 ots_summarize.c $(pkg-config --cflags --libs libots-1) -o ots_summarize
 *
 * Items (layout of ../shared/README.md): SET_DIR/<id>/article.txt, or doc1.txt..docN.txt (oldest
 * first), which are joined in order with a blank line between them (trailing whitespace of each
 * document removed). Writes OUT_DIR/<id>.txt with one selected sentence per line, in document
 * order (the order OTS keeps). Per-item and total times go to stderr.
 *
 * The `ots` command has no sentence-count option (-r is a share of words), so this calls the
 * library as the command does, with ots_highlight_doc_lines(art, N) in place of
 * ots_highlight_doc(art, percent):
 *   ots_new_article, ots_load_xml_dictionary(art, DICT), ots_parse_stream, ots_grade_doc,
 *   ots_highlight_doc_lines(art, N), ots_get_doc_text.
 * The dictionary must be loaded BEFORE parsing: the parser takes its sentence-break rules
 * (<linebreak>/<linedontbreak> of en.xml) from it, and without them the whole text is one
 * "sentence".
 *
 * How OTS's output becomes lines: OTS keeps the original text. Its units ("lines") are the
 * text between its break points (after a token ending in . ? ! ; | or `."` `?"` `!"`, except the
 * abbreviations of en.xml); the whitespace after a break belongs to the NEXT unit, newlines do not
 * break. ots_get_doc_text returns the selected units concatenated with nothing between them, so it
 * cannot be split back into sentences reliably. We therefore walk art->lines and take
 * ots_get_line_text(line, TRUE, ...) of each selected unit, collapse its whitespace (runs of
 * space, tab, CR, LF become one space; leading and trailing removed) and write it as one line;
 * we check that these units concatenated are exactly ots_get_doc_text's output, and skip units
 * that are empty after collapsing (a unit of trailing whitespace can be selected when a text has
 * fewer than N sentences). So a line is OTS's unit, which may be part of a sentence (after "Gen."
 * or "Ms.", or at a ";") or several sentences (`.''` or `.”` do not break).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <time.h>
#include <dirent.h>
#include <sys/stat.h>

#include <ots/libots.h>

#include "items.h"

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}


/* Collapses whitespace runs to one space, without leading or trailing space. */
static size_t collapse(const unsigned char *in, size_t n, char *out) {
  size_t o = 0;
  int space = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = in[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = o > 0;
      continue;
    }
    if (space) out[o++] = ' ';
    space = 0;
    out[o++] = (char)c;
  }
  return o;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void usage(void) {
  fputs("usage: ots_summarize [-n N] [-d DICT] SET_DIR OUT_DIR\n", stderr);
  exit(2);
}

int main(int argc, char **argv) {
  int n = 3;
  const char *dict = "en";
  const char *set = NULL, *out = NULL;
  for (int i = 1; i < argc; ++i) {
    if (!strcmp(argv[i], "-n") && i + 1 < argc) n = atoi(argv[++i]);
    else if (!strcmp(argv[i], "-d") && i + 1 < argc) dict = argv[++i];
    else if (argv[i][0] == '-') usage();
    else if (!set) set = argv[i];
    else if (!out) out = argv[i];
    else usage();
  }
  if (!set || !out || n < 1) usage();
  if (mkdir(out, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "ots_summarize: cannot create %s: %s\n", out, strerror(errno));
    return 1;
  }

  size_t count = 0;
  char **ids = item_ids(set, &count);
  if (!ids) {
    fprintf(stderr, "ots_summarize: cannot open %s\n", set);
    return 1;
  }

  double *times = malloc((count ? count : 1) * sizeof *times);
  size_t items = 0, short_items = 0, sentences = 0;
  double total = 0;
  for (size_t k = 0; k < count; ++k) {
    size_t len;
    char *text = item_text(set, ids[k], &len);
    if (!text) continue;

    double t0 = now_ms();
    OtsArticle *art = ots_new_article();
    if (!ots_load_xml_dictionary(art, (const unsigned char *)dict)) {
      fprintf(stderr, "ots_summarize: cannot load the OTS dictionary '%s' (is the `libots0` package installed?)\n", dict);
      return 1;
    }
    ots_parse_stream((const unsigned char *)text, len, art);
    ots_grade_doc(art);
    ots_highlight_doc_lines(art, n);
    size_t doc_len = 0;
    unsigned char *doc = ots_get_doc_text(art, &doc_len);
    double ms = now_ms() - t0;

    /* One line per selected unit (see the comment at the top). */
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.txt", out, ids[k]);
    FILE *f = fopen(path, "wb");
    if (!f) {
      fprintf(stderr, "ots_summarize: cannot write %s: %s\n", path, strerror(errno));
      return 1;
    }
    GString *concat = g_string_new(NULL);
    int selected = 0, written = 0;
    for (GList *l = art->lines; l; l = l->next) {
      const OtsSentence *s = l->data;
      if (!ots_is_line_selected(s)) continue;
      ++selected;
      size_t line_len = 0;
      unsigned char *line = ots_get_line_text(s, TRUE, &line_len);
      g_string_append_len(concat, (const char *)line, (gssize)line_len);
      char *flat = malloc(line_len + 1);
      size_t m = collapse(line, line_len, flat);
      if (m) {
        fwrite(flat, 1, m, f);
        fputc('\n', f);
        ++written;
      }
      free(flat);
      g_free(line);
    }
    fclose(f);
    if (concat->len != doc_len || memcmp(concat->str, doc, doc_len) != 0) {
      fprintf(stderr, "ots_summarize: %s: the selected units differ from ots_get_doc_text\n", ids[k]);
      return 1;
    }
    g_string_free(concat, TRUE);
    g_free(doc);
    int units = art->lineCount;
    ots_free_article(art);
    g_free(text);

    if (written < n) ++short_items;
    times[items++] = ms;
    total += ms;
    sentences += (size_t)written;
    fprintf(stderr, "ots %s %zu B %d units %d selected %d sentences %.2f ms\n", ids[k], len, units, selected, written, ms);
  }
  if (!items) {
    fprintf(stderr, "ots_summarize: no items in %s\n", set);
    return 1;
  }
  qsort(times, items, sizeof *times, cmp_double);
  double median = items % 2 ? times[items / 2] : (times[items / 2 - 1] + times[items / 2]) / 2;
  fprintf(stderr,
          "ots: %zu items, %zu sentences (%zu items with fewer than %d), summarize total %.2f s, "
          "per item mean %.2f ms, median %.2f ms, max %.2f ms\n",
          items, sentences, short_items, n, total / 1e3, total / (double)items, median, times[items - 1]);
  for (size_t k = 0; k < count; ++k) free(ids[k]);
  free(ids);
  free(times);
  return 0;
}
