// precis-speed: time per call of every precis algorithm this build has, and of the word-boundary
// floor, over the items of one or more data-set folders, in ONE process (issue 11). A benchmark,
// not a test: it prints figures; bench/speed runs it beside the peers and writes
// docs/performance.md.
//
//   precis-speed [--seconds S] [--min-rounds R] [--max-rounds R] [--algorithms a,b,...] NAME=DIR...
//
// Each DIR has the layout of ../shared/README.md: DIR/<id>/article.txt, or doc1.txt..docN.txt
// (a cluster: the documents are passed to precis_summarize as separate precis_doc, as the CLI
// passes several FILEs); or DIR is one text file, one item. Items are taken in id order. For
// each NAME=DIR and each figure, one untimed pass over all items warms caches and branch
// predictors; then rounds of one timed pass over all items follow until S seconds (default 0.5)
// and at least R rounds (default 5) have passed, at most --max-rounds (default 400). A round gives microseconds per call (the pass time
// divided by the number of items); the figure is the median and quartiles over the rounds.
//
// Figures:
//   floor       a bare pass over the same bytes that finds every word boundary (a byte table says
//               which bytes are word bytes: ASCII letters and digits, ', and every byte >= 0x80)
//               and stores the offset of each (branch-free); the least a tokenizer must do.
//   limits_for  precis_limits_for alone (exact limits: the smallest workspace).
//   limits_bound  precis_limits_bound alone (one look at each byte; precis_limits_for where the
//               bound passes a ceiling): how the CLI and the C++ wrapper size each input.
//   default:summarize  precis_summarize alone with the default algorithm, each item's limits
//               computed before timing (a caller with fixed limits skips the sizing pass).
//   <algorithm> limits_bound + precis_summarize (3 sentences, zeroed config otherwise) with
//               one workspace allocated once, sized for the largest item of the case: what a host
//               that sizes limits per input pays per call.
//
// Output, one line per figure (tab-separated; bench/speed parses it):
//   figure  precis  ALGORITHM  NAME  ITEMS  BYTES_PER_ITEM  ROUNDS  MEDIAN_US  Q1_US  Q3_US  WORKSPACE
// WORKSPACE is precis_workspace_size of the largest item's limits as the figure sizes them (0 for
// floor).
// With no NAME=DIR: --set DIR [--bytes N] cuts inputs of about N bytes (default 16384) from the
// articles of DIR (default ../shared/data/cnndm_val), as earlier versions of this program did.
#include <precis/precis.h>
#include <precis/precis.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

namespace {

bool read_file(const std::string &path, std::string *data) {
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    data->clear();
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data->append(buf, n);
    std::fclose(f);
    return true;
}

std::vector<std::string> sorted_entries(const std::string &dir) {
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

struct Item {
    std::vector<std::string> texts;
    std::vector<precis_doc> docs;
    std::size_t bytes = 0;
};

void finish(Item &item) {
    for (const std::string &t : item.texts) {
        item.docs.push_back(precis_doc{t.data(), t.size()});
        item.bytes += t.size();
    }
}

std::vector<Item> load_items(const std::string &set) {
    std::vector<Item> items;
    for (const std::string &id : sorted_entries(set)) {
        Item item;
        std::string text;
        if (read_file(set + "/" + id + "/article.txt", &text)) item.texts.push_back(text);
        for (int k = 1; read_file(set + "/" + id + "/doc" + std::to_string(k) + ".txt", &text); ++k) {
            item.texts.push_back(text);
        }
        if (item.texts.empty()) continue;
        items.push_back(std::move(item));
    }
    if (items.empty()) {  // a plain file: one item of one document
        Item item;
        std::string text;
        struct stat st {};
        if (stat(set.c_str(), &st) == 0 && S_ISREG(st.st_mode) && read_file(set, &text)) {
            item.texts.push_back(text);
            items.push_back(std::move(item));
        }
    }
    for (Item &item : items) finish(item);
    return items;
}

// Inputs of about `bytes` bytes: the articles of `set` joined, cut at the last ". " before the size.
std::vector<Item> cut_items(const std::string &set, std::size_t bytes) {
    std::vector<Item> out;
    std::string cur, text;
    for (const std::string &n : sorted_entries(set)) {
        if (!read_file(set + "/" + n + "/article.txt", &text)) continue;
        cur += text + "\n\n";
        while (cur.size() >= bytes && out.size() < 64) {
            std::size_t cut = cur.rfind(". ", bytes);
            cut = cut == std::string::npos ? bytes : cut + 1;
            Item item;
            item.texts.push_back(cur.substr(0, cut));
            out.push_back(std::move(item));
            cur.erase(0, cut);
        }
        if (out.size() >= 64) break;
    }
    for (Item &item : out) finish(item);
    return out;
}

// The floor: offsets of every word boundary (a change between word and non-word bytes).
const std::array<std::uint8_t, 256> kWordByte = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        t[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'' || c >= 0x80;
    }
    return t;
}();

std::size_t word_boundaries(const char *s, std::size_t n, std::uint32_t *out) {
    std::size_t k = 0;
    std::uint8_t prev = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint8_t w = kWordByte[static_cast<unsigned char>(s[i])];
        out[k] = static_cast<std::uint32_t>(i);
        k += w != prev;
        prev = w;
    }
    return k;
}

double quantile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    double pos = q * double(v.size() - 1);
    std::size_t lo = static_cast<std::size_t>(pos);
    std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

struct Timing {
    double seconds = 0.5;
    int min_rounds = 5;
    int max_rounds = 400;
};

// Microseconds per call over rounds of one pass over all items, after one untimed pass.
template <typename F>
std::vector<double> rounds_of(const std::vector<Item> &items, const Timing &timing, F f) {
    using clock = std::chrono::steady_clock;
    for (const Item &item : items) f(item);
    std::vector<double> per_call;
    auto begin = clock::now();
    while (static_cast<int>(per_call.size()) < timing.max_rounds) {
        auto start = clock::now();
        for (const Item &item : items) f(item);
        auto end = clock::now();
        per_call.push_back(std::chrono::duration<double, std::micro>(end - start).count() / double(items.size()));
        double spent = std::chrono::duration<double>(end - begin).count();
        if (static_cast<int>(per_call.size()) >= timing.min_rounds && spent >= timing.seconds) break;
    }
    return per_call;
}

void print_figure(const char *algorithm, const std::string &name, const std::vector<Item> &items,
                  const std::vector<double> &us, std::size_t workspace) {
    std::size_t bytes = 0;
    for (const Item &item : items) bytes += item.bytes;
    std::printf("figure\tprecis\t%s\t%s\t%zu\t%zu\t%zu\t%.3f\t%.3f\t%.3f\t%zu\n", algorithm, name.c_str(), items.size(),
                bytes / items.size(), us.size(), quantile(us, 0.5), quantile(us, 0.25), quantile(us, 0.75), workspace);
    std::fflush(stdout);
}

bool wanted(const std::string &list, const char *name) {
    if (list.empty() || list == "all") return true;
    std::string padded = "," + list + ",";
    return padded.find("," + std::string(name) + ",") != std::string::npos;
}

void measure(const std::string &name, const std::vector<Item> &items, const Timing &timing,
             const std::string &algorithms) {
    volatile std::size_t sink = 0;
    std::size_t largest = 0;
    for (const Item &item : items) largest = std::max(largest, item.bytes);
    std::vector<std::uint32_t> boundaries(largest + 1);
    if (wanted(algorithms, "floor")) {
        print_figure("floor", name, items,
                     rounds_of(items, timing,
                               [&](const Item &item) {
                                   for (const precis_doc &d : item.docs) {
                                       sink = sink + word_boundaries(d.text, d.length, boundaries.data());
                                   }
                               }),
                     0);
    }
    auto exact_limits_of = [](const Item &item) {
        precis_limits l{};
        precis_limits_for(item.docs.data(), item.docs.size(), &l);
        return l;
    };
    // The host's sizing (include/precis/precis.hpp, as the CLI and the C++ wrapper size).
    auto limits_of = [&](const Item &item) {
        precis_limits l{};
        precis::host_limits(item.docs.data(), item.docs.size(), PRECIS_LANGUAGE_ENGLISH, &l);
        return l;
    };
    std::size_t workspace_max = 0, exact_workspace_max = 0;
    for (const Item &item : items) {
        precis_limits l = limits_of(item), exact = exact_limits_of(item);
        workspace_max = std::max(workspace_max, precis_workspace_size(&l));
        exact_workspace_max = std::max(exact_workspace_max, precis_workspace_size(&exact));
    }
    if (wanted(algorithms, "limits_for")) {
        print_figure("limits_for", name, items,
                     rounds_of(items, timing, [&](const Item &item) { sink = sink + exact_limits_of(item).max_sentences; }),
                     exact_workspace_max);
    }
    if (wanted(algorithms, "limits_bound")) {
        print_figure("limits_bound", name, items,
                     rounds_of(items, timing, [&](const Item &item) { sink = sink + limits_of(item).max_sentences; }),
                     workspace_max);
    }
    std::vector<unsigned char> workspace(workspace_max);
    std::vector<precis_span> spans(64);
    if (precis_algorithm_available(PRECIS_ALGO_DEFAULT) && wanted(algorithms, "default:summarize")) {
        // The default without the sizing pass: each item's limits computed before timing, as a
        // firmware caller with fixed limits pays only precis_summarize.
        std::vector<precis_limits> limits;
        for (const Item &item : items) limits.push_back(limits_of(item));
        precis_config cfg{};
        const Item *first = items.data();
        print_figure("default:summarize", name, items,
                     rounds_of(items, timing,
                               [&](const Item &item) {
                                   cfg.limits = limits[static_cast<std::size_t>(&item - first)];
                                   sink = sink + static_cast<std::size_t>(precis_summarize(
                                                     item.docs.data(), item.docs.size(), &cfg, workspace.data(),
                                                     workspace.size(), spans.data(), spans.size(), nullptr));
                               }),
                     workspace_max);
    }
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(a) || !wanted(algorithms, precis_algorithm_name(a))) continue;
        precis_config cfg{};
        cfg.algorithm = static_cast<std::uint32_t>(a);
        bool failed = false;
        auto call = [&](const Item &item) {
            cfg.limits = limits_of(item);
            int n = precis_summarize(item.docs.data(), item.docs.size(), &cfg, workspace.data(), workspace.size(),
                                     spans.data(), spans.size(), nullptr);
            if (n < 0) failed = true;
            sink = sink + static_cast<std::size_t>(n);
        };
        std::vector<double> us = rounds_of(items, timing, call);
        if (failed) {
            std::fprintf(stderr, "precis-speed: %s failed on an item of %s\n", precis_algorithm_name(a), name.c_str());
            std::exit(1);
        }
        print_figure(precis_algorithm_name(a), name, items, us, workspace_max);
    }
    if (precis_algorithm_available(PRECIS_ALGO_DEFAULT) && wanted(algorithms, "default -b 160")) {
        // A small screen's budget: the default trims (issue 9), and weighing the trimmed variants
        // of every sentence is most of the cost.
        precis_config cfg{};
        cfg.budget_kind = PRECIS_BUDGET_BYTES;
        cfg.budget = 160;
        print_figure("default -b 160", name, items,
                     rounds_of(items, timing,
                               [&](const Item &item) {
                                   cfg.limits = limits_of(item);
                                   sink = sink + static_cast<std::size_t>(precis_summarize(
                                                     item.docs.data(), item.docs.size(), &cfg, workspace.data(),
                                                     workspace.size(), spans.data(), spans.size(), nullptr));
                               }),
                     workspace_max);
    }
}

}  // namespace

int main(int argc, char **argv) {
    Timing timing;
    std::string algorithms, set = "../shared/data/cnndm_val";
    std::size_t bytes = 16384;
    std::vector<std::pair<std::string, std::string>> cases;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        bool has_value = i + 1 < argc;
        if (a == "--seconds" && has_value) timing.seconds = std::atof(argv[++i]);
        else if (a == "--min-rounds" && has_value) timing.min_rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--max-rounds" && has_value) timing.max_rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--rounds" && has_value) timing.min_rounds = timing.max_rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--algorithms" && has_value) algorithms = argv[++i];
        else if (a == "--set" && has_value) set = argv[++i];
        else if (a == "--bytes" && has_value) bytes = std::strtoul(argv[++i], nullptr, 10);
        else if (a.find('=') != std::string::npos && a[0] != '-') cases.emplace_back(a.substr(0, a.find('=')), a.substr(a.find('=') + 1));
        else {
            std::fprintf(stderr, "usage: precis-speed [--seconds S] [--min-rounds R] [--max-rounds R] [--algorithms a,b] NAME=DIR...\n"
                                 "       precis-speed [--set DIR] [--bytes N]\n");
            return 2;
        }
    }
    std::printf("# precis-speed: microseconds per call, median and quartiles over rounds (precis %s)\n",
                PRECIS_VERSION_STRING);
    std::printf("# figure\ttool\talgorithm\tcase\titems\tbytes_per_item\trounds\tmedian_us\tq1_us\tq3_us\tworkspace\n");
    if (cases.empty()) {
        std::vector<Item> items = cut_items(set, bytes);
        if (items.empty()) {
            std::printf("skipped: no articles under %s\n", set.c_str());
            return 0;
        }
        measure(std::to_string(bytes) + "B", items, timing, algorithms);
        return 0;
    }
    for (const auto &c : cases) {
        std::vector<Item> items = load_items(c.second);
        if (items.empty()) {
            std::printf("skipped\tprecis\t-\t%s\tno items under %s\n", c.first.c_str(), c.second.c_str());
            continue;
        }
        measure(c.first, items, timing, algorithms);
    }
    return 0;
}
