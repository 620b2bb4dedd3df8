// Generates the golden vectors (tests/target/golden.h) on the host, or checks that the checked-in
// file is current. Every target must then reproduce them bit for bit (tests/target/runner.c).
//
//   precis_golden --root DIR --shared DIR --out golden.h [--check] NAME=PATH[+PATH...] ...
//
// PATH is relative to --root, or to --shared when it starts with "shared:". An input whose files
// are absent (../shared is not in a user's clone) is not generated: --check skips it, and writing
// keeps its block from the existing file. scripts/golden is the one command that rewrites it.
#include <precis/precis.h>

#include <cinttypes>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "golden_types.h"

namespace {

struct Input {
    std::string name, origin;             // origin: the PATH list as given
    std::vector<std::string> files;       // resolved paths
    std::vector<std::string> texts;
    bool present = false;
};

bool read_file(const std::string &path, std::string *out) {
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char buf[65536];
    std::size_t n;
    out->clear();
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
    std::fclose(f);
    return true;
}

std::string fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
std::string fmt(const char *f, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, f);
    std::vsnprintf(buf, sizeof buf, f, ap);
    va_end(ap);
    return buf;
}

std::string limits_c(const precis_limits &l) {
    return fmt("{%" PRIu32 ", %" PRIu32 ", %" PRIu32 ", %" PRIu32 ", %" PRIu32 "}", l.max_bytes, l.max_sentences,
               l.max_terms, l.max_tokens, l.max_documents);
}

// The algorithms this build knows: every value precis_summarize accepts, counted from 0.
std::vector<uint32_t> algorithms() {
    std::vector<uint32_t> out;
    static const char text[] = "One short sentence here. Another one follows it.";
    precis_doc doc{text, sizeof text - 1};
    static unsigned char ws[1 << 16];
    precis_span spans[4];
    for (uint32_t a = 0; a < 64; ++a) {
        precis_config c{};
        c.limits = precis_limits{256, 8, 32, 32, 1};
        c.algorithm = a;
        if (precis_summarize(&doc, 1, &c, ws, sizeof ws, spans, 4, nullptr) == PRECIS_ERR_ARGUMENT) break;
        out.push_back(a);
    }
    return out;
}

struct Case {
    std::string label;
    precis_config config;
};

const char *kind_name(uint32_t k) {
    switch (k) {
        case PRECIS_BUDGET_SENTENCES: return "sentences";
        case PRECIS_BUDGET_WORDS: return "words";
        case PRECIS_BUDGET_BYTES: return "bytes";
        default: return "ratio";
    }
}

// The matrix: every algorithm x every budget kind (sentences in both orders), then the default algorithm with
// the other knobs (budget sizes, redundancy, boilerplate, limits that truncate).
std::vector<Case> cases_for(const precis_limits &fit, uint32_t total_bytes) {
    std::vector<Case> out;
    struct Budget { uint32_t kind, amount; };
    const Budget budgets[] = {{PRECIS_BUDGET_SENTENCES, 3}, {PRECIS_BUDGET_WORDS, 60}, {PRECIS_BUDGET_BYTES, 320},
                              {PRECIS_BUDGET_RATIO, 300}};
    for (uint32_t a : algorithms()) {
        for (const Budget &b : budgets) {
            for (uint32_t order = 0; order < 2; ++order) {
                // both orders for the sentence budget; one order (alternating) for the others
                if (b.kind != PRECIS_BUDGET_SENTENCES && order != (b.kind == PRECIS_BUDGET_BYTES ? 1u : 0u)) continue;
                Case c{fmt("algo=%u %s=%u %s", a, kind_name(b.kind), b.amount, order ? "rank" : "original"), {}};
                c.config.limits = fit;
                c.config.budget_kind = b.kind;
                c.config.budget = b.amount;
                c.config.algorithm = a;
                c.config.order = order;
                out.push_back(c);
            }
        }
    }
    auto extra = [&](const char *label, auto tweak) {
        Case c{std::string("algo=0 ") + label, {}};
        c.config.limits = fit;
        c.config.order = PRECIS_ORDER_RANK;
        tweak(c.config);
        out.push_back(c);
    };
    extra("sentences=1 rank", [](precis_config &c) { c.budget = 1; });
    extra("sentences=12 rank", [](precis_config &c) { c.budget = 12; });
    extra("budget=0 rank", [](precis_config &c) { c.budget_kind = PRECIS_BUDGET_WORDS; });
    extra("words=15 rank", [](precis_config &c) { c.budget_kind = PRECIS_BUDGET_WORDS; c.budget = 15; });
    extra("bytes=160 rank", [](precis_config &c) { c.budget_kind = PRECIS_BUDGET_BYTES; c.budget = 160; });
    extra("ratio=1000 rank", [](precis_config &c) { c.budget_kind = PRECIS_BUDGET_RATIO; c.budget = 1000; });
    extra("sentences=6 redundancy=1000 rank", [](precis_config &c) { c.budget = 6; c.redundancy = 1000; });
    extra("sentences=6 redundancy=100 rank", [](precis_config &c) { c.budget = 6; c.redundancy = 100; });
    extra("sentences=6 keep-boilerplate rank", [](precis_config &c) { c.budget = 6; c.flags = PRECIS_KEEP_BOILERPLATE; });
    extra("sentences=3 max_bytes=half rank", [&](precis_config &c) { c.limits.max_bytes = total_bytes / 2 + 1; });
    extra("sentences=3 max_sentences=4 rank", [](precis_config &c) { c.limits.max_sentences = 4; });
    extra("sentences=3 max_terms=24 rank", [](precis_config &c) { c.limits.max_terms = 24; });
    extra("sentences=3 max_tokens=40 rank", [](precis_config &c) { c.limits.max_tokens = 40; });
    return out;
}

uint32_t fnv(const std::string &s) { return golden_fnv_bytes(GOLDEN_FNV_INIT, s.data(), s.size()); }

std::string c_string(const std::string &s) {
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"' || ch == '\\') out += '\\';
        out += ch;
    }
    return out + "\"";
}

std::string begin_marker(const std::string &name) { return "/* ==== input " + name + " ==== */"; }
std::string end_marker(const std::string &name) { return "/* ==== end " + name + " ==== */"; }

// The block of one input: its spans, cases and the golden_input record.
std::string block_of(const Input &in) {
    std::vector<precis_doc> docs;
    uint32_t total = 0;
    for (const std::string &t : in.texts) {
        docs.push_back(precis_doc{t.data(), t.size()});
        total += static_cast<uint32_t>(t.size());
    }
    std::string id = in.name;
    for (char &ch : id) {
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) ch = '_';
    }
    std::ostringstream o;
    o << begin_marker(in.name) << "\n";

    precis_limits fit{};
    int fit_status = precis_limits_for(docs.data(), docs.size(), &fit);
    std::vector<precis_span> split(4096);
    precis_result sr{};
    int nsplit = precis_split(docs.data(), docs.size(), split.data(), split.size(), &sr);
    uint32_t split_fnv = GOLDEN_FNV_INIT;
    for (int i = 0; i < nsplit && i < static_cast<int>(split.size()); ++i) {
        split_fnv = golden_fnv_u32(split_fnv, split[i].document);
        split_fnv = golden_fnv_u32(split_fnv, split[i].offset);
        split_fnv = golden_fnv_u32(split_fnv, split[i].length);
        split_fnv = golden_fnv_u32(split_fnv, split[i].sentence);
    }

    std::vector<Case> cases = cases_for(fit, total);
    std::vector<std::string> rows;
    std::size_t workspace_max = 0;
    for (std::size_t k = 0; k < cases.size(); ++k) {
        const Case &c = cases[k];
        std::size_t need = precis_workspace_size(&c.config.limits);
        if (need > workspace_max) workspace_max = need;
        std::vector<unsigned char> ws(need);
        std::vector<precis_span> spans(64);
        precis_result r{};
        int n = precis_summarize(docs.data(), docs.size(), &c.config, ws.data(), ws.size(), spans.data(), spans.size(), &r);
        uint32_t nspans = n > 0 ? static_cast<uint32_t>(n) : 0;
        std::string joined(1 << 16, '\0');
        int jn = precis_join(docs.data(), docs.size(), spans.data(), nspans, "\n", &joined[0], joined.size());
        joined.resize(jn > 0 ? static_cast<std::size_t>(jn) : 0);
        std::string spans_name = "NULL";
        if (nspans > 0) {
            spans_name = fmt("golden_%s_%zu", id.c_str(), k);
            o << "static const precis_span " << spans_name << "[] = {";
            for (uint32_t i = 0; i < nspans; ++i) {
                const precis_span &s = spans[i];
                o << (i ? ", " : "")
                  << fmt("{%" PRIu32 ", %" PRIu32 ", %" PRIu32 ", %" PRIu32 ", %" PRIu32 ", %" PRIu32 "}", s.document,
                         s.offset, s.length, s.sentence, s.score, s.trim);
            }
            o << "}; /* " << c.label << " */\n";
        }
        const precis_config &g = c.config;
        rows.push_back(fmt("    {%s, {.limits = %s, .budget_kind = %" PRIu32 ", .budget = %" PRIu32
                           ", .algorithm = %" PRIu32 ", .order = %" PRIu32 ", .redundancy = %" PRIu32
                           ", .flags = %" PRIu32 "},\n     %d, 0x%" PRIx32 ", %" PRIu32 ", %" PRIu32 ", %zu, %d, 0x%08" PRIx32
                           ", %" PRIu32 ", %s},\n",
                           c_string(c.label).c_str(), limits_c(g.limits).c_str(), g.budget_kind, g.budget, g.algorithm,
                           g.order, g.redundancy, g.flags, n, r.flags, r.sentences, r.documents, r.bytes_read, jn,
                           fnv(joined), nspans, spans_name.c_str()));
    }
    o << "static const golden_case golden_" << id << "_cases[] = {\n";
    for (const std::string &row : rows) o << row;
    o << "};\n";
    o << "static const golden_input golden_input_" << id << " = {\n    " << c_string(in.name) << ", "
      << c_string(in.origin) << ", " << in.texts.size() << ",\n    {";
    for (std::size_t d = 0; d < in.texts.size(); ++d) o << (d ? ", " : "") << in.texts[d].size();
    o << "}, {";
    for (std::size_t d = 0; d < in.texts.size(); ++d) o << (d ? ", " : "") << fmt("0x%08" PRIx32, fnv(in.texts[d]));
    o << "},\n    " << fit_status << ", " << limits_c(fit) << ", " << nsplit << ", " << fmt("0x%08" PRIx32, split_fnv)
      << ",\n    " << rows.size() << ", golden_" << id << "_cases};\n";
    o << "/* largest workspace of these cases on the host: " << workspace_max << " bytes */\n";
    o << end_marker(in.name) << "\n";
    return o.str();
}

std::string stub_of(const Input &in) {
    std::string id = in.name;
    for (char &ch : id) {
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) ch = '_';
    }
    return begin_marker(in.name) + "\n/* not generated: the input was absent on the host */\nstatic const golden_input golden_input_" +
           id + " = {" + c_string(in.name) + ", " + c_string(in.origin) + ", 0, {0}, {0}, 0, {0, 0, 0, 0, 0}, 0, 0, 0, NULL};\n" +
           end_marker(in.name) + "\n";
}

const char *kHeader =
    "/*\n"
    " * GENERATED by scripts/golden (tests/target/golden_gen.cpp) on the host: do not edit.\n"
    " *\n"
    " * The golden vectors: for each input, precis_limits_for, precis_split and precis_summarize over\n"
    " * every algorithm x budget kind x order (and more knobs for the default algorithm), with the\n"
    " * spans (document, offset, length, sentence, score, trim) and result each call must give. Every target\n"
    " * reproduces them bit for bit (tests/target/runner.c). A deliberate change to segmentation or\n"
    " * scoring shows up as a diff of this file: regenerate with scripts/golden and review the diff.\n"
    " * Texts are not stored here, only their lengths and FNV-1a hashes.\n"
    " */\n"
    "#include \"golden_types.h\"\n\n";

struct Parsed {
    std::string header, footer;
    std::map<std::string, std::string> blocks;
    bool ok = false;
};

// Splits an existing golden.h into header, one block per input, and footer.
Parsed parse(const std::string &text) {
    Parsed p;
    std::istringstream in(text);
    std::string line, current, name;
    bool inside = false, seen = false;
    const std::string open = "/* ==== input ", close = "/* ==== end ";
    while (std::getline(in, line)) {
        line += "\n";
        if (!inside && line.compare(0, open.size(), open) == 0) {
            inside = true;
            seen = true;
            name = line.substr(open.size(), line.find(" ====", open.size()) - open.size());
            current = line;
            continue;
        }
        if (inside) {
            current += line;
            if (line.compare(0, close.size(), close) == 0) {
                p.blocks[name] = current;
                inside = false;
            }
            continue;
        }
        if (seen && line == "\n") continue;  // the blank lines between blocks
        (seen ? p.footer : p.header) += line;
    }
    p.ok = !inside;
    return p;
}

// Where two texts first differ, as "line N: -old / +new".
std::string first_difference(const std::string &want, const std::string &got) {
    std::istringstream a(want), b(got);
    std::string la, lb;
    for (int n = 1;; ++n) {
        bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
        if (!ha && !hb) return "(no difference)";
        if (!ha) la = "(end)";
        if (!hb) lb = "(end)";
        if (la != lb) return fmt("block line %d:\n    checked in: %.300s\n    now:        %.300s", n, la.c_str(), lb.c_str());
    }
}

}  // namespace

int main(int argc, char **argv) {
    std::string root = ".", shared = "../shared", out_path;
    bool check = false;
    std::vector<Input> inputs;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--root" && i + 1 < argc) root = argv[++i];
        else if (a == "--shared" && i + 1 < argc) shared = argv[++i];
        else if (a == "--out" && i + 1 < argc) out_path = argv[++i];
        else if (a == "--check") check = true;
        else if (a.find('=') != std::string::npos) {
            Input in;
            in.name = a.substr(0, a.find('='));
            in.origin = a.substr(a.find('=') + 1);
            std::string rest = in.origin;
            while (!rest.empty()) {
                std::size_t plus = rest.find('+');
                std::string p = rest.substr(0, plus);
                rest = plus == std::string::npos ? "" : rest.substr(plus + 1);
                in.files.push_back(p.compare(0, 7, "shared:") == 0 ? shared + "/" + p.substr(7) : root + "/" + p);
            }
            inputs.push_back(in);
        } else {
            std::fprintf(stderr, "usage: precis_golden --root DIR --shared DIR --out FILE [--check] NAME=PATH[+PATH]...\n");
            return 2;
        }
    }
    if (out_path.empty() || inputs.empty()) {
        std::fprintf(stderr, "precis_golden: --out and at least one input are required\n");
        return 2;
    }
    for (Input &in : inputs) {
        in.present = true;
        for (const std::string &f : in.files) {
            std::string t;
            if (!read_file(f, &t)) {
                in.present = false;
                break;
            }
            in.texts.push_back(t);
        }
        if (in.files.size() > GOLDEN_MAX_DOCS) {
            std::fprintf(stderr, "precis_golden: %s has more than %d documents\n", in.name.c_str(), GOLDEN_MAX_DOCS);
            return 2;
        }
    }

    // The vectors hold every algorithm: a build without some (PRECIS_CLASSIC_ALGORITHMS=OFF) can
    // neither write nor check them; its target runner still checks the cases it has.
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (precis_algorithm_available(a)) continue;
        std::printf("golden: skipped: this build lacks the algorithm %s (PRECIS_CLASSIC_ALGORITHMS=OFF); "
                    "the vectors are made and checked by the full build\n", precis_algorithm_name(a));
        return check ? 77 : 1;
    }

    std::string old;
    bool have_old = read_file(out_path, &old);
    Parsed previous = parse(old);

    std::string footer = "static const golden_input *const golden_inputs[] = {\n";
    for (const Input &in : inputs) {
        std::string id = in.name;
        for (char &ch : id) {
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) ch = '_';
        }
        footer += "    &golden_input_" + id + ",\n";
    }
    footer += fmt("};\n#define GOLDEN_NINPUTS %zu\n", inputs.size());

    if (check) {
        if (!have_old || !previous.ok) {
            std::fprintf(stderr, "golden: %s is missing or malformed: regenerate with scripts/golden\n", out_path.c_str());
            return 1;
        }
        int stale = 0, checked = 0, skipped = 0;
        if (previous.header != kHeader || previous.footer != footer) {
            std::fprintf(stderr, "golden: the file's header or input list differs from the generator's\n");
            ++stale;
        }
        for (const Input &in : inputs) {
            if (!in.present) {
                std::printf("golden: %s skipped: %s is absent\n", in.name.c_str(), in.origin.c_str());
                ++skipped;
                continue;
            }
            ++checked;
            std::string now = block_of(in);
            auto it = previous.blocks.find(in.name);
            if (it == previous.blocks.end() || it->second != now) {
                std::fprintf(stderr, "golden: the vectors of '%s' are stale\n  %s\n", in.name.c_str(),
                             it == previous.blocks.end() ? "(no block in the file)" : first_difference(it->second, now).c_str());
                ++stale;
            }
        }
        if (stale) {
            std::fprintf(stderr,
                         "golden: %s does not match what this build selects and scores.\n"
                         "golden: if the change is deliberate, regenerate with scripts/golden and review the diff.\n",
                         out_path.c_str());
            return 1;
        }
        std::printf("golden: %d inputs current, %d skipped\n", checked, skipped);
        return 0;
    }

    std::string text = kHeader;
    for (const Input &in : inputs) {
        if (in.present) {
            text += block_of(in);
        } else if (previous.blocks.count(in.name)) {
            std::fprintf(stderr, "golden: %s is absent (%s): kept its old vectors; regenerate where it is present\n",
                         in.name.c_str(), in.origin.c_str());
            text += previous.blocks[in.name];
        } else {
            std::fprintf(stderr, "golden: %s is absent (%s): not generated\n", in.name.c_str(), in.origin.c_str());
            text += stub_of(in);
        }
        text += "\n";
    }
    text += footer;
    if (have_old && old == text) {
        std::printf("golden: %s is current\n", out_path.c_str());
        return 0;
    }
    std::FILE *f = std::fopen(out_path.c_str(), "wb");
    if (!f || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0) {
        std::fprintf(stderr, "golden: cannot write %s\n", out_path.c_str());
        return 1;
    }
    std::printf("golden: wrote %s\n", out_path.c_str());
    return 0;
}
