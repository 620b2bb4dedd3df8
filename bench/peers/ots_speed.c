/* ots_speed: time per call of the Open Text Summarizer library (Debian `libots-dev`, libots-1
 * 0.5.0) over the items of one or more data-set folders, in ONE process, with its English
 * dictionary loaded ONCE: the figure bench/speed compares precis with (issue 11).
 *
 *   usage: ots_speed [-n N] [-d DICT] [--seconds S] [--min-rounds R] [--max-rounds R]
 *                    [--cap-ms MS] NAME=DIR...
 *   build: cc -O2 ots_speed.c $(pkg-config --cflags --libs libots-1) -o ots_speed
 *
 * Items as for ots_summarize.c: DIR/<id>/article.txt, or doc1.txt..docN.txt joined in order with
 * a blank line between them (trailing whitespace of each removed). One call is what
 * ots_summarize.c times, minus the dictionary: ots_new_article, ots_parse_stream, ots_grade_doc,
 * ots_highlight_doc_lines(art, N), ots_get_doc_text, ots_free_article.
 *
 * The dictionary loaded once: libots keeps it in the article (art->stem, the stemming and
 * sentence-break rules; art->dict, the word list), and nothing in the calls above writes to
 * either. We load it into one template article, and each call's new article borrows the
 * template's two pointers (its own empty stem rule is freed) and gives them back before
 * ots_free_article. A check at start-up: on the first item of every case, the text selected this
 * way must equal the text selected with a freshly loaded dictionary (exit 1 otherwise).
 *
 * Timing as bench/speed.cpp: one untimed pass over all items, then rounds of one timed pass until
 * S seconds (default 0.5) and R rounds (default 5), at most --max-rounds (default 400); the
 * figure is the median and quartiles over the rounds of microseconds per call. Cases are run in
 * the order given; a case is skipped when an earlier one of at most as many bytes per item took
 * more than --cap-ms milliseconds per call (default 100): OTS's time grows faster than linearly.
 * Output lines (tab-separated) as precis-speed's, tool `ots`:
 *   figure ots summarize NAME ITEMS BYTES_PER_ITEM ROUNDS MEDIAN_US Q1_US Q3_US 0
 *   figure ots dictionary NAME ...   (ots_new_article + ots_load_xml_dictionary + free: excluded above)
 *   skipped ots summarize NAME ITEMS BYTES_PER_ITEM REASON
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <dirent.h>

#include <ots/libots.h>

#include "items.h"

static double now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}


static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double quantile(double *v, size_t n, double q) {
  qsort(v, n, sizeof *v, cmp_double);
  double pos = q * (double)(n - 1);
  size_t lo = (size_t)pos, hi = lo + 1 < n ? lo + 1 : n - 1;
  return v[lo] + (v[hi] - v[lo]) * (pos - (double)lo);
}

static OtsArticle *tmpl;
static const char *dict = "en";
static int lines = 3;

/* One summary; the selected text is returned (g_malloc'd) when `keep`. */
static unsigned char *summarize(const char *text, size_t len, int fresh_dictionary, int keep) {
  OtsArticle *art = ots_new_article();
  if (fresh_dictionary) {
    ots_load_xml_dictionary(art, (const unsigned char *)dict);
  } else {
    free_stem_rule(art->stem);
    art->stem = tmpl->stem;
    art->dict = tmpl->dict;
  }
  ots_parse_stream((const unsigned char *)text, len, art);
  ots_grade_doc(art);
  ots_highlight_doc_lines(art, lines);
  size_t out_len = 0;
  unsigned char *out = ots_get_doc_text(art, &out_len);
  if (!fresh_dictionary) {
    art->stem = new_stem_rule();
    art->dict = NULL;
  }
  ots_free_article(art);
  if (keep) return out;
  g_free(out);
  return NULL;
}

typedef struct {
  char **texts;
  size_t *lens;
  size_t count, bytes;
} Items;

static Items load(const char *set) {
  Items it = {0};
  size_t n = 0;
  char **ids = item_ids(set, &n);
  if (!ids) return it;
  it.texts = malloc((n ? n : 1) * sizeof *it.texts);
  it.lens = malloc((n ? n : 1) * sizeof *it.lens);
  for (size_t k = 0; k < n; ++k) {
    size_t len;
    char *text = item_text(set, ids[k], &len);
    if (text) {
      it.texts[it.count] = text;
      it.lens[it.count++] = len;
      it.bytes += len;
    }
    free(ids[k]);
  }
  free(ids);
  return it;
}

int main(int argc, char **argv) {
  double seconds = 0.5, cap_ms = 100;
  int min_rounds = 5, max_rounds = 400;
  int first_case = 0;
  for (int i = 1; i < argc; ++i) {
    if (!strcmp(argv[i], "-n") && i + 1 < argc) lines = atoi(argv[++i]);
    else if (!strcmp(argv[i], "-d") && i + 1 < argc) dict = argv[++i];
    else if (!strcmp(argv[i], "--seconds") && i + 1 < argc) seconds = atof(argv[++i]);
    else if (!strcmp(argv[i], "--min-rounds") && i + 1 < argc) min_rounds = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--max-rounds") && i + 1 < argc) max_rounds = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--cap-ms") && i + 1 < argc) cap_ms = atof(argv[++i]);
    else if (argv[i][0] != '-' && strchr(argv[i], '=')) {
      first_case = first_case ? first_case : i;
    } else {
      fputs("usage: ots_speed [-n N] [-d DICT] [--seconds S] [--min-rounds R] [--max-rounds R] [--cap-ms MS] NAME=DIR...\n", stderr);
      return 2;
    }
  }
  if (min_rounds < 1) min_rounds = 1;
  if (max_rounds < min_rounds) max_rounds = min_rounds;
  tmpl = ots_new_article();
  if (!ots_load_xml_dictionary(tmpl, (const unsigned char *)dict)) {
    fprintf(stderr, "ots_speed: cannot load the OTS dictionary '%s' (is the `libots0` package installed?)\n", dict);
    return 1;
  }
  /* Cases already run that exceeded the cap: bytes per item of the smallest such. */
  double capped_bytes = -1, capped_ms = 0;
  double *per_call = malloc((size_t)max_rounds * sizeof *per_call);
  int dictionary_done = 0;
  for (int i = first_case; first_case && i < argc; ++i) {
    if (argv[i][0] == '-') { ++i; continue; }
    char *eq = strchr(argv[i], '=');
    if (!eq) continue;
    *eq = 0;
    const char *name = argv[i], *set = eq + 1;
    Items it = load(set);
    if (!it.count) {
      printf("skipped\tots\tsummarize\t%s\t0\t0\tno items under %s\n", name, set);
      continue;
    }
    size_t per_item = it.bytes / it.count;
    if (capped_bytes >= 0 && (double)per_item >= capped_bytes) {
      printf("skipped\tots\tsummarize\t%s\t%zu\t%zu\tover the cap: %.0f ms per call at %.0f bytes per item (cap %.0f ms)\n",
             name, it.count, per_item, capped_ms, capped_bytes, cap_ms);
      fflush(stdout);
      continue;
    }
    /* The check: the borrowed dictionary selects what a fresh one does. */
    unsigned char *a = summarize(it.texts[0], it.lens[0], 1, 1), *b = summarize(it.texts[0], it.lens[0], 0, 1);
    if (strcmp((const char *)a, (const char *)b) != 0) {
      fprintf(stderr, "ots_speed: %s: the dictionary loaded once selects other text than a fresh one\n", name);
      return 1;
    }
    g_free(a);
    g_free(b);
    if (!dictionary_done) { /* what the dictionary costs per call when loaded each time */
      int r = 0;
      double t0 = now_us();
      for (; r < 200; ++r) {
        OtsArticle *art = ots_new_article();
        ots_load_xml_dictionary(art, (const unsigned char *)dict);
        ots_free_article(art);
        per_call[r] = now_us() - t0;
        t0 = now_us();
      }
      printf("figure\tots\tdictionary\t%s\t1\t0\t%d\t%.3f\t%.3f\t%.3f\t0\n", name, r, quantile(per_call, (size_t)r, 0.5),
             quantile(per_call, (size_t)r, 0.25), quantile(per_call, (size_t)r, 0.75));
      dictionary_done = 1;
    }
    for (size_t k = 0; k < it.count; ++k) summarize(it.texts[k], it.lens[k], 0, 0); /* warm */
    int rounds = 0;
    double begin = now_us();
    while (rounds < max_rounds) {
      double t0 = now_us();
      for (size_t k = 0; k < it.count; ++k) summarize(it.texts[k], it.lens[k], 0, 0);
      double t1 = now_us();
      per_call[rounds++] = (t1 - t0) / (double)it.count;
      if (rounds >= min_rounds && t1 - begin >= seconds * 1e6) break;
    }
    double med = quantile(per_call, (size_t)rounds, 0.5);
    printf("figure\tots\tsummarize\t%s\t%zu\t%zu\t%d\t%.3f\t%.3f\t%.3f\t0\n", name, it.count, per_item, rounds, med,
           quantile(per_call, (size_t)rounds, 0.25), quantile(per_call, (size_t)rounds, 0.75));
    fflush(stdout);
    if (med / 1e3 > cap_ms && (capped_bytes < 0 || (double)per_item < capped_bytes)) {
      capped_bytes = (double)per_item;
      capped_ms = med / 1e3;
    }
    for (size_t k = 0; k < it.count; ++k) g_free(it.texts[k]);
    free(it.texts);
    free(it.lens);
  }
  free(per_call);
  return 0;
}
