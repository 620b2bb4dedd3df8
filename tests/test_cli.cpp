// The precis command's contract: output formats, budgets, exit statuses and error messages.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "cli_support.h"
#include "support.h"

namespace {

using Result = test::CliResult;

Result run(const std::string &args, const std::string &input = "") { return test::run_cli(args, input); }

std::string sample_path() { return "'" + test::source_path("examples/sample.txt") + "'"; }

// A strict JSON syntax check (RFC 8259 grammar), enough to prove the output parses.
class Json {
public:
    explicit Json(const std::string &s) : s_(s) {}
    bool valid() {
        ws();
        if (!value()) return false;
        ws();
        return i_ == s_.size();
    }

private:
    bool value() {
        if (i_ >= s_.size()) return false;
        char c = s_[i_];
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') return string();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        return literal("true") || literal("false") || literal("null");
    }
    bool object() {
        ++i_;
        ws();
        if (peek('}')) return ++i_, true;
        for (;;) {
            ws();
            if (!string()) return false;
            ws();
            if (!peek(':')) return false;
            ++i_;
            ws();
            if (!value()) return false;
            ws();
            if (peek('}')) return ++i_, true;
            if (!peek(',')) return false;
            ++i_;
        }
    }
    bool array() {
        ++i_;
        ws();
        if (peek(']')) return ++i_, true;
        for (;;) {
            ws();
            if (!value()) return false;
            ws();
            if (peek(']')) return ++i_, true;
            if (!peek(',')) return false;
            ++i_;
        }
    }
    bool string() {
        if (!peek('"')) return false;
        for (++i_; i_ < s_.size(); ++i_) {
            unsigned char c = static_cast<unsigned char>(s_[i_]);
            if (c == '"') return ++i_, true;
            if (c < 0x20) return false;
            if (c == '\\') {
                ++i_;
                if (i_ >= s_.size()) return false;
                if (s_[i_] == 'u') {
                    for (int k = 0; k < 4; ++k) {
                        if (++i_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[i_]))) return false;
                    }
                } else if (std::string("\"\\/bfnrt").find(s_[i_]) == std::string::npos) {
                    return false;
                }
            }
        }
        return false;
    }
    bool number() {
        std::size_t start = i_;
        if (peek('-')) ++i_;
        if (!digits()) return false;
        if (peek('.')) {
            ++i_;
            if (!digits()) return false;
        }
        return i_ > start;
    }
    bool digits() {
        std::size_t start = i_;
        while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
        return i_ > start;
    }
    bool literal(const char *lit) {
        std::string l = lit;
        if (s_.compare(i_, l.size(), l) != 0) return false;
        i_ += l.size();
        return true;
    }
    bool peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
    void ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
    }
    const std::string &s_;
    std::size_t i_ = 0;
};

int lines(const std::string &s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    return n;
}

TEST(Cli, SummarizesAFileToThreeLinesByDefault) {
    Result r = run(sample_path());
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(lines(r.out), 3);
    EXPECT_TRUE(r.err.empty());
}

TEST(Cli, ReadsStandardInputWithoutFileOrWithDash) {
    std::string text = test::sample();
    Result a = run("", text), b = run("-", text), c = run(sample_path());
    EXPECT_EQ(a.out, c.out);
    EXPECT_EQ(b.out, c.out);
}

TEST(Cli, EmptyInputPrintsNothingAndSucceeds) {
    Result r = run("", "");
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, "");
}

TEST(Cli, BytesBudgetBoundsTheWholeOutput) {
    Result r = run("-b 160 " + sample_path());
    EXPECT_EQ(r.status, 0);
    EXPECT_LE(r.out.size(), 160u);
    EXPECT_GT(r.out.size(), 0u);
}

TEST(Cli, JsonOutputParsesAndCarriesSpans) {
    Result r = run("--format json " + sample_path());
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(Json(r.out).valid()) << r.out;
    for (const char *key : {"\"document\":", "\"offset\":", "\"length\":", "\"score\":", "\"text\":"}) {
        EXPECT_NE(r.out.find(key), std::string::npos) << key;
    }
}

TEST(Cli, JsonOutputStaysValidForHostileText) {
    std::string text = "Quotes \" and \\ backslash.\tTabs and \x01 control bytes. Bad \xC3\x28 UTF-8 here.";
    Result r = run("--format json -n 5", text);
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(Json(r.out).valid()) << r.out;
}

TEST(Cli, JsonTextEscapesControlBytesAndReplacesInvalidUtf8) {
    Result r = run("--format json --split", "Say \"hi\" \\ now.\x01 Bad \xC3\x28 byte, caf\xC3\xA9 kept.");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("\"text\":\"Say \\\"hi\\\" \\\\ now.\\u0001 Bad \xEF\xBF\xBD( byte, caf\xC3\xA9 kept.\""),
              std::string::npos)
        << r.out;
}

TEST(Cli, TsvOutputHasSixColumns) {
    Result r = run("--format tsv " + sample_path());
    ASSERT_EQ(r.status, 0);
    std::string first = r.out.substr(0, r.out.find('\n'));
    int tabs = 0;
    for (char c : first) tabs += c == '\t';
    EXPECT_EQ(tabs, 5);
}

TEST(Cli, SplitPrintsEverySentenceWithWhitespaceCollapsed) {
    Result r = run("--split", "One  sentence\there. Another one.\n\nA third.");
    EXPECT_EQ(r.out, "One sentence here.\nAnother one.\nA third.\n");
}

TEST(Cli, SplitSegmentsInTheLanguageAsked) {
    if (!precis_language_available(PRECIS_LANGUAGE_FRENCH)) GTEST_SKIP() << "no French pack in this build";
    // French quotes close with "»" after the period, and the sentence goes on: English rules end
    // it at the period.
    const std::string text = "\xC2\xAB Nous pourrions aider. \xC2\xBB, a dit Furtado. Puis il est parti.";
    EXPECT_EQ(run("--split --language fr", text).out,
              "\xC2\xAB Nous pourrions aider. \xC2\xBB, a dit Furtado.\nPuis il est parti.\n");
    EXPECT_EQ(run("--split", text).out, "\xC2\xAB Nous pourrions aider.\n\xC2\xBB, a dit Furtado.\nPuis il est parti.\n");
}

TEST(Cli, SeveralFilesAreOneStory) {
    Result r = run("-n 10 " + sample_path() + " " + sample_path());
    EXPECT_EQ(r.status, 0);
    // The second copy repeats every fact of the first: nothing is selected twice, and the
    // sentences are those of the one text.
    std::vector<std::string> lines;
    for (std::size_t at = 0, end; (end = r.out.find('\n', at)) != std::string::npos; at = end + 1) {
        lines.push_back(r.out.substr(at, end - at));
    }
    EXPECT_EQ(lines.size(), 10u);
    std::set<std::string> distinct(lines.begin(), lines.end());
    EXPECT_EQ(distinct.size(), lines.size()) << r.out;
    Result all = run("-n 1000 " + sample_path());
    for (const std::string &l : lines) EXPECT_NE(all.out.find(l + "\n"), std::string::npos) << l;
}

TEST(Cli, HelpAndVersionSucceed) {
    Result h = run("--help");
    EXPECT_EQ(h.status, 0);
    EXPECT_NE(h.out.find("Usage: precis"), std::string::npos);
    Result v = run("--version");
    EXPECT_EQ(v.status, 0);
    EXPECT_EQ(v.out, std::string("precis ") + PRECIS_VERSION_STRING + "\n");
}

TEST(Cli, UsageErrorsExitTwoWithOneLineMessage) {
    for (const char *args : {"-n -1", "-n abc", "-n 0", "-r 1.5", "-r 0", "-r abc", "-n 3 -w 10", "--bogus",
                             "-a nonsense", "--order sideways", "--format xml", "-n"}) {
        Result r = run(args, "Some text.");
        EXPECT_EQ(r.status, 2) << args;
        EXPECT_EQ(r.err.rfind("precis: ", 0), 0u) << args << ": " << r.err;
        EXPECT_TRUE(r.out.empty()) << args;
    }
}

TEST(Cli, InputErrorsExitOneAndPrintNoSummary) {
    std::string dir = ::testing::TempDir();
    std::string binary = dir + "precis_cli_binary_" + std::to_string(getpid());
    std::FILE *f = std::fopen(binary.c_str(), "wb");
    std::fwrite("ELF\0\0\1\2", 1, 7, f);
    std::fclose(f);
    for (std::string args : {std::string("/nonexistent/file.txt"), "'" + dir + "'", "'" + binary + "'",
                             sample_path() + " /nonexistent/second.txt"}) {
        Result r = run(args);
        EXPECT_EQ(r.status, 1) << args;
        EXPECT_EQ(r.err.rfind("precis: ", 0), 0u) << r.err;
        EXPECT_TRUE(r.out.empty()) << args;
    }
}

TEST(Cli, RatioAcceptsDecimals) {
    Result r = run("-r 0.5 " + sample_path());
    EXPECT_EQ(r.status, 0);
    Result all = run("--split " + sample_path());
    EXPECT_GE(lines(r.out), 4);
    EXPECT_LE(lines(r.out), (lines(all.out) + 1) / 2);
}

TEST(Cli, TrimAndNoTrimChooseWholeOrTrimmedSentences) {
    PRECIS_REQUIRE_TRIMMING();
    std::string story = "The council will close the old river bridge for repairs next month, a spokesman for the "
                        "city council said on Tuesday.\n";
    Result trimmed = run("-b 90", story);
    EXPECT_EQ(trimmed.status, 0);
    EXPECT_EQ(trimmed.out, "The council will close the old river bridge for repairs next month.\n");
    Result whole = run("-b 90 --no-trim", story);
    EXPECT_EQ(whole.status, 0);
    EXPECT_EQ(whole.out, "");
    // Under a sentence budget --trim cuts as far as the rules go (here the time phrase too).
    Result forced = run("-n 1 --trim", story);
    EXPECT_EQ(forced.out, "The council will close the old river bridge for repairs.\n");
}

TEST(Cli, JsonShowsTheFragmentsOfATrimmedSentence) {
    PRECIS_REQUIRE_TRIMMING();
    std::string story = "The council will close the old river bridge for repairs next month, a spokesman for the "
                        "city council said on Tuesday.\n";
    Result r = run("-b 90 --format json", story);
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("\"fragments\":[[0,66],[116,1]]"), std::string::npos) << r.out;
}

TEST(Cli, KeywordsPrintsOnePerLineOrAJsonArray) {
    PRECIS_REQUIRE_KEYWORDS();
    Result text = run("--keywords 3 " + sample_path());
    EXPECT_EQ(text.status, 0);
    EXPECT_EQ(std::count(text.out.begin(), text.out.end(), '\n'), 3);
    Result json = run("--keywords 3 --format json " + sample_path());
    EXPECT_EQ(json.status, 0);
    EXPECT_NE(json.out.find("\"keywords\":[{"), std::string::npos);
    EXPECT_EQ(run("--keywords 0 " + sample_path()).status, 2);
}

}  // namespace

