/*
 * insncount: a QEMU TCG plugin that counts the guest instructions executed between marker
 * addresses, exactly (each translated instruction gets an inline 64-bit add).
 *
 *   qemu-system-arm ... -plugin ./libinsncount.so,begin=0xADDR,end=0xADDR,out=FILE
 *
 * Every time the instruction at `begin` executes a region opens; the instruction at `end` closes
 * it. At exit, FILE gets one line per region: "region N: COUNT instructions" (the instructions
 * from `begin`, inclusive, to `end`, exclusive). Thumb addresses may be given with bit 0 set, as
 * nm prints them. With `profile=on` FILE also gets "block ADDR COUNT" lines: the instructions
 * executed inside the regions by each translation block starting at ADDR (a block never spans
 * two functions, so a symbol table turns them into a per-function profile).
 * Built by scripts/footprint: cc -shared -fPIC -O2 insncount.c.
 *
 * Debian ships QEMU without its plugin header, so the few declarations of the plugin API (version
 * 1, QEMU 7.2) that this file uses are written out below.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- The QEMU plugin API, version 1 (qemu-plugin.h of QEMU 7.2), as far as used here ---- */
typedef uint64_t qemu_plugin_id_t;
typedef struct qemu_info_t qemu_info_t; /* not read */
struct qemu_plugin_tb;
struct qemu_plugin_insn;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS, QEMU_PLUGIN_CB_R_REGS, QEMU_PLUGIN_CB_RW_REGS };
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 };
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb, size_t idx);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn *insn, enum qemu_plugin_op op, void *ptr,
                                                uint64_t imm);
void qemu_plugin_register_vcpu_insn_exec_cb(struct qemu_plugin_insn *insn, qemu_plugin_vcpu_udata_cb_t cb,
                                            enum qemu_plugin_cb_flags flags, void *userdata);
void qemu_plugin_register_vcpu_tb_exec_inline(struct qemu_plugin_tb *tb, enum qemu_plugin_op op, void *ptr,
                                              uint64_t imm);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void *userdata);
#define QEMU_PLUGIN_EXPORT __attribute__((visibility("default")))
QEMU_PLUGIN_EXPORT int qemu_plugin_version = 1;
QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv);
/* ---- end of the API declarations ---- */

#define MAX_REGIONS 4096

static uint64_t executed; /* every guest instruction adds one (single vCPU: M-profile, user mode) */
static uint64_t begin_addr = UINT64_MAX, end_addr = UINT64_MAX;
static uint64_t opened_at;
static int open_region;
static uint64_t regions[MAX_REGIONS];
static unsigned nregions;
static char out_path[4096];

/* profile=on: one counter per translation block (a block may be translated more than once: the
 * same address then has several entries, summed at exit by the reader). */
struct block {
    uint64_t vaddr;
    uint64_t executed;  /* over the whole run */
    uint64_t at_begin;  /* `executed` when the current region opened */
    uint64_t in_regions;
};
#define MAX_BLOCKS (1u << 20)
static struct block *blocks;
static unsigned nblocks;
static int profile;

static void on_begin(unsigned int vcpu, void *udata) {
    (void)vcpu;
    (void)udata;
    unsigned i;
    opened_at = executed;
    open_region = 1;
    for (i = 0; i < nblocks; ++i) blocks[i].at_begin = blocks[i].executed;
}

static void on_end(unsigned int vcpu, void *udata) {
    (void)vcpu;
    (void)udata;
    unsigned i;
    if (!open_region) return;
    if (nregions < MAX_REGIONS) regions[nregions++] = executed - opened_at;
    open_region = 0;
    for (i = 0; i < nblocks; ++i) blocks[i].in_regions += blocks[i].executed - blocks[i].at_begin;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    size_t n = qemu_plugin_tb_n_insns(tb), i;
    (void)id;
    if (profile && nblocks < MAX_BLOCKS) {
        struct block *b = &blocks[nblocks++];
        b->vaddr = qemu_plugin_tb_vaddr(tb);
        b->at_begin = 0;  /* a block first translated inside a region counts from zero */
        qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &b->executed, n);
    }
    for (i = 0; i < n; ++i) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t addr = qemu_plugin_insn_vaddr(insn);
        /* The callbacks run before the instruction's own count is added. */
        if (addr == begin_addr) qemu_plugin_register_vcpu_insn_exec_cb(insn, on_begin, QEMU_PLUGIN_CB_NO_REGS, NULL);
        if (addr == end_addr) qemu_plugin_register_vcpu_insn_exec_cb(insn, on_end, QEMU_PLUGIN_CB_NO_REGS, NULL);
        qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &executed, 1);
    }
}

static void at_exit(qemu_plugin_id_t id, void *udata) {
    FILE *f = out_path[0] ? fopen(out_path, "w") : stderr;
    unsigned i;
    (void)id;
    (void)udata;
    if (!f) return;
    for (i = 0; i < nregions; ++i) fprintf(f, "region %u: %" PRIu64 " instructions\n", i, regions[i]);
    fprintf(f, "total: %" PRIu64 " instructions\n", executed);
    for (i = 0; i < nblocks; ++i) {
        if (blocks[i].in_regions) fprintf(f, "block 0x%" PRIx64 " %" PRIu64 "\n", blocks[i].vaddr, blocks[i].in_regions);
    }
    if (f != stderr) fclose(f);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    int i;
    (void)info;
    for (i = 0; i < argc; ++i) {
        if (strncmp(argv[i], "begin=", 6) == 0) begin_addr = strtoull(argv[i] + 6, NULL, 0) & ~(uint64_t)1;
        else if (strncmp(argv[i], "end=", 4) == 0) end_addr = strtoull(argv[i] + 4, NULL, 0) & ~(uint64_t)1;
        else if (strncmp(argv[i], "out=", 4) == 0) snprintf(out_path, sizeof out_path, "%s", argv[i] + 4);
        else if (strcmp(argv[i], "profile=on") == 0) profile = 1;
        else {
            fprintf(stderr, "insncount: unknown argument '%s' (begin=ADDR,end=ADDR,out=FILE,profile=on)\n", argv[i]);
            return -1;
        }
    }
    if (profile && (blocks = calloc(MAX_BLOCKS, sizeof *blocks)) == NULL) return -1;
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
