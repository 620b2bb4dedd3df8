// The command as this build of the library makes it: its help lists only the algorithms the
// build has, an absent one is a usage error that says why, and the man page names every option.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <regex>
#include <set>
#include <string>

#include "cli_support.h"
#include "support.h"

namespace {

using Result = test::CliResult;

Result run(const std::string &args) { return test::run_cli(args); }

// The text of the -a entry of the help, up to the next option.
std::string algorithm_entry(const std::string &help) {
    std::size_t at = help.find("--algorithm NAME");
    std::size_t end = help.find("--order", at);
    return at == std::string::npos ? "" : help.substr(at, end - at);
}

TEST(CliBuild, HelpListsExactlyTheAlgorithmsOfThisBuild) {
    Result h = run("--help");
    ASSERT_EQ(h.status, 0);
    std::string entry = algorithm_entry(h.out);
    ASSERT_FALSE(entry.empty()) << h.out;
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        std::regex word("\\b" + std::string(precis_algorithm_name(a)) + "\\b");
        EXPECT_EQ(std::regex_search(entry, word), precis_algorithm_available(a) == 1) << precis_algorithm_name(a);
    }
}

TEST(CliBuild, EveryListedAlgorithmRuns) {
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (!precis_algorithm_available(a)) continue;
        Result r = run(std::string("-a ") + precis_algorithm_name(a) + " '" + test::source_path("examples/sample.txt") + "'");
        EXPECT_EQ(r.status, 0) << precis_algorithm_name(a) << ": " << r.err;
        EXPECT_FALSE(r.out.empty()) << precis_algorithm_name(a);
    }
}

TEST(CliBuild, AnAlgorithmLeftOutOfTheBuildIsAUsageErrorThatSaysSo) {
    bool any = false;
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        if (precis_algorithm_available(a)) continue;
        any = true;
        Result r = run(std::string("-a ") + precis_algorithm_name(a) + " '" + test::source_path("examples/sample.txt") + "'");
        EXPECT_EQ(r.status, 2) << precis_algorithm_name(a);
        EXPECT_NE(r.err.find("not in this build"), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty());
    }
    if (!any) GTEST_SKIP() << "this build has every algorithm";
}

TEST(CliBuild, ManPageNamesEveryLongOptionOfTheHelp) {
    std::string help = run("--help").out, man = test::read_file(test::source_path("docs/precis.1"));
    ASSERT_FALSE(man.empty());
    std::regex long_option("--([a-z][a-z-]*)");
    std::set<std::string> options;
    for (std::sregex_iterator it(help.begin(), help.end(), long_option), end; it != end; ++it) options.insert((*it)[1]);
    EXPECT_GE(options.size(), 10u);
    for (const std::string &o : options) {
        std::string troff = "\\-\\-";
        for (char c : o) troff += c == '-' ? std::string("\\-") : std::string(1, c);
        EXPECT_NE(man.find(troff), std::string::npos) << "--" << o << " is not in docs/precis.1";
    }
}

}  // namespace

namespace {

TEST(CliBuild, LanguageOptionTakesEveryLanguageOfThisBuildAndRefusesOthers) {
    std::string sample = "'" + test::source_path("examples/sample.txt") + "'";
    for (int l = 0; l < PRECIS_LANGUAGE_COUNT; ++l) {
        Result r = run(std::string("--language ") + precis_language_name(l) + " " + sample);
        if (precis_language_available(l)) {
            EXPECT_EQ(r.status, 0) << precis_language_name(l) << ": " << r.err;
            EXPECT_FALSE(r.out.empty()) << precis_language_name(l);
        } else {
            EXPECT_EQ(r.status, 2) << precis_language_name(l);
        }
    }
    Result bad = run("--language xx " + sample);
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find("unknown language"), std::string::npos) << bad.err;
}

}  // namespace
