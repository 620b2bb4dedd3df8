/*
 * The size probe: a program that calls every entry point of the library and does nothing else,
 * so that its link map shows what the library costs in flash and RAM once linked with
 * --gc-sections (scripts/footprint reads the map). Built twice: with PRECIS_PROBE_CALLS, and
 * without (the same program minus the library), so that the C library and libgcc helpers that
 * the library pulls in can be told from the startup code's.
 */
#include <precis/precis.h>

#ifdef PRECIS_PROBE_CALLS
/* volatile: the compiler cannot see through the arguments, so nothing is folded away */
static const char *volatile text = "One sentence. Another one.";
static unsigned char workspace[2048];
static precis_span spans[4];
static char out[256];
volatile int sink;

int main(void) {
    precis_doc doc;
    precis_limits l;
    precis_config c = {0};
    doc.text = text;
    doc.length = 26;
    sink = precis_limits_for(&doc, 1, &l);
    c.limits = l;
    sink += (int)precis_workspace_size(&l);
    sink += precis_summarize(&doc, 1, &c, workspace, sizeof workspace, spans, 4, 0);
    sink += precis_split(&doc, 1, spans, 4, 0);
    sink += precis_join(&doc, 1, spans, 1, "\n", out, sizeof out);
    sink += precis_status_name(sink)[0];
    return sink == 12345;
}
#else
volatile int sink;
int main(void) { return sink == 12345; }
#endif
