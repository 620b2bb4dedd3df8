// Small helpers shared by the host tests.
#pragma once

#include <precis/precis.h>
#include <precis/precis_options.h>  // PRECIS_TRIMMING, PRECIS_KEYWORDS (the tests get the build's values)

#include <cstdio>
#include <string>
#include <vector>

// Tests of a part that a reduced build leaves out (CMake -DPRECIS_TRIMMING=OFF or
// -DPRECIS_KEYWORDS=OFF) skip there; what that build does instead has its own tests.
#define PRECIS_REQUIRE_TRIMMING() \
    if (!PRECIS_TRIMMING) GTEST_SKIP() << "this build has no trimmer (PRECIS_TRIMMING=OFF)"
#define PRECIS_REQUIRE_KEYWORDS() \
    if (!PRECIS_KEYWORDS) GTEST_SKIP() << "this build has no keywords (PRECIS_KEYWORDS=OFF)"

namespace test {

inline std::string read_file(const std::string &path, bool *found = nullptr) {
    std::string data;
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (found) *found = f != nullptr;
    if (!f) return data;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
    std::fclose(f);
    return data;
}

// The lines of a text file, without their line ends (none for a missing file).
inline std::vector<std::string> read_lines(const std::string &path) {
    std::vector<std::string> lines;
    const std::string data = read_file(path);
    for (std::size_t at = 0; at < data.size();) {
        std::size_t nl = data.find('\n', at);
        if (nl == std::string::npos) nl = data.size();
        lines.push_back(data.substr(at, nl - at));
        at = nl + 1;
    }
    return lines;
}

inline std::string shared_path(const std::string &rel) { return std::string(PRECIS_SHARED_DIR) + "/" + rel; }
inline std::string source_path(const std::string &rel) { return std::string(PRECIS_SOURCE_DIR) + "/" + rel; }

// The docs point into `texts`, which must outlive them (so a braced temporary is refused).
inline std::vector<precis_doc> docs_of(const std::vector<std::string> &texts) {
    std::vector<precis_doc> docs;
    for (const std::string &t : texts) docs.push_back(precis_doc{t.data(), t.size()});
    return docs;
}
std::vector<precis_doc> docs_of(std::vector<std::string> &&) = delete;

// Summarizes with a workspace sized by precis_workspace_size for the config's limits.
struct Run {
    int status = 0;
    std::vector<precis_span> spans;
    precis_result result{};
};

inline Run summarize(const std::vector<std::string> &texts, precis_config cfg = precis_config{}) {
    std::vector<precis_doc> docs = docs_of(texts);
    std::vector<unsigned char> ws(precis_workspace_size(&cfg.limits));
    Run r;
    r.spans.resize(256);
    r.status = precis_summarize(docs.data(), docs.size(), &cfg, ws.data(), ws.size(), r.spans.data(), r.spans.size(),
                                &r.result);
    r.spans.resize(r.status > 0 ? static_cast<std::size_t>(r.status) : 0);
    return r;
}

inline std::string text_of(const std::vector<std::string> &texts, const precis_span &s) {
    std::vector<precis_doc> docs = docs_of(texts);
    char buf[8192];
    int n = precis_join(docs.data(), docs.size(), &s, 1, "", buf, sizeof buf);
    return n < 0 ? std::string() : std::string(buf, static_cast<std::size_t>(n));
}

inline std::vector<std::string> texts_of(const std::vector<std::string> &texts, const Run &r) {
    std::vector<std::string> out;
    for (const precis_span &s : r.spans) out.push_back(text_of(texts, s));
    return out;
}

// True when this build of the library has the algorithm (a firmware build, with the option
// PRECIS_CLASSIC_ALGORITHMS=OFF, has only default and lead).
inline bool has_algorithm(uint32_t a) { return precis_algorithm_available(static_cast<int>(a)) != 0; }

// The bundled sample article (written for the project).
inline std::string sample() { return read_file(source_path("examples/sample.txt")); }

}  // namespace test

// In a test: reports it as skipped, not passed, when this build lacks the algorithm.
#define PRECIS_SKIP_WITHOUT(algorithm)                                                               \
    do {                                                                                           \
        if (!test::has_algorithm(algorithm))                                                       \
            GTEST_SKIP() << "algorithm " << precis_algorithm_name(static_cast<int>(algorithm))    \
                         << " is not in this build (PRECIS_CLASSIC_ALGORITHMS=OFF)";              \
    } while (0)
