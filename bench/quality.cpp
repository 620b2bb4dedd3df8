// precis-quality: summarizes every item of a data set with every algorithm (and reads the
// summaries of peer programs), scores them all with the same ROUGE scorer, and prints a table.
// Data set layout (../shared/README.md): <set>/<id>/article.txt or doc1.txt..docN.txt (oldest
// first), ref1.txt..refK.txt (one sentence per line).
#include <precis/precis.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

#include "discourse.h"
#include "rouge.h"

namespace {

const char *const kAlgorithms[PRECIS_ALGO_COUNT] = {"default", "lead",    "luhn",  "textrank",
                                                    "lexrank", "sumbasic", "klsum", "centroid"};

struct Item {
    std::string id;
    std::vector<std::string> docs;  // oldest first
    std::vector<std::string> refs;
};

struct Options {
    std::string set;
    uint32_t budget_kind = PRECIS_BUDGET_SENTENCES, budget = 3;
    std::size_t rouge_bytes = 0;  // ROUGE -b: truncation of summaries and references
    std::size_t rouge_words = 0;  // ROUGE -l: the same in words
    bool recall = false;          // report recall (DUC convention) instead of F1
    bool extractive = false;      // references are sentences of the article: report selection P/R
    uint32_t order = PRECIS_ORDER_ORIGINAL;
    uint32_t redundancy = 0;      // precis_config.redundancy (0: the default)
    std::size_t limit = 0;
    int half = -1;                // -1: every item; 0: the tuning half; 1: the check half
    bool presplit = false;        // the text is lower-cased and tokenized: one sentence per line first
    bool intervals = true;        // bootstrap 95% intervals
    bool brief = false;           // one line per system, for tuning scripts
    bool unicode = false;         // ROUGE tokens of any script (precis-eval --unicode)
    bool stem = true;             // ROUGE -m (Porter and WordNet: English only)
    uint32_t language = PRECIS_LANGUAGE_ENGLISH;  // precis_config.language
    std::vector<std::string> algorithms;
    std::vector<std::pair<std::string, std::string>> peers;  // name, directory of <id>.txt
    std::string markdown;                                    // append the table here
};

bool read_file(const std::string &path, std::string *out) { return precis::rouge::read_text_file(path, out); }

std::vector<std::string> list_dir(const std::string &dir) {
    std::vector<std::string> names;
    if (DIR *d = opendir(dir.c_str())) {
        while (dirent *e = readdir(d)) {
            if (e->d_name[0] != '.') names.push_back(e->d_name);
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

// The half an item belongs to, fixed by its id alone (FNV-1a): 0 tunes, 1 checks. Every set is
// split the same way, so a change tuned on the 0 halves is judged on items it never saw.
int item_half(const std::string &id) {
    uint32_t h = 2166136261u;
    for (unsigned char c : id) h = (h ^ c) * 16777619u;
    return static_cast<int>((h >> 7) & 1u);
}

// dailymail_val_lc is lower-cased and PTB-tokenized: no capital letter follows a full stop, so
// precis's segmenter (which reads ". the" as an abbreviation) would see one sentence per
// paragraph. Sentence ends there are the tokens " . ", " ! ", " ? " (closing quote tokens
// after them stay with the sentence): each becomes the end of a line, and lines are separated by
// a blank line, which precis always takes as a boundary.
std::string split_tokenized(const std::string &text) {
    std::string out;
    std::size_t i = 0, n = text.size();
    while (i < n) {
        char c = text[i];
        out += c;
        bool end_token = (c == '.' || c == '!' || c == '?') && i > 0 && text[i - 1] == ' ' &&
                         (i + 1 == n || text[i + 1] == ' ' || text[i + 1] == '\n');
        ++i;
        if (!end_token) continue;
        // Closing quotes of the sentence: " '" and " ''" tokens.
        while (i + 1 < n && text[i] == ' ' && text[i + 1] == '\'' &&
               (i + 2 == n || text[i + 2] == ' ' || text[i + 2] == '\n' || text[i + 2] == '\'')) {
            std::size_t j = i + 1;
            while (j < n && text[j] == '\'') ++j;
            if (j < n && text[j] != ' ' && text[j] != '\n') break;
            out.append(text, i, j - i);
            i = j;
        }
        out += "\n\n";
        while (i < n && (text[i] == ' ' || text[i] == '\n')) ++i;
    }
    return out;
}

std::vector<Item> load_set(const std::string &set, std::size_t limit, int half, bool presplit) {
    std::vector<Item> items;
    for (const std::string &id : list_dir(set)) {
        std::string dir = set + "/" + id;
        struct stat st;
        if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
        Item item;
        item.id = id;
        std::string text;
        if (read_file(dir + "/article.txt", &text)) item.docs.push_back(text);
        for (int k = 1; read_file(dir + "/doc" + std::to_string(k) + ".txt", &text); ++k) item.docs.push_back(text);
        for (int k = 1; read_file(dir + "/ref" + std::to_string(k) + ".txt", &text); ++k) item.refs.push_back(text);
        if (item.docs.empty() || item.refs.empty()) continue;
        if (half >= 0 && item_half(id) != half) continue;
        if (presplit) {
            for (std::string &d : item.docs) d = split_tokenized(d);
        }
        items.push_back(item);
        if (limit && items.size() == limit) break;
    }
    return items;
}

std::string collapse(const std::string &s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// A summary: its sentences (one per line) and what the reading-quality measure needs.
struct Summary {
    std::vector<std::string> lines;
    bool opens_on_back_reference = false;  // first sentence leans on one that is not in the summary
    std::vector<std::string> raw;           // for selection precision/recall
};

Summary run_precis(const std::vector<std::string> &texts, uint32_t algorithm, const Options &o) {
    std::vector<precis_doc> docs;
    for (const std::string &t : texts) docs.push_back(precis_doc{t.data(), t.size()});
    precis_config cfg{};
    precis_limits_for_language(docs.data(), docs.size(), static_cast<int>(o.language), &cfg.limits);
    cfg.language = o.language;
    cfg.budget_kind = o.budget_kind;
    cfg.budget = o.budget;
    cfg.algorithm = algorithm;
    cfg.order = o.order;
    cfg.redundancy = o.redundancy;
    std::vector<unsigned char> ws(precis_workspace_size(&cfg.limits));
    std::vector<precis_span> spans(cfg.limits.max_sentences);
    int n = precis_summarize(docs.data(), docs.size(), &cfg, ws.data(), ws.size(), spans.data(), spans.size(), nullptr);
    Summary s;
    for (int i = 0; i < n; ++i) {
        const precis_span &sp = spans[static_cast<std::size_t>(i)];
        std::string raw = texts[sp.document].substr(sp.offset, sp.length);
        s.raw.push_back(raw);
        // The sentence as the summary shows it (precis_join): trimmed when selection trimmed it.
        std::string shown(raw.size() + 1, '\0');
        int len = precis_join(docs.data(), docs.size(), &sp, 1, "", &shown[0], shown.size());
        shown.resize(len > 0 ? static_cast<std::size_t>(len) : 0);
        s.lines.push_back(shown);
        if (i == 0) {
            // The first summary sentence's back-reference is unresolved unless the sentence opens
            // its document (then there is nothing to refer back to).
            precis_span one[1];
            precis_doc d = docs[sp.document];
            bool first_of_doc = precis_split(&d, 1, one, 1, nullptr) > 0 && one[0].offset == sp.offset;
            s.opens_on_back_reference =
                !first_of_doc && precis::detail::opens_with_back_reference(reinterpret_cast<const unsigned char *>(raw.data()),
                                                                   static_cast<uint32_t>(raw.size()));
        }
    }
    return s;
}

Summary read_peer(const std::string &dir, const std::string &id) {
    Summary s;
    std::string text;
    if (!read_file(dir + "/" + id + ".txt", &text)) return s;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = collapse(text.substr(start, end - start));
        if (!line.empty()) {
            if (s.lines.empty()) {
                s.opens_on_back_reference = precis::detail::opens_with_back_reference(
                    reinterpret_cast<const unsigned char *>(line.data()), static_cast<uint32_t>(line.size()));
            }
            s.lines.push_back(line);
            s.raw.push_back(line);
        }
        start = end + 1;
    }
    return s;
}

// ROUGE-1.5.5's confidence intervals (-c 95 -r 1000): 1000 resamples of the items with
// replacement, the 2.5th and 97.5th percentiles of the resampled means. The resamples are drawn
// once from a fixed seed (splitmix64), so every system is resampled the same way and a paired
// difference is the difference on the same resample.
struct Interval {
    double lo, hi;
};

class Bootstrap {
  public:
    explicit Bootstrap(std::size_t items, std::size_t resamples = 1000) : n_(items) {
        uint64_t state = 0x5052454349530001ull;  // fixed: intervals are reproducible
        draws_.resize(resamples * items);
        for (std::size_t &d : draws_) {
            uint64_t z = (state += 0x9E3779B97F4A7C15ull);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            d = static_cast<std::size_t>((z ^ (z >> 31)) % items);
        }
    }
    // Interval of the mean of metric k, or of a - b when b is given.
    Interval interval(const std::vector<std::vector<double>> &a, const std::vector<std::vector<double>> *b,
                      std::size_t k) const {
        std::size_t resamples = draws_.size() / n_;
        std::vector<double> means(resamples);
        for (std::size_t r = 0; r < resamples; ++r) {
            double sum = 0;
            for (std::size_t i = 0; i < n_; ++i) {
                std::size_t item = draws_[r * n_ + i];
                sum += a[item][k] - (b ? (*b)[item][k] : 0.0);
            }
            means[r] = sum / static_cast<double>(n_);
        }
        std::sort(means.begin(), means.end());
        return Interval{means[resamples * 25 / 1000], means[resamples * 975 / 1000 - 1]};
    }

  private:
    std::size_t n_;
    std::vector<std::size_t> draws_;
};

struct Row {
    std::string system;
    precis::rouge::Mean mean;
    std::vector<std::vector<double>> item_values;  // per item, per metric: recall or F1
    std::size_t back_refs = 0, items = 0, selected = 0, correct = 0, reference_sentences = 0;
    double words = 0;
    bool ours = false;  // a precis algorithm, not a peer or the text start
    std::size_t empty = 0, over_budget = 0;  // precis only: empty summaries, summaries over a byte or word budget
};

void usage() {
    std::fputs(
        "usage: precis-quality --set DIR [-n N | -b BYTES | -w WORDS | -r PERMILLE] [--rouge-bytes N]\n"
        "                      [--rouge-words N] [--recall] [--extractive] [--rank-order] [--limit K]\n"
        "                      [--half tune|check|all] [--presplit] [--redundancy PERMILLE] [--no-intervals]\n"
        "                      [--brief] [--unicode] [--no-stem] [--language CODE|auto]\n"
        "                      [--algorithms a,b,...] [--peer NAME=DIR ...] [--markdown FILE]\n"
        "  --half      items whose id hashes to the tuning (0) or check (1) half (FNV-1a, bit 7)\n"
        "  --presplit  lower-cased tokenized text: a line per \" . \" / \" ! \" / \" ? \" token first\n"
        "  --unicode   ROUGE tokens are letters, marks and digits of any script, case-folded\n"
        "  --no-stem   ROUGE without -m (its Porter stemmer and WordNet lists are English)\n"
        "  intervals   95% bootstrap (1000 resamples of the items, fixed seed), as ROUGE-1.5.5 -c 95\n",
        stderr);
    std::exit(2);
}

Options parse(int argc, char **argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) usage();
            return argv[++i];
        };
        if (a == "--set") o.set = value();
        else if (a == "-n") o.budget_kind = PRECIS_BUDGET_SENTENCES, o.budget = static_cast<uint32_t>(std::stoul(value()));
        else if (a == "-b") o.budget_kind = PRECIS_BUDGET_BYTES, o.budget = static_cast<uint32_t>(std::stoul(value()));
        else if (a == "-w") o.budget_kind = PRECIS_BUDGET_WORDS, o.budget = static_cast<uint32_t>(std::stoul(value()));
        else if (a == "-r") o.budget_kind = PRECIS_BUDGET_RATIO, o.budget = static_cast<uint32_t>(std::stoul(value()));
        else if (a == "--rouge-bytes") o.rouge_bytes = std::stoul(value());
        else if (a == "--rouge-words") o.rouge_words = std::stoul(value());
        else if (a == "--half") {
            std::string h = value();
            if (h == "tune") o.half = 0;
            else if (h == "check") o.half = 1;
            else if (h != "all") usage();
        } else if (a == "--presplit") o.presplit = true;
        else if (a == "--redundancy") o.redundancy = static_cast<uint32_t>(std::stoul(value()));
        else if (a == "--no-intervals") o.intervals = false;
        else if (a == "--brief") o.brief = true;
        else if (a == "--unicode") o.unicode = true;
        else if (a == "--no-stem") o.stem = false;
        else if (a == "--language") {
            std::string code = value();
            int found = -1;
            for (int l = 0; l < PRECIS_LANGUAGE_COUNT; ++l) {
                if (code == precis_language_name(l)) found = l;
            }
            if (found < 0 || !precis_language_available(found)) usage();
            o.language = static_cast<uint32_t>(found);
        }
        else if (a == "--recall") o.recall = true;
        else if (a == "--extractive") o.extractive = true;
        else if (a == "--rank-order") o.order = PRECIS_ORDER_RANK;
        else if (a == "--limit") o.limit = std::stoul(value());
        else if (a == "--markdown") o.markdown = value();
        else if (a == "--algorithms") {
            std::string list = value();
            for (std::size_t s = 0; s <= list.size();) {
                std::size_t e = list.find(',', s);
                if (e == std::string::npos) e = list.size();
                o.algorithms.push_back(list.substr(s, e - s));
                s = e + 1;
            }
        } else if (a == "--peer") {
            std::string p = value();
            std::size_t eq = p.find('=');
            if (eq == std::string::npos) usage();
            o.peers.emplace_back(p.substr(0, eq), p.substr(eq + 1));
        } else usage();
    }
    if (o.set.empty()) usage();
    if (o.algorithms.empty()) o.algorithms.assign(kAlgorithms, kAlgorithms + PRECIS_ALGO_COUNT);
    return o;
}

}  // namespace

int main(int argc, char **argv) {
    Options o = parse(argc, argv);
    std::vector<Item> items = load_set(o.set, o.limit, o.half, o.presplit);
    if (items.empty()) {
        std::fprintf(stderr, "precis-quality: no items in %s\n", o.set.c_str());
        return 1;
    }
    precis::rouge::Options ro;
    ro.max_n = 2;
    ro.lcs = true;
    ro.stem = o.stem;
    ro.unicode = o.unicode;
    ro.byte_limit = o.rouge_bytes;
    ro.word_limit = o.rouge_words;
    precis::rouge::Scorer scorer(ro);
    std::string notes;
    for (const std::string &dir : precis::rouge::default_wordnet_dirs()) {
        std::string err;
        if (scorer.stemmer().load_wordnet(dir, &err)) break;
    }
    if (o.stem && scorer.stemmer().exception_count() == 0) std::fputs("precis-quality: no WordNet exceptions (install wordnet-base)\n", stderr);

    std::vector<Row> rows;
    std::vector<std::pair<std::string, int>> systems;  // name, algorithm id or -1 (peer) / -2 (newest lead) / -3 (text start)
    for (const std::string &a : o.algorithms) {
        int id = -1;
        for (int k = 0; k < PRECIS_ALGO_COUNT; ++k) {
            if (a == kAlgorithms[k]) id = k;
        }
        if (id < 0) {
            std::fprintf(stderr, "precis-quality: unknown algorithm %s\n", a.c_str());
            return 2;
        }
        systems.emplace_back(a, id);
    }
    bool multi = items[0].docs.size() > 1;
    if (multi) systems.emplace_back("lead (newest document)", -2);
    // Under a ROUGE length cut, the text itself cut there: what a screen shows of the raw article.
    if (o.rouge_bytes > 0 || o.rouge_words > 0) systems.emplace_back("text start, cut at the budget", -3);
    for (const auto &p : o.peers) systems.emplace_back(p.first, -1);
    rows.resize(systems.size());
    for (std::size_t k = 0; k < systems.size(); ++k) rows[k].system = systems[k].first;

    std::size_t peer_index = 0;
    for (const Item &item : items) {
        std::vector<precis::rouge::Document> refs;
        for (const std::string &r : item.refs) refs.push_back(scorer.prepare_text(r));
        std::vector<const precis::rouge::Document *> models;
        for (const auto &r : refs) models.push_back(&r);
        peer_index = 0;
        for (std::size_t k = 0; k < systems.size(); ++k) {
            Summary s;
            if (systems[k].second >= 0) {
                s = run_precis(item.docs, static_cast<uint32_t>(systems[k].second), o);
            } else if (systems[k].second == -2) {
                s = run_precis({item.docs.back()}, PRECIS_ALGO_LEAD, o);
            } else if (systems[k].second == -3) {
                // Cut here as ROUGE cuts it, so that words/summary is what a screen shows.
                std::string start = collapse(item.docs.back());
                if (o.rouge_bytes > 0 && start.size() > o.rouge_bytes) start.resize(o.rouge_bytes);
                if (o.rouge_words > 0) {
                    std::size_t words = 0, i = 0;
                    for (; i < start.size(); ++i) {
                        if (start[i] == ' ' && ++words == o.rouge_words) break;
                    }
                    start.resize(i);
                }
                s.lines.push_back(start);
            } else {
                s = read_peer(o.peers[peer_index++].second, item.id);
            }
            std::string joined;
            for (const std::string &l : s.lines) joined += l + "\n";
            precis::rouge::Document peer = scorer.prepare_text(joined);
            Row &row = rows[k];
            std::vector<precis::rouge::Score> sc = scorer.score(peer, models);
            row.mean.add(sc);
            std::vector<double> values;
            for (const precis::rouge::Score &x : sc) values.push_back(o.recall ? x.recall : x.f);
            row.item_values.push_back(values);
            row.items++;
            row.back_refs += s.opens_on_back_reference;
            if (systems[k].second >= 0) {
                row.ours = true;
                // The budget counts each sentence's bytes plus a one-byte separator, or its words.
                std::size_t bytes = 0, words = 0;
                for (const std::string &l : s.lines) {
                    bytes += l.size() + 1;
                    bool in = false;
                    for (char c : l) {
                        if (c != ' ' && !in) ++words;
                        in = c != ' ';
                    }
                }
                row.empty += s.lines.empty();
                row.over_budget += (o.budget_kind == PRECIS_BUDGET_BYTES && bytes > o.budget) ||
                                   (o.budget_kind == PRECIS_BUDGET_WORDS && words > o.budget);
            }
            for (const std::string &l : s.lines) {
                std::size_t w = 0;
                bool in = false;
                for (char c : l) {
                    if (c != ' ' && !in) ++w;
                    in = c != ' ';
                }
                row.words += static_cast<double>(w);
            }
            if (o.extractive) {
                // A selected sentence is correct when it is one of the reference sentences.
                std::vector<std::string> ref_sentences;
                for (const std::string &r : item.refs) {
                    std::size_t st = 0;
                    while (st < r.size()) {
                        std::size_t e = r.find('\n', st);
                        if (e == std::string::npos) e = r.size();
                        std::string line = collapse(r.substr(st, e - st));
                        if (!line.empty()) ref_sentences.push_back(line);
                        st = e + 1;
                    }
                }
                row.reference_sentences += ref_sentences.size();
                for (const std::string &l : s.lines) {
                    row.selected++;
                    for (const std::string &rs : ref_sentences) {
                        if (rs == l || rs.find(l) != std::string::npos) {
                            row.correct++;
                            break;
                        }
                    }
                }
            }
        }
    }

    std::vector<std::string> names = scorer.metric_names();
    if (o.brief) {
        // One line per system: name and the mean of each metric, in points.
        for (Row &row : rows) {
            std::printf("%s", row.system.c_str());
            for (const precis::rouge::Score &sc : row.mean.mean()) std::printf("\t%.2f", 100.0 * (o.recall ? sc.recall : sc.f));
            std::printf("\n");
        }
        return 0;
    }
    Bootstrap boot(items.size());
    std::string table = "| system | ";
    for (const std::string &n : names) table += n + (o.recall ? " R" : " F1") + " | ";
    table += "words/summary | opens on a back-reference |";
    if (o.extractive) table += " selection P | selection R |";
    table += "\n|---|";
    for (std::size_t k = 0; k < names.size() + 2 + (o.extractive ? 2 : 0); ++k) table += "---:|";
    table += "\n";
    for (Row &row : rows) {
        char buf[96];
        table += "| " + row.system + " | ";
        for (std::size_t k = 0; k < names.size(); ++k) {
            double mean = 0;
            for (const auto &v : row.item_values) mean += v[k];
            mean /= static_cast<double>(row.item_values.size());
            if (o.intervals) {
                Interval ci = boot.interval(row.item_values, nullptr, k);
                std::snprintf(buf, sizeof buf, "%.2f [%.2f, %.2f] | ", 100.0 * mean, 100.0 * ci.lo, 100.0 * ci.hi);
            } else {
                std::snprintf(buf, sizeof buf, "%.2f | ", 100.0 * mean);
            }
            table += buf;
        }
        // Speed is bench/speed's (docs/performance.md): one process, warmed, against the peers.
        std::snprintf(buf, sizeof buf, "%.1f | %.1f%% |", row.words / static_cast<double>(row.items),
                      100.0 * static_cast<double>(row.back_refs) / static_cast<double>(row.items));
        table += buf;
        if (o.extractive) {
            std::snprintf(buf, sizeof buf, " %.1f%% | %.1f%% |",
                          100.0 * static_cast<double>(row.correct) / static_cast<double>(row.selected ? row.selected : 1),
                          100.0 * static_cast<double>(row.correct) /
                              static_cast<double>(row.reference_sentences ? row.reference_sentences : 1));
            table += buf;
        }
        table += "\n";
    }
    if (o.budget_kind == PRECIS_BUDGET_BYTES || o.budget_kind == PRECIS_BUDGET_WORDS) {
        table += "\nEmpty summaries / summaries over the budget, of " + std::to_string(items.size()) + ":";
        for (const Row &row : rows) {
            if (!row.ours) continue;
            table += " " + row.system + " " + std::to_string(row.empty) + " / " + std::to_string(row.over_budget) + ";";
        }
        table.back() = '.';
        table += "\n";
    }
    // Margins of the default over every other system, in points, with the paired bootstrap
    // interval of the difference (the same resamples for both systems): the targets, computed.
    const Row *base = nullptr;
    for (const Row &row : rows) {
        if (row.system == "default") base = &row;
    }
    if (base) {
        table += "\nMargins of the default (points; positive: the default scores higher";
        table += o.intervals ? "; paired 95% bootstrap interval):\n\n| versus | " : "):\n\n| versus | ";
        for (const std::string &n : names) table += n + " | ";
        table += "\n|---|";
        for (std::size_t k = 0; k < names.size(); ++k) table += "---:|";
        table += "\n";
        for (const Row &row : rows) {
            if (&row == base) continue;
            table += "| " + row.system + " | ";
            for (std::size_t k = 0; k < names.size(); ++k) {
                double d = 0;
                for (std::size_t i = 0; i < row.item_values.size(); ++i) d += base->item_values[i][k] - row.item_values[i][k];
                d /= static_cast<double>(row.item_values.size());
                char buf[64];
                if (o.intervals) {
                    Interval ci = boot.interval(base->item_values, &row.item_values, k);
                    std::snprintf(buf, sizeof buf, "%+.2f [%+.2f, %+.2f] | ", 100.0 * d, 100.0 * ci.lo, 100.0 * ci.hi);
                } else {
                    std::snprintf(buf, sizeof buf, "%+.2f | ", 100.0 * d);
                }
                table += buf;
            }
            table += "\n";
        }
    }
    std::printf("%zu items from %s\n%s", items.size(), o.set.c_str(), table.c_str());
    if (!o.markdown.empty()) {
        std::FILE *f = std::fopen(o.markdown.c_str(), "ab");
        if (!f) {
            std::fprintf(stderr, "precis-quality: cannot write %s\n", o.markdown.c_str());
            return 1;
        }
        std::fputs(table.c_str(), f);
        std::fclose(f);
    }
    return 0;
}
