/* A C99 consumer: summarizes the file named on the command line into three sentences. */
#include <precis/precis.h>
#include <stdio.h>

static unsigned char workspace[128 * 1024];
static char text[32 * 1024];

int main(int argc, char **argv) {
    precis_config config = {0};
    precis_doc doc;
    precis_span spans[8];
    char summary[4096];
    FILE *f;
    int n;

    if (argc < 2 || (f = fopen(argv[1], "rb")) == NULL) return 2;
    doc.text = text;
    doc.length = fread(text, 1, sizeof text, f);
    fclose(f);
    if (precis_version() != PRECIS_VERSION) return 3; /* header and library agree */
    if (precis_limits_for(&doc, 1, &config.limits) != PRECIS_OK) return 4;
    n = precis_summarize(&doc, 1, &config, workspace, sizeof workspace, spans, 8, NULL);
    if (n < 0 || precis_join(&doc, 1, spans, (size_t)n, "\n", summary, sizeof summary) < 0) return 1;
    printf("precis %s (C): %d sentences\n%s\n", PRECIS_VERSION_STRING, n, summary);
    return 0;
}
