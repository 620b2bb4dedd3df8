// precis: the command-line front end. Reads files (or stdin), sizes a workspace for the input,
// and prints the summary as text, JSON or TSV; in batch mode one summary per file (--each) or per
// JSON line (--jsonl, cli/jsonl.h), reusing one workspace. Host code: it may allocate; the
// library does not.
#include <precis/precis.h>
#include <precis/precis.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include <sys/stat.h>

#include "jsonl.h"

namespace {

// The help text, in two parts around the list of algorithms, which is this build's.
const char kUsageHead[] =
    "Usage: precis [OPTIONS] [FILE...]\n"
    "Print the sentences that carry the story of UTF-8 text, in their original order.\n"
    "With no FILE, or FILE '-', read standard input. Several FILEs are reports of one story:\n"
    "they are summarized together, and no fact is selected twice.\n"
    "\n"
    "Budget (choose one; default -n 3):\n"
    "  -n, --sentences N     at most N sentences\n"
    "  -w, --words N         at most N words\n"
    "  -b, --bytes N         at most N bytes of text output, newlines included\n"
    "  -r, --ratio R         a share of the input's sentences, 0 < R <= 1 (e.g. 0.2)\n"
    "\n"
    "Selection:\n"
    "  -a, --algorithm NAME  ";
const char kUsageTail[] =
    "      --order ORDER     original (default: story order, the leads first across files)\n"
    "                        or rank (best first)\n"
    "      --no-filter       let bylines, credits, copyright lines, wire codes and e-mail\n"
    "                        furniture be selected (lines with fewer than two content words,\n"
    "                        code fences and table rules never are)\n"
    "      --trim            shorten sentences by cutting attributions, asides, appositives,\n"
    "                        leading time/place phrases and trailing clauses, under any budget\n"
    "                        (the default under -b and -w)\n"
    "      --no-trim         whole sentences only (the default under -n and -r)\n";
// After the selection options: --language, with the languages of this build.
const char kUsageOutput[] =
    "\n"
    "Output:\n"
    "      --format FORMAT   text (default): one sentence per line, whitespace collapsed;\n"
    "                        json: the spans (document, offset, length, sentence, score, the\n"
    "                        byte ranges kept of a trimmed sentence) and text;\n"
    "                        tsv: document, offset, length, sentence, score, text\n"
    "      --split           print every sentence of the input (the segmenter's view) instead\n"
    "      --keywords N      print the N key terms or phrases (at most 64) instead, best first,\n"
    "                        each as it first occurs (json: an array of spans with text)\n"
    "      --version         print the version and exit\n"
    "  -h, --help            print this help and exit\n"
    "\n"
    "Batch (one summary per item; every other option applies to each item):\n"
    "      --jsonl [FILE]    read JSON lines, one object per line: {\"id\": ..., \"text\": \"...\"} or\n"
    "                        {\"id\": ..., \"documents\": [\"...\", ...]}; print one JSON line per\n"
    "                        item, in order: its id (its line number when it has none) and the\n"
    "                        --format json fields, or its id, line number and an \"error\"\n"
    "      --max-line BYTES  with --jsonl, a longer line is an error item (default 67108864)\n"
    "      --each FILE...    summarize each FILE on its own; text and tsv print each after a line\n"
    "                        '==> FILE <==' with a blank line between files, json one line per\n"
    "                        file with its \"file\" name\n"
    "\n"
    "Offsets and lengths are bytes of the input files; scores are 16.16 fixed point shown as decimals.\n"
    "\n"
    "Exit status: 0 on success (empty input gives empty output; so does a budget that no informative\n"
    "sentence fits, with a note on stderr); 1 when an input cannot be read\n"
    "(missing, a directory, unreadable, not text: NUL bytes, over 2147483647 bytes) or the output\n"
    "cannot be written; 2 for usage errors (unknown option, invalid number, two budgets, --split\n"
    "with --keywords). Errors\n"
    "are one line on stderr starting with 'precis: '; when any input fails, nothing else is printed.\n"
    "With --jsonl or --each an item or file that fails does not stop the others: it is reported in\n"
    "its place (json: an error object; --each also on stderr) and the exit status is then 1.\n";

enum class Format { kText, kJson, kTsv };

// One summary of all the inputs (the default), one per file, or one per JSON line.
enum class Mode { kOne, kEach, kJsonl };

// --max-line's default: a JSON line (escaped text) of 64 MiB; memory stays a small multiple of it.
constexpr uint32_t kDefaultMaxLine = 64u << 20;

// The algorithms this build of the library has, by name: "default, lead, ..." (joined with `last`
// before the final one).
std::string built_algorithms(const char *last) {
    std::vector<std::string> names;
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (precis_algorithm_available(a)) names.push_back(precis_algorithm_name(a));
    }
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        out += (i == 0 ? "" : (i + 1 == names.size() ? last : ", ")) + names[i];
    }
    return out;
}

// The languages this build of the library has, by name ("en, de, fr, ...").
std::string built_languages() {
    std::string out;
    for (int l = 0; l < PRECIS_LANGUAGE_COUNT; ++l) {
        if (l == PRECIS_LANGUAGE_AUTO || l == PRECIS_LANGUAGE_OTHER || !precis_language_available(l)) continue;
        out += std::string(out.empty() ? "" : ", ") + precis_language_name(l);
    }
    return out;
}

// The --language entry of the help, with this build's packs.
std::string language_help() {
    return "      --language CODE   the language of the text: " + built_languages() + " (en is the\n"
           "                        default); auto: detected per file among those; other: none of\n"
           "                        them (no stemming, stopwords taken from the text itself)\n";
}

// The -a line of the help: "default (position-aware centrality for news), lead, luhn, ..."
// wrapped at 80 columns under the option.
std::string algorithm_help() {
    std::string list = built_algorithms(" or ");
    const std::string first = "default";
    list.replace(0, first.size(), first + " (position-aware centrality for news)");
    std::string out, line;
    std::size_t start = 0;
    while (start < list.size()) {
        std::size_t end = list.find(' ', start);
        std::string word = list.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? list.size() : end + 1;
        if (!line.empty() && line.size() + 1 + word.size() > 57) {  // 80 columns in all
            out += line + "\n                        ";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return out + line + "\n";
}

struct Options {
    precis_config config{};
    bool budget_set = false;
    bool split = false;
    uint32_t keywords = 0;  // --keywords N
    Format format = Format::kText;
    bool format_set = false;
    Mode mode = Mode::kOne;
    uint32_t max_line = 0;  // --max-line; 0: kDefaultMaxLine
    std::vector<std::string> files;
};

// An error message is one line whatever a file name or an argument holds: control bytes are
// written as \xHH.
std::string one_line(const std::string &msg) {
    std::string out;
    for (char ch : msg) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F) {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\x%02X", c);
            out += esc;
        } else {
            out += ch;
        }
    }
    return out;
}

// Flushes the output: the exit status, 1 when it could not be written.
int finish(int status) {
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "precis: cannot write the output: %s\n", std::strerror(errno));
        return 1;
    }
    return status;
}

[[noreturn]] void usage_error(const std::string &msg) {
    std::fprintf(stderr, "precis: %s (see precis --help)\n", one_line(msg).c_str());
    std::exit(2);
}

// A decimal count 1..1e9, nothing else.
uint32_t parse_count(const std::string &opt, const std::string &v) {
    if (v.empty() || v.size() > 10) usage_error("invalid number for " + opt + ": '" + v + "'");
    uint64_t n = 0;
    for (char c : v) {
        if (c < '0' || c > '9') usage_error("invalid number for " + opt + ": '" + v + "'");
        n = n * 10 + static_cast<uint64_t>(c - '0');
    }
    if (n == 0 || n > 1000000000) usage_error(opt + " must be between 1 and 1000000000, not '" + v + "'");
    return static_cast<uint32_t>(n);
}

// A ratio 0 < R <= 1 as per-mille, parsed without floating point ("0.25" -> 250).
uint32_t parse_ratio(const std::string &v) {
    std::string bad = "invalid ratio: '" + v + "' (expected 0 < R <= 1, e.g. 0.2)";
    std::size_t dot = v.find('.');
    std::string whole = v.substr(0, dot), frac = dot == std::string::npos ? "" : v.substr(dot + 1);
    if (whole.empty() && frac.empty()) usage_error(bad);
    for (char c : whole + frac) {
        if (c < '0' || c > '9') usage_error(bad);
    }
    // Any number of digits: "00.5" is 0.5, and 0.0000000001 is below a thousandth like 0.0001.
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
    if (whole.size() > 1) usage_error(bad);
    uint64_t pm = whole.empty() ? 0 : static_cast<uint64_t>(whole[0] - '0') * 1000;
    uint64_t scale = 100;
    for (std::size_t i = 0; i < frac.size() && scale > 0; ++i, scale /= 10) pm += static_cast<uint64_t>(frac[i] - '0') * scale;
    bool rest_nonzero = frac.size() > 3 && frac.find_first_not_of('0', 3) != std::string::npos;
    if (pm > 1000 || (pm == 1000 && rest_nonzero)) usage_error(bad);
    if (pm == 0) {
        if (!rest_nonzero) usage_error(bad);
        pm = 1;  // a positive ratio below 0.001 still asks for something
    }
    return static_cast<uint32_t>(pm);
}

void set_mode(Options &o, Mode mode) {
    if (o.mode != Mode::kOne && o.mode != mode) usage_error("choose one of --jsonl and --each");
    o.mode = mode;
}

void set_budget(Options &o, uint32_t kind, uint32_t amount) {
    if (o.budget_set) usage_error("choose one budget: -n, -w, -b or -r");
    o.budget_set = true;
    o.config.budget_kind = kind;
    o.config.budget = amount;
}

Options parse_args(int argc, char **argv) {
    Options o;
    bool only_files = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
            o.files.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_files = true;
            continue;
        }
        std::string name = arg, value;
        bool has_value = false;
        if (arg.rfind("--", 0) == 0) {
            std::size_t eq = arg.find('=');
            if (eq != std::string::npos) {
                name = arg.substr(0, eq);
                value = arg.substr(eq + 1);
                has_value = true;
            }
        } else if (arg.size() > 2) {  // -n3
            name = arg.substr(0, 2);
            value = arg.substr(2);
            has_value = true;
        }
        auto take_value = [&]() -> std::string {
            if (has_value) return value;
            if (i + 1 >= argc) usage_error("option " + name + " needs a value");
            return argv[++i];
        };
        auto no_value = [&]() {
            if (has_value) usage_error("option " + name + " takes no value");
        };
        if (name == "-h" || name == "--help") {
            no_value();
            std::fputs(kUsageHead, stdout);
            std::fputs(algorithm_help().c_str(), stdout);
            std::fputs(kUsageTail, stdout);
            std::fputs(language_help().c_str(), stdout);
            std::fputs(kUsageOutput, stdout);
            std::exit(finish(0));  // 1 when the help could not be written
        } else if (name == "--version") {
            no_value();
            std::printf("precis %s\n", PRECIS_VERSION_STRING);
            std::exit(finish(0));
        } else if (name == "-n" || name == "--sentences") {
            set_budget(o, PRECIS_BUDGET_SENTENCES, parse_count(name, take_value()));
        } else if (name == "-w" || name == "--words") {
            set_budget(o, PRECIS_BUDGET_WORDS, parse_count(name, take_value()));
        } else if (name == "-b" || name == "--bytes") {
            set_budget(o, PRECIS_BUDGET_BYTES, parse_count(name, take_value()));
        } else if (name == "-r" || name == "--ratio") {
            set_budget(o, PRECIS_BUDGET_RATIO, parse_ratio(take_value()));
        } else if (name == "-a" || name == "--algorithm") {
            std::string v = take_value();
            int found = PRECIS_ALGO_COUNT;
            for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
                if (v == precis_algorithm_name(a)) found = a;
            }
            if (found == PRECIS_ALGO_COUNT) {
                usage_error("unknown algorithm '" + v + "' (known: " + built_algorithms(", ") + ")");
            }
            if (!precis_algorithm_available(found)) {
                usage_error("algorithm '" + v + "' is not in this build of precis (built: " + built_algorithms(", ") +
                            "; it was compiled with PRECIS_CLASSIC_ALGORITHMS=OFF)");
            }
            o.config.algorithm = static_cast<uint32_t>(found);
        } else if (name == "--language") {
            std::string v = take_value();
            int found = PRECIS_LANGUAGE_COUNT;
            for (int l = 0; l < PRECIS_LANGUAGE_COUNT; ++l) {
                if (v == precis_language_name(l)) found = l;
            }
            if (found == PRECIS_LANGUAGE_COUNT || !precis_language_available(found)) {
                usage_error("unknown language '" + v + "' (this build has: " + built_languages() + ", auto, other)");
            }
            o.config.language = static_cast<uint32_t>(found);
        } else if (name == "--order") {
            std::string v = take_value();
            if (v == "original") o.config.order = PRECIS_ORDER_ORIGINAL;
            else if (v == "rank") o.config.order = PRECIS_ORDER_RANK;
            else usage_error("unknown order '" + v + "' (known: original, rank)");
        } else if (name == "--format") {
            std::string v = take_value();
            if (v == "text") o.format = Format::kText;
            else if (v == "json") o.format = Format::kJson;
            else if (v == "tsv") o.format = Format::kTsv;
            else usage_error("unknown format '" + v + "' (known: text, json, tsv)");
            o.format_set = true;
        } else if (name == "--keywords") {
            o.keywords = parse_count(name, take_value());
            if (o.keywords > PRECIS_MAX_KEYWORDS) o.keywords = PRECIS_MAX_KEYWORDS;
        } else if (name == "--split") {
            no_value();
            o.split = true;
        } else if (name == "--no-filter") {
            no_value();
            o.config.flags |= PRECIS_KEEP_BOILERPLATE;
        } else if (name == "--trim" || name == "--no-trim") {
            no_value();
            o.config.flags &= ~(PRECIS_TRIM_ALWAYS | PRECIS_TRIM_NEVER);  // the last one given counts
            o.config.flags |= name == "--trim" ? PRECIS_TRIM_ALWAYS : PRECIS_TRIM_NEVER;
        } else if (name == "--jsonl") {
            set_mode(o, Mode::kJsonl);
            if (has_value) o.files.push_back(value);  // --jsonl=FILE, as --jsonl FILE
        } else if (name == "--each") {
            no_value();
            set_mode(o, Mode::kEach);
        } else if (name == "--max-line") {
            o.max_line = parse_count(name, take_value());
        } else {
            usage_error("unknown option '" + arg + "'");
        }
    }
    if (o.split && o.keywords != 0) usage_error("choose one of --split and --keywords");
    if (o.max_line != 0 && o.mode != Mode::kJsonl) usage_error("--max-line applies to --jsonl only");
    if (o.mode == Mode::kJsonl) {
        if (o.files.size() > 1) usage_error("--jsonl reads one FILE (or standard input)");
        if (o.format_set && o.format != Format::kJson) usage_error("--jsonl prints JSON lines: leave out --format");
        o.format = Format::kJson;
        if (o.max_line == 0) o.max_line = kDefaultMaxLine;
    }
    if (o.files.empty()) o.files.push_back("-");
    return o;
}

[[noreturn]] void input_error(const std::string &name, const std::string &why) {
    std::fprintf(stderr, "precis: %s\n", one_line(name + ": " + why).c_str());
    std::exit(1);
}

std::string display_name(const std::string &name) { return name == "-" ? "standard input" : name; }

// Opens an input ("-": standard input) into *f. Returns "" or why it cannot be read.
std::string open_input(const std::string &name, std::FILE **f) {
    *f = stdin;
    if (name == "-") return "";
    struct stat st;
    if (stat(name.c_str(), &st) != 0) return std::strerror(errno);
    if (S_ISDIR(st.st_mode)) return "is a directory";
    *f = std::fopen(name.c_str(), "rb");
    return *f == nullptr ? std::strerror(errno) : "";
}

// Reads a whole input into *data. Returns "" or why it cannot be read (for "precis: NAME: WHY").
std::string read_text(const std::string &name, std::string *data) {
    std::FILE *f = nullptr;
    std::string why = open_input(name, &f);
    if (!why.empty()) return why;
    // Checked chunk by chunk, so that endless input (/dev/zero, `yes |`) stops at once or at the
    // library's ceiling instead of filling memory.
    data->clear();
    char chunk[65536];
    std::size_t n;
    while (why.empty() && (n = std::fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (std::memchr(chunk, '\0', n) != nullptr) why = "not a text file (it contains NUL bytes)";
        else if (data->size() + n > PRECIS_LIMIT_BYTES) why = "larger than the " + std::to_string(PRECIS_LIMIT_BYTES) + " bytes precis reads";
        else data->append(chunk, n);
    }
    if (why.empty() && std::ferror(f) != 0) why = std::strerror(errno);
    if (f != stdin) std::fclose(f);
    return why;
}

std::string read_input(const std::string &name) {
    std::string data, why = read_text(name, &data);
    if (!why.empty()) input_error(display_name(name), why);
    return data;
}

// s as a JSON string (jsonl::append_json_string: escaped, invalid UTF-8 replaced).
std::string json_string(const std::string &s) {
    std::string out;
    jsonl::append_json_string(&out, s.data(), s.size());
    return out;
}

// Appends the text of one span (trimmed as it says, whitespace collapsed) to *out: precis_join
// into the string's own bytes, sized by the span's length (what it writes is never longer: runs
// of whitespace shrink, cuts remove bytes), with a length query only if that did not suffice.
void append_span_text(const std::vector<precis_doc> &docs, const precis_span &span, std::string *out) {
    const std::size_t at = out->size();
    std::size_t cap = static_cast<std::size_t>(span.length) + 1;
    for (int attempt = 0; attempt < 2; ++attempt) {
        out->resize(at + cap);
        int n = precis_join(docs.data(), docs.size(), &span, 1, "", &(*out)[at], cap);
        if (n >= 0) {
            out->resize(at + static_cast<std::size_t>(n));
            return;
        }
        n = precis_join(docs.data(), docs.size(), &span, 1, "", nullptr, 0);
        if (n < 0) break;
        cap = static_cast<std::size_t>(n) + 1;
    }
    out->resize(at);
}

void append_number(std::string *out, uint64_t v) {
    char buf[24];
    std::size_t n = 0;
    do {
        buf[sizeof buf - 1 - n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    out->append(buf + sizeof buf - n, n);
}

// 16.16 fixed point as a decimal with 4 places, by integer arithmetic.
void append_decimal(std::string *out, uint32_t q16) {
    uint64_t scaled = (uint64_t{q16} * 10000 + 32768) >> 16;
    append_number(out, scaled / 10000);
    char frac[5] = {'.', 0, 0, 0, 0};
    uint64_t f = scaled % 10000;
    for (int k = 4; k >= 1; --k, f /= 10) frac[k] = static_cast<char>('0' + f % 10);
    out->append(frac, 5);
}

// A span's numbers (document, offset, length, sentence, score), each after its label: TSV's
// tabs or JSON's member names.
constexpr const char *kTsvLabels[5] = {"", "\t", "\t", "\t", "\t"};
constexpr const char *kJsonLabels[5] = {"\"document\":", ",\"offset\":", ",\"length\":", ",\"sentence\":", ",\"score\":"};
void append_span_fields(std::string *out, const precis_span &s, const char *const (&label)[5]) {
    *out += label[0];
    append_number(out, s.document);
    *out += label[1];
    append_number(out, s.offset);
    *out += label[2];
    append_number(out, s.length);
    *out += label[3];
    append_number(out, s.sentence);
    *out += label[4];
    append_decimal(out, s.score);
}

// The kept byte ranges of a span as a JSON array of [offset, length] pairs: one pair, the whole
// sentence, unless it was trimmed.
void append_fragments(const std::vector<precis_doc> &docs, const precis_span &span, std::string *out) {
    precis_fragment frags[PRECIS_MAX_FRAGMENTS];
    int n = precis_fragments(docs.data(), docs.size(), &span, frags, PRECIS_MAX_FRAGMENTS);
    out->push_back('[');
    for (int i = 0; i < n; ++i) {
        out->append(i ? ",[" : "[");
        append_number(out, frags[i].offset);
        out->push_back(',');
        append_number(out, frags[i].length);
        out->push_back(']');
    }
    out->push_back(']');
}

// The output for one summary. `json_lead` goes first into the JSON object (batch mode: the item's
// "id" or "file" and a comma). Built by appending to one string: the batch mode renders every
// item, and temporaries per field cost as much as a third of summarizing it.
std::string render(const Options &o, const std::vector<precis_doc> &docs, const std::vector<precis_span> &spans,
                   const precis_result &result, const std::string &json_lead = "") {
    std::string out;
    if (o.format == Format::kJson) {
        out += '{';
        out += json_lead;
        out += "\"version\":\"" PRECIS_VERSION_STRING "\",\"documents\":";
        append_number(&out, result.documents);
        out += ",\"input_sentences\":";
        append_number(&out, result.sentences);
        out += ",\"bytes_read\":";
        append_number(&out, result.bytes_read);
        out += ",\"truncated\":";
        out += (result.flags & PRECIS_TRUNCATED) ? "true" : "false";
        // What text output says on stderr: informative sentences exist, none fits the budget.
        out += ",\"nothing_fits\":";
        out += (result.flags & PRECIS_NOTHING_FITS) ? "true" : "false";
        out += o.keywords ? ",\"keywords\":[" : ",\"sentences\":[";
    }
    std::string text;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const precis_span &s = spans[i];
        text.clear();
        append_span_text(docs, s, &text);
        switch (o.format) {
            case Format::kText:
                out += text;
                out += '\n';
                break;
            case Format::kTsv:
                append_span_fields(&out, s, kTsvLabels);
                out += '\t';
                out += text;
                out += '\n';
                break;
            case Format::kJson:
                out += i ? ",{" : "{";
                append_span_fields(&out, s, kJsonLabels);
                if (!o.keywords) {
                    out += ",\"fragments\":";
                    append_fragments(docs, s, &out);
                }
                out += ",\"text\":";
                jsonl::append_json_string(&out, text.data(), text.size());
                out += '}';
                break;
        }
    }
    if (o.format == Format::kJson) out += "]}\n";
    return out;
}

// One summary (or split, or keywords) as the options ask, of any number of inputs in turn: the
// workspace and span buffers are kept and only grow, so a batch allocates for its largest item.
struct Summarizer {
    // Not a vector: the library needs no zeroed workspace, and zeroing one sized by the cheap
    // bound (precis_limits_bound) cost more than summarizing a 4 KB article.
    std::unique_ptr<unsigned char[]> workspace;
    std::size_t workspace_size = 0;
    std::vector<precis_span> spans;  // the last run's
    std::vector<precis_span> out;    // what the library writes into
    precis_result result{};
    bool beyond_limits = false;  // the input is beyond the library's ceilings: a prefix was read

    // Returns "" or why the input cannot be summarized.
    std::string run(const Options &o, const std::vector<precis_doc> &docs) {
        result = precis_result{};
        beyond_limits = false;
        if (o.split) {
            int n = precis_split_language(docs.data(), docs.size(), static_cast<int>(o.config.language), nullptr, 0, &result);
            if (n < 0) return std::string("cannot split: ") + precis_status_name(n);
            spans.resize(static_cast<std::size_t>(n));
            n = precis_split_language(docs.data(), docs.size(), static_cast<int>(o.config.language), spans.data(),
                                      spans.size(), &result);
            spans.resize(static_cast<std::size_t>(n));
            return "";
        }
        precis_config config = o.config;
        beyond_limits = precis::host_limits(docs.data(), docs.size(), static_cast<int>(config.language),
                                            &config.limits) == PRECIS_ERR_LIMITS;
        std::size_t needed = precis_workspace_size(&config.limits);
        if (needed == 0) return "too large for this machine's address space";
        if (workspace_size < needed) {
            workspace.reset(new (std::nothrow) unsigned char[needed]);  // default-initialized: not written here
            workspace_size = workspace ? needed : 0;
            if (!workspace) return "out of memory for the workspace";
        }
        // The library writes at most this many spans; the buffer only grows, so that a batch does
        // not zero it again for every item.
        std::size_t cap = o.keywords > config.limits.max_sentences ? o.keywords : config.limits.max_sentences;
        if (out.size() < cap) out.resize(cap);
        int n = o.keywords ? precis_keywords(docs.data(), docs.size(), &config, workspace.get(), workspace_size,
                                             out.data(), o.keywords, &result)
                           : precis_summarize(docs.data(), docs.size(), &config, workspace.get(), workspace_size,
                                              out.data(), cap, &result);
        if (n < 0) return std::string("cannot summarize: ") + precis_status_name(n);
        spans.assign(out.begin(), out.begin() + n);
        return "";
    }

    // The warnings and notes of the last run on stderr; `who` ("" or "NAME: ") says whose.
    void print_notes(const std::string &who) const {
        std::string w = one_line(who);
        if (beyond_limits) {
            std::fprintf(stderr, "precis: %swarning: the input is beyond the library's limits; summarizing a prefix\n",
                         w.c_str());
        }
        if (result.flags & PRECIS_TRUNCATED) {
            std::fprintf(stderr, "precis: %swarning: only the first %zu bytes were summarized (limits)\n", w.c_str(),
                         result.bytes_read);
        }
        if (result.flags & PRECIS_NOTHING_FITS) {
            std::fprintf(stderr, "precis: %snote: no informative sentence fits the budget; nothing selected\n", w.c_str());
        }
    }
};

void write(const std::string &out) { std::fwrite(out.data(), 1, out.size(), stdout); }

// --each: one summary per file. A file that cannot be read or summarized is reported on stderr
// (and, in json, by an error object in its place) and the others go on; the status is then 1.
int run_each(const Options &o) {
    Summarizer summarizer;
    std::string text;
    bool failed = false, first = true;
    for (const std::string &name : o.files) {
        std::string display = display_name(name);
        std::string why = read_text(name, &text);
        std::vector<precis_doc> docs{precis_doc{text.data(), text.size()}};
        if (why.empty()) why = summarizer.run(o, docs);
        std::string file = "\"file\":" + json_string(name) + ",";
        if (!why.empty()) {
            failed = true;
            std::fprintf(stderr, "precis: %s\n", one_line(display + ": " + why).c_str());
            if (o.format == Format::kJson) write("{" + file + "\"error\":" + json_string(why) + "}\n");
            continue;
        }
        summarizer.print_notes(display + ": ");
        if (o.format == Format::kJson) {
            write(render(o, docs, summarizer.spans, summarizer.result, file));
        } else {
            write(std::string(first ? "" : "\n") + "==> " + display + " <==\n" +
                  render(o, docs, summarizer.spans, summarizer.result));
        }
        first = false;
    }
    return finish(failed ? 1 : 0);
}

// --jsonl: one JSON line out per JSON line in, in order. A line that is not a valid item, or is
// longer than --max-line, gives an error object in its place and the rest go on; blank lines are
// skipped. Memory: the longest line accepted and the workspace of the largest item.
int run_jsonl(const Options &o) {
    const std::string &name = o.files[0];
    std::FILE *in = nullptr;
    std::string why = open_input(name, &in);
    if (!why.empty()) input_error(display_name(name), why);
    jsonl::LineReader reader(in, o.max_line);
    jsonl::Item item;
    Summarizer summarizer;
    std::vector<precis_doc> docs;
    std::string line;
    uint64_t items = 0, failed = 0;
    bool too_long = false;
    while (!std::ferror(stdout) && reader.next(&line, &too_long)) {
        // A byte order mark before the first line (a file saved by a Windows editor): JSON text
        // may carry one, and parsers may ignore it (RFC 8259, section 8.1).
        if (reader.line_number() == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        if (!too_long && jsonl::blank(line)) continue;
        ++items;
        std::string number = std::to_string(reader.line_number());
        if (too_long) {
            item.id.clear();
            why = "line " + number + " is longer than " + std::to_string(o.max_line) + " bytes (--max-line)";
        } else {
            why = jsonl::parse_item(line.data(), line.size(), &item);
        }
        if (why.empty()) {
            docs.clear();
            for (std::size_t d = 0; d < item.ndocs; ++d) docs.push_back(precis_doc{item.documents[d].data(), item.documents[d].size()});
            why = summarizer.run(o, docs);
        }
        std::string id = item.id.empty() ? "" : "\"id\":" + item.id + ",";
        if (why.empty()) {
            write(render(o, docs, summarizer.spans, summarizer.result, id.empty() ? "\"line\":" + number + "," : id));
        } else {
            ++failed;
            write("{" + id + "\"line\":" + number + ",\"error\":" + json_string(why) + "}\n");
        }
    }
    if (reader.failed()) input_error(display_name(name), std::strerror(errno));
    if (in != stdin) std::fclose(in);
    if (failed > 0) {
        std::fprintf(stderr, "precis: %llu of %llu items failed (see their error objects)\n",
                     static_cast<unsigned long long>(failed), static_cast<unsigned long long>(items));
    }
    return finish(failed > 0 ? 1 : 0);
}

}  // namespace

int main(int argc, char **argv) {
    Options o = parse_args(argc, argv);
    if (o.mode == Mode::kJsonl) return run_jsonl(o);
    if (o.mode == Mode::kEach) return run_each(o);
    std::vector<std::string> texts;
    texts.reserve(o.files.size());
    for (const std::string &f : o.files) texts.push_back(read_input(f));  // exits on the first failure
    std::vector<precis_doc> docs;
    for (const std::string &t : texts) docs.push_back(precis_doc{t.data(), t.size()});

    Summarizer summarizer;
    std::string why = summarizer.run(o, docs);
    if (!why.empty()) input_error("input", why);
    summarizer.print_notes("");
    write(render(o, docs, summarizer.spans, summarizer.result));
    return finish(0);
}
