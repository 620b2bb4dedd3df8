// The precis command in batch mode: --jsonl (one JSON line out per JSON line in) and --each (one
// summary per file). Each item's JSON is the --format json object of a single run with the item's
// id first, so these tests compare with single runs instead of restating that format.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli_support.h"
#include "support.h"

namespace {

using Result = test::CliResult;
using test::write_file;

std::string temp_base() { return ::testing::TempDir() + "precis_cli_batch_" + std::to_string(getpid()); }

Result run(const std::string &args, const std::string &input = "") { return test::run_cli(args, input); }

std::vector<std::string> lines_of(const std::string &s) {
    std::vector<std::string> lines;
    for (std::size_t at = 0, end; (end = s.find('\n', at)) != std::string::npos; at = end + 1) lines.push_back(s.substr(at, end - at));
    return lines;
}

// The JSON string of a text (enough for the plain ASCII stories below).
std::string quoted(const std::string &text) {
    std::string q = "\"";
    for (char c : text) q += c == '\n' ? std::string("\\n") : c == '"' ? std::string("\\\"") : std::string(1, c);
    return q + "\"";
}

const std::string kBridge =
    "The council will close the old river bridge for repairs next month. The bridge was built in 1890 and carries "
    "ten thousand cars a day. Drivers will use the new ring road while engineers replace the steel deck.";
const std::string kRain =
    "Heavy rain flooded the valley farms on Tuesday night. Farmers moved their cattle to higher ground before dawn. "
    "The river crested two metres above its summer level by noon.";

// A single run's --format json line for `text` on stdin, with `lead` put first into the object:
// what a batch item must print.
std::string single_json(const std::string &options, const std::string &text, const std::string &lead) {
    std::string out = run("--format json " + options, text).out;
    return "{" + lead + out.substr(1, out.size() - 2);  // without the '{' and the newline
}

TEST(CliBatch, JsonlPrintsOneLinePerItemInInputOrder) {
    std::string input = "{\"id\":\"c\",\"text\":" + quoted(kBridge) + "}\n{\"id\":1e3,\"text\":" + quoted(kRain) +
                        "}\n{\"text\":" + quoted(kBridge) + "}\n";
    Result r = run("--jsonl -n 2", input);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    std::vector<std::string> lines = lines_of(r.out);
    ASSERT_EQ(lines.size(), 3u) << r.out;
    EXPECT_EQ(lines[0], single_json("-n 2", kBridge, "\"id\":\"c\","));
    EXPECT_EQ(lines[1], single_json("-n 2", kRain, "\"id\":1e3,"));  // the id exactly as written
    EXPECT_EQ(lines[2], single_json("-n 2", kBridge, "\"line\":3,"));  // no id: the line number
}

TEST(CliBatch, JsonlItemWithSeveralDocumentsIsOneStoryOfThem) {
    std::string dir = temp_base();
    write_file(dir + "_a.txt", kBridge);
    write_file(dir + "_b.txt", kRain);
    Result r = run("--jsonl -n 4", "{\"id\":9,\"documents\":[" + quoted(kBridge) + "," + quoted(kRain) + "]}\n");
    Result both = run("--format json -n 4 '" + dir + "_a.txt' '" + dir + "_b.txt'");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "{\"id\":9," + both.out.substr(1));
    EXPECT_NE(r.out.find("\"documents\":2"), std::string::npos);
}

TEST(CliBatch, OtherOptionsApplyToEveryItem) {
    std::string input = "{\"id\":1,\"text\":" + quoted(kBridge) + "}\n{\"id\":2,\"text\":" + quoted(kRain) + "}\n";
    Result r = run("--jsonl -a lead -n 1 --order rank", input);
    std::vector<std::string> lines = lines_of(r.out);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], single_json("-a lead -n 1 --order rank", kBridge, "\"id\":1,"));
    EXPECT_EQ(lines[1], single_json("-a lead -n 1 --order rank", kRain, "\"id\":2,"));
}

TEST(CliBatch, AMalformedLineYieldsAnErrorObjectAndTheRestGoOn) {
    std::string input = "{\"id\":1,\"text\":" + quoted(kBridge) + "}\n{\"id\": 2, \"text\": oops}\nnot json\n{\"id\":4,\"text\":" +
                        quoted(kRain) + "}\n";
    Result r = run("--jsonl", input);
    EXPECT_EQ(r.status, 1);  // some item failed
    std::vector<std::string> lines = lines_of(r.out);
    ASSERT_EQ(lines.size(), 4u) << r.out;
    EXPECT_EQ(lines[0], single_json("", kBridge, "\"id\":1,"));
    // The id is named when it was read before the error; otherwise the line number alone.
    EXPECT_EQ(lines[1], "{\"id\":2,\"line\":2,\"error\":\"invalid JSON at column 19: \\\"text\\\" must be a string\"}");
    EXPECT_EQ(lines[2], "{\"line\":3,\"error\":\"invalid JSON at column 1: a line must hold one JSON object\"}");
    EXPECT_EQ(lines[3], single_json("", kRain, "\"id\":4,"));
    EXPECT_NE(r.err.find("precis: 2 of 4 items failed"), std::string::npos) << r.err;
}

TEST(CliBatch, StringEscapesAreDecodedIncludingSurrogatePairs) {
    // \u00e9 (e acute), a surrogate pair for U+1F600, \t \n \" \\ \/ in the text; the summary
    // shows them decoded (the output escapes only what JSON requires).
    std::string text = "Caf\\u00e9 owners in the \\\"old\\\" town \\ud83d\\ude00 cheered the new\\tharbour wall on "
                       "Tuesday.\\nThe wall cost four million euros\\/pounds and took two years.";
    Result r = run("--jsonl -n 2", "{\"id\":1,\"text\":\"" + text + "\"}\n");
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("Caf\xC3\xA9 owners in the \\\"old\\\" town \xF0\x9F\x98\x80 cheered the new harbour wall"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("euros/pounds"), std::string::npos) << r.out;
}

TEST(CliBatch, EscapesAndRawControlBytesAreFoundAtEveryOffsetOfALongText) {
    // The parser skips plain ASCII eight bytes at a time: an escape, a non-ASCII character or a
    // forbidden raw byte at each offset within such a word must still be seen.
    for (int offset = 0; offset < 16; ++offset) {
        const std::string pad(static_cast<std::size_t>(offset), 'x');
        const std::string text = "Harbour " + pad + "\\\"wall\\\" caf\xC3\xA9 opened on Tuesday. The wall cost four million euros.";
        Result r = run("--jsonl --split", "{\"id\":1,\"text\":\"" + text + "\"}\n");
        EXPECT_EQ(r.status, 0) << r.out;
        EXPECT_NE(r.out.find("Harbour " + pad + "\\\"wall\\\" caf\xC3\xA9 opened"), std::string::npos) << offset << r.out;
        Result bad = run("--jsonl", "{\"id\":1,\"text\":\"Harbour " + pad + "\x01 wall opened.\"}\n");
        EXPECT_EQ(bad.status, 1) << offset;
        EXPECT_NE(bad.out.find("a control character must be escaped"), std::string::npos) << offset << bad.out;
    }
}

TEST(CliBatch, InvalidJsonIsRejectedWithAClearMessage) {
    struct Case {
        std::string line, message;
    };
    const Case cases[] = {
        {"{\"text\":\"a \\ud800 b\"}", "column 12: unpaired high surrogate"},
        {"{\"text\":\"a \\udc00 b\"}", "column 12: unpaired low surrogate"},
        {"{\"text\":\"a \\ud800\\u0041 b\"}", "a high surrogate must be followed by a low one"},
        {"{\"text\":\"a \\u12G4\"}", "\\\\u needs four hex digits"},
        {"{\"text\":\"a \\x41\"}", "invalid escape in a string"},
        {"{\"text\":\"a \\u0000 b\"}", "a text may not hold U+0000"},
        {"{\"text\":\"tab\there\"}", "a control character must be escaped"},
        {"{\"text\":\"bad \xC3\x28 byte\"}", "invalid UTF-8 in a string"},
        {"{\"text\":\"unterminated}", "unterminated string"},
        {"{\"text\":\"a\"} trailing", "unexpected text after the object"},
        {"{\"text\":\"a\",}", "expected a member name"},
        {"[\"text\"]", "a line must hold one JSON object"},
        {"{\"id\":[1],\"text\":\"a\"}", "\\\"id\\\" must be a string or a number"},
        {"{\"text\":7}", "\\\"text\\\" must be a string"},
        {"{\"documents\":[\"a\",7]}", "\\\"documents\\\" must be an array of strings"},
        {"{\"text\":\"a\",\"documents\":[]}", "one \\\"text\\\" or one \\\"documents\\\" member, not two"},
        {"{\"id\":1}", "neither \\\"text\\\" nor \\\"documents\\\""},
        {"{\"x\":" + std::string(100, '[') + std::string(100, ']') + ",\"text\":\"a\"}", "nested deeper than 64"},
    };
    for (const Case &c : cases) {
        Result r = run("--jsonl", c.line + "\n");
        EXPECT_EQ(r.status, 1) << c.line;
        EXPECT_NE(r.out.find("\"line\":1,\"error\":\""), std::string::npos) << c.line << " -> " << r.out;
        EXPECT_NE(r.out.find(c.message), std::string::npos) << c.line << " -> " << r.out;
    }
}

TEST(CliBatch, ALineLongerThanMaxLineIsAnErrorItemAndTheRestGoOn) {
    std::string huge = "{\"id\":1,\"text\":\"" + std::string(10 << 20, 'a') + "\"}\n";
    Result r = run("--jsonl --max-line 1000000", huge + "{\"id\":2,\"text\":" + quoted(kRain) + "}\n");
    EXPECT_EQ(r.status, 1);
    std::vector<std::string> lines = lines_of(r.out);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "{\"line\":1,\"error\":\"line 1 is longer than 1000000 bytes (--max-line)\"}");
    EXPECT_EQ(lines[1], single_json("", kRain, "\"id\":2,"));
}

// Every sentence brings a new term (its number): the term table fills long before the end, so
// the prefix that fits is summarized and flagged, as for a file; that is no error.
TEST(CliBatch, ATenMegabyteLineIsSummarizedUpToTheLibraryLimits) {
    std::string story;
    for (int i = 0; story.size() < (10u << 20); ++i) story += "Sentence " + std::to_string(i) + " tells of harbour walls and storms. ";
    Result r = run("--jsonl -n 1", "{\"id\":1,\"text\":\"" + story + "\"}\n");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(lines_of(r.out).size(), 1u);
    EXPECT_NE(r.out.find("\"truncated\":true,\"nothing_fits\":false,\"sentences\":[{"), std::string::npos) << r.out.substr(0, 200);
}

// A budget no informative sentence fits is said in the item's JSON ("nothing_fits"), where a
// single summary says it on stderr: an empty list alone would look like empty input.
TEST(CliBatch, ABudgetNothingFitsIsSaidInTheItem) {
    Result r = run("--jsonl -b 5", "{\"id\":1,\"text\":" + quoted(kRain) + "}\n{\"id\":2,\"text\":\"\"}\n");
    EXPECT_EQ(r.status, 0) << r.err;
    std::vector<std::string> lines = lines_of(r.out);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_NE(lines[0].find("\"nothing_fits\":true,\"sentences\":[]"), std::string::npos) << lines[0];
    EXPECT_NE(lines[1].find("\"nothing_fits\":false,\"sentences\":[]"), std::string::npos) << lines[1];
}

TEST(CliBatch, JsonlTakesItsFileAfterAnEqualsSignToo) {
    const std::string path = temp_base() + "_eq.jsonl";
    write_file(path, "{\"id\":1,\"text\":" + quoted(kRain) + "}\n");
    Result spaced = run("--jsonl " + path), joined = run("--jsonl=" + path);
    EXPECT_EQ(joined.status, 0) << joined.err;
    EXPECT_EQ(joined.out, spaced.out);
    EXPECT_EQ(lines_of(joined.out).size(), 1u);
    std::remove(path.c_str());
}

TEST(CliBatch, AByteOrderMarkBeforeTheFirstLineIsIgnored) {
    const std::string line = "{\"id\":1,\"text\":" + quoted(kRain) + "}\n";
    Result plain = run("--jsonl", line), marked = run("--jsonl", "\xEF\xBB\xBF" + line);
    EXPECT_EQ(marked.status, 0) << marked.out;
    EXPECT_EQ(marked.out, plain.out);
    // Only there: on a later line it is an error, as any stray bytes are.
    Result later = run("--jsonl", line + "\xEF\xBB\xBF" + line);
    EXPECT_NE(lines_of(later.out)[1].find("\"error\""), std::string::npos) << later.out;
}

TEST(CliBatch, EmptyInputPrintsNothingAndSucceeds) {
    for (const char *input : {"", "\n", "  \n\r\n\t\n"}) {
        Result r = run("--jsonl", input);
        EXPECT_EQ(r.status, 0);
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(r.err, "");
    }
}

TEST(CliBatch, EachSummarizesEveryFileOnItsOwnAndGoesOnPastAMissingOne) {
    std::string dir = temp_base();
    write_file(dir + "_bridge.txt", kBridge);
    write_file(dir + "_rain.txt", kRain);
    Result r = run("--each -n 1 '" + dir + "_bridge.txt' '" + dir + "_missing.txt' '" + dir + "_rain.txt'");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, "==> " + dir + "_bridge.txt <==\n" + run("-n 1", kBridge).out + "\n==> " + dir + "_rain.txt <==\n" +
                         run("-n 1", kRain).out);
    EXPECT_EQ(r.err.rfind("precis: " + dir + "_missing.txt: ", 0), 0u) << r.err;
}

TEST(CliBatch, EachInJsonPrintsOneObjectPerFile) {
    std::string dir = temp_base();
    write_file(dir + "_bridge.txt", kBridge);
    Result r = run("--each --format json -n 1 '" + dir + "_bridge.txt' '" + dir + "_missing.txt'");
    EXPECT_EQ(r.status, 1);
    std::vector<std::string> lines = lines_of(r.out);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], single_json("-n 1", kBridge, "\"file\":\"" + dir + "_bridge.txt\","));
    EXPECT_EQ(lines[1], "{\"file\":\"" + dir + "_missing.txt\",\"error\":\"No such file or directory\"}");
}

TEST(CliBatch, ConflictingBatchOptionsAreUsageErrors) {
    for (const char *args : {"--jsonl a.jsonl b.jsonl", "--jsonl --format text", "--jsonl --each", "--max-line 10",
                             "--jsonl --max-line 0"}) {
        Result r = run(args);
        EXPECT_EQ(r.status, 2) << args;
        EXPECT_EQ(r.err.rfind("precis: ", 0), 0u) << args << ": " << r.err;
        EXPECT_EQ(r.out, "") << args;
    }
}

}  // namespace
