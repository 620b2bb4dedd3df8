/*
 * precis on a microcontroller: summarize a news report held in flash, with a static workspace,
 * into a buffer of the caller's, and print it. No heap, no file system: the story is linked into
 * flash from a text file, the workspace is a static array sized once for what the device must
 * handle, and the summary is written into a fixed buffer. Under QEMU the output goes through
 * semihosting; on a board, puts() would be a UART.
 *
 * Build-time settings (compile definitions; examples/firmware/CMakeLists.txt sets them):
 *   STORY_FILE        path of the text to link into flash (a string literal)
 *   STORY_MAX_BYTES, STORY_MAX_SENTENCES, STORY_MAX_TERMS, STORY_MAX_TOKENS
 *                     the device's limits: the longest story it accepts
 *   WORKSPACE_BYTES   the static workspace; the program checks it against
 *                     precis_workspace_size() of the limits and says what it needs
 *   SUMMARY_BYTES     the summary buffer, also the byte budget of the summary
 */
#include <precis/precis.h>
#include <stdio.h>

/* The story, placed in flash (.rodata) straight from the text file by the assembler. */
__asm__(".section .rodata.story,\"a\",%progbits\n"
        ".global story\n"
        "story:\n"
        ".incbin \"" STORY_FILE "\"\n"
        ".global story_end\n"
        "story_end:\n"
        ".previous\n");
extern const char story[], story_end[];

static const precis_limits limits = {STORY_MAX_BYTES, STORY_MAX_SENTENCES, STORY_MAX_TERMS, STORY_MAX_TOKENS, 1};

static unsigned char workspace[WORKSPACE_BYTES];
static char summary[SUMMARY_BYTES];

int main(void) {
    precis_doc doc;
    precis_config config = {0};
    precis_span spans[8];
    precis_result result;
    size_t need = precis_workspace_size(&limits);
    int n, len, i;

    doc.text = story;
    doc.length = (size_t)(story_end - story);
    printf("precis firmware example: a %lu-byte story in flash, workspace %lu of %lu bytes\n",
           (unsigned long)doc.length, (unsigned long)need, (unsigned long)sizeof workspace);
    if (need == 0 || need > sizeof workspace) {
        printf("precis firmware: the limits need a %lu-byte workspace: raise WORKSPACE_BYTES\n", (unsigned long)need);
        return 1;
    }

    config.limits = limits;
    config.budget_kind = PRECIS_BUDGET_BYTES; /* the joined summary, NUL included, fits the buffer */
    config.budget = sizeof summary;
    n = precis_summarize(&doc, 1, &config, workspace, sizeof workspace, spans, 8, &result);
    if (n < 0) {
        printf("precis firmware: %s\n", precis_status_name(n));
        return 1;
    }
    len = precis_join(&doc, 1, spans, (size_t)n, "\n", summary, sizeof summary);
    if (len < 0) {
        printf("precis firmware: join: %s\n", precis_status_name(len));
        return 1;
    }
    printf("summary (%d of %lu sentences, %d bytes%s):\n%s\n", n, (unsigned long)result.sentences, len,
           (result.flags & PRECIS_TRUNCATED) ? ", story truncated to the limits" : "", summary);
    for (i = 0; i < n; ++i) {
        printf("  sentence %lu: bytes %lu..%lu, score %lu/65536\n", (unsigned long)spans[i].sentence,
               (unsigned long)spans[i].offset, (unsigned long)(spans[i].offset + spans[i].length),
               (unsigned long)spans[i].score);
    }
    printf("precis firmware: ok\n");
    return 0;
}
