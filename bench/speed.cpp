// precis-speed: time per call of precis_limits_for and of precis_summarize with each algorithm
// this build has, on inputs of a given size cut from the development articles (whole sentences,
// several articles joined when one is short). A benchmark, not a test: it prints figures.
//   precis-speed [--bytes N] [--set DIR] [--rounds R]
// Defaults: 16384 bytes, ../shared/data/cnndm_val, rounds chosen for about 0.3 s per figure.
#include <precis/precis.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <dirent.h>

namespace {

std::string read_file(const std::string &path) {
    std::string data;
    if (std::FILE *f = std::fopen(path.c_str(), "rb")) {
        char buf[65536];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
        std::fclose(f);
    }
    return data;
}

// Inputs of about `bytes` bytes each: the articles of `set` in name order, joined, cut into
// pieces at the last sentence end ('.' + space) before the size.
std::vector<std::string> inputs(const std::string &set, std::size_t bytes) {
    std::vector<std::string> names;
    if (DIR *d = opendir(set.c_str())) {
        while (dirent *e = readdir(d)) {
            if (e->d_name[0] != '.') names.push_back(e->d_name);
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> out;
    std::string cur;
    for (const std::string &n : names) {
        cur += read_file(set + "/" + n + "/article.txt") + "\n\n";
        while (cur.size() >= bytes && out.size() < 64) {
            std::size_t cut = cur.rfind(". ", bytes);
            cut = cut == std::string::npos ? bytes : cut + 1;
            out.push_back(cur.substr(0, cut));
            cur.erase(0, cut);
        }
        if (out.size() >= 64) break;
    }
    return out;
}

template <typename F>
double micros_per_call(const std::vector<std::string> &texts, int rounds, F f) {
    auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r) {
        for (const std::string &t : texts) f(t);
    }
    std::chrono::duration<double, std::micro> took = std::chrono::steady_clock::now() - start;
    return took.count() / (double(rounds) * double(texts.size()));
}

}  // namespace

int main(int argc, char **argv) {
    std::size_t bytes = 16384;
    std::string set = "../shared/data/cnndm_val";
    int rounds = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--bytes")) bytes = std::strtoul(argv[i + 1], nullptr, 10);
        else if (!std::strcmp(argv[i], "--set")) set = argv[i + 1];
        else if (!std::strcmp(argv[i], "--rounds")) rounds = std::atoi(argv[i + 1]);
    }
    std::vector<std::string> texts = inputs(set, bytes);
    if (texts.empty()) {
        std::printf("skipped: no articles under %s\n", set.c_str());
        return 0;
    }
    std::vector<unsigned char> workspace;
    std::vector<precis_span> spans;
    auto limits_of = [](const std::string &t) {
        precis_doc doc{t.data(), t.size()};
        precis_limits l{};
        precis_limits_for(&doc, 1, &l);
        return l;
    };
    std::size_t ws_max = 0;
    for (const std::string &t : texts) {
        precis_limits l = limits_of(t);
        ws_max = std::max(ws_max, precis_workspace_size(&l));
        spans.resize(std::max<std::size_t>(spans.size(), l.max_sentences));
    }
    workspace.resize(ws_max);
    auto pick_rounds = [&](auto f) {
        if (rounds > 0) return rounds;
        double once = micros_per_call(texts, 1, f);
        return std::max(1, static_cast<int>(300000.0 / (once * double(texts.size()) + 1)));
    };
    std::printf("precis-speed: %zu inputs of about %zu bytes, largest workspace %zu bytes\n", texts.size(), bytes, ws_max);
    auto limits_call = [&](const std::string &t) { limits_of(t); };
    std::printf("  %-22s %10.1f us/call\n", "precis_limits_for", micros_per_call(texts, pick_rounds(limits_call), limits_call));
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(a)) continue;
        precis_config cfg{};
        cfg.algorithm = static_cast<uint32_t>(a);
        auto call = [&](const std::string &t) {
            precis_doc doc{t.data(), t.size()};
            cfg.limits = limits_of(t);
            precis_summarize(&doc, 1, &cfg, workspace.data(), workspace.size(), spans.data(), spans.size(), nullptr);
        };
        std::printf("  summarize %-12s %10.1f us/call (limits_for included)\n", precis_algorithm_name(a),
                    micros_per_call(texts, pick_rounds(call), call));
    }
    return 0;
}
