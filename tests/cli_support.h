// Running the precis command from the tests: through sh, a text on its stdin, its stdout, stderr
// and exit status captured. Shared by the test_cli*.cpp files.
#pragma once

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "support.h"

namespace test {

struct CliResult {
    int status = -1;
    std::string out, err;
};

// s as one shell word, in single quotes.
inline std::string shell_quote(const std::string &s) {
    std::string q = "'";
    for (char c : s) {
        if (c == '\'') q += "'\\''";
        else q += c;
    }
    return q + "'";
}

inline void write_file(const std::string &path, const std::string &data) {
    std::FILE *f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr) << path;
    std::fwrite(data.data(), 1, data.size(), f);
    std::fclose(f);
}

// Runs `precis ARGS` (ARGS already shell-quoted) with `input` on stdin. stdout goes to
// `redirect_out` (a shell word such as /dev/full) when one is given, and is captured otherwise.
// ctest runs tests in parallel processes: the temporary files carry the process id.
inline CliResult run_cli(const std::string &args, const std::string &input = "", const std::string &redirect_out = "") {
    const std::string base = ::testing::TempDir() + "precis_cli_" + std::to_string(getpid());
    const std::string in = base + "_in", out = base + "_out", err = base + "_err";
    write_file(in, input);
    const std::string cmd = shell_quote(PRECIS_CLI_PATH) + " " + args + " <" + shell_quote(in) + " >" +
                            (redirect_out.empty() ? shell_quote(out) : redirect_out) + " 2>" + shell_quote(err);
    const int raw = std::system(cmd.c_str());
    CliResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = redirect_out.empty() ? read_file(out) : "";
    r.err = read_file(err);
    for (const std::string &f : {in, out, err}) std::remove(f.c_str());
    return r;
}

}  // namespace test
