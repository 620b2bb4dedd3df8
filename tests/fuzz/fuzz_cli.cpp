// libFuzzer harness for the precis command's argument and input handling. It runs the real
// cli/main.cpp in-process (compiled with cli_shim.h forced in: main is precis_cli_main, std::exit
// throws, the standard streams are in memory), with an argument vector and input files built
// from the fuzz input, and checks the documented contract of the command:
//   - the exit status is 0, 1 or 2;
//   - on 1 and 2 nothing is printed on stdout, and stderr starts with "precis: " (1: exactly one
//     line; 2: one line, plus the "Try 'precis --help'." hint that the CLI adds today);
//   - on 0 stderr holds only "precis: warning: ..." lines, and JSON output parses.
// Control values come from the end of the input and file contents from the front, so plain text
// seeds work as they are.
#include <fuzzer/FuzzedDataProvider.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace precis_fuzz {
struct Exit {
    int status;
};
std::FILE *in_stream = nullptr, *out_stream = nullptr, *err_stream = nullptr;
}  // namespace precis_fuzz

namespace std {
[[noreturn]] void precis_fuzz_exit(int status) {
    std::fflush(::precis_fuzz::out_stream);
    throw ::precis_fuzz::Exit{status};
}
}  // namespace std

int precis_cli_main(int argc, char **argv);

// Once a known fault, now fixed and checked (CliErrors.ControlBytesInNamesAndValuesKeepErrorsOnOneLine,
// tests/fuzz/regressions/cli/newline-in-file-name): set to 1 to step around it again.
#ifndef PRECIS_FUZZ_KNOWN_CONTROL_BYTES_IN_MESSAGES
#define PRECIS_FUZZ_KNOWN_CONTROL_BYTES_IN_MESSAGES 0
#endif

namespace {

#define CHECK(cond, what)                                                                                        \
    do {                                                                                                         \
        if (!(cond)) {                                                                                           \
            std::fprintf(stderr, "fuzz_cli: invariant failed: %s (%s:%d)\n  args:%s\n  status %d\n  stdout: %.400s\n  stderr: %.400s\n", \
                         #cond, __FILE__, __LINE__, what.args.c_str(), what.status, what.out.c_str(), what.err.c_str()); \
            std::abort();                                                                                        \
        }                                                                                                        \
    } while (0)

std::string sandbox;  // a private directory for the input files

struct Outcome {
    std::string args, out, err;
    int status = -1;
    bool line_break_in_args = false;
};

// A strict JSON syntax check (RFC 8259), enough to prove that the output parses.
struct Json {
    const std::string &s;
    std::size_t i = 0;
    bool peek(char c) const { return i < s.size() && s[i] == c; }
    void ws() {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
    }
    bool value(int depth) {
        if (depth > 64 || i >= s.size()) return false;
        char c = s[i];
        if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            ++i;
            ws();
            if (peek(close)) return ++i, true;
            for (;;) {
                ws();
                if (c == '{') {
                    if (!string()) return false;
                    ws();
                    if (!peek(':')) return false;
                    ++i;
                    ws();
                }
                if (!value(depth + 1)) return false;
                ws();
                if (peek(close)) return ++i, true;
                if (!peek(',')) return false;
                ++i;
            }
        }
        if (c == '"') return string();
        if (c == '-' || (c >= '0' && c <= '9')) {
            if (peek('-')) ++i;
            std::size_t d = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
            if (i == d) return false;
            if (peek('.')) {
                ++i;
                d = i;
                while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
                if (i == d) return false;
            }
            return true;
        }
        for (const char *lit : {"true", "false", "null"}) {
            if (s.compare(i, std::strlen(lit), lit) == 0) return i += std::strlen(lit), true;
        }
        return false;
    }
    bool string() {
        if (!peek('"')) return false;
        for (++i; i < s.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            if (c == '"') return ++i, true;
            if (c < 0x20) return false;
            if (c == '\\') {
                if (++i >= s.size()) return false;
                if (s[i] == 'u') {
                    for (int k = 0; k < 4; ++k) {
                        if (++i >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
                    }
                } else if (std::strchr("\"\\/bfnrt", s[i]) == nullptr || s[i] == 0) {
                    return false;
                }
            }
        }
        return false;
    }
    bool valid() {
        ws();
        if (!value(0)) return false;
        ws();
        return i == s.size();
    }
};

bool valid_utf8(const std::string &s) {
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        }
        unsigned char d = len > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
        if (len == 3 && ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0))) return false;
        if (len == 4 && ((c == 0xF0 && d < 0x90) || (c == 0xF4 && d >= 0x90))) return false;
        i += len;
    }
    return true;
}

void write_file(const std::string &path, const std::string &data) {
    std::FILE *f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) std::abort();
    std::fwrite(data.data(), 1, data.size(), f);
    std::fclose(f);
}

// Arguments the command knows, and values that are valid or almost.
const char *const kTokens[] = {
    "-n", "-w", "-b", "-r", "-a", "--sentences", "--words", "--bytes", "--ratio", "--algorithm", "--order",
    "--format", "--split", "--no-filter", "--version", "-h", "--help", "--", "-", "3", "1", "0", "-1", "abc",
    "160", "1000000000", "1000000001", "99999999999", "0.5", "1.5", ".5", "0.0001", "1.0", "default", "lead",
    "luhn", "textrank", "lexrank", "sumbasic", "klsum", "centroid", "bogus", "original", "rank", "text", "json",
    "tsv", "xml", "-n3", "-w10", "-b1", "-r0.5", "--sentences=2", "--words=", "--format=json", "--format=tsv",
    "--order=rank", "--split=1", "--help=x", "-alead", "--bogus", "-x", "",
    "--trim", "--no-trim", "--keywords", "--language", "--language=fr", "auto", "other", "de", "en", "xx",
    "--jsonl", "--each", "--max-line", "--max-line=16", "{\"id\":1,\"text\":\"A b. C d.\"}",
    "@a", "@b", "@nul", "@empty", "@dir", "@missing", "@a", "@b",
};
constexpr int kNumTokens = sizeof(kTokens) / sizeof(kTokens[0]);

Outcome run(const std::vector<std::string> &args, const std::string &stdin_data) {
    Outcome o;
    std::vector<std::string> storage{"precis"};
    for (const std::string &a : args) storage.push_back(a);
    std::vector<char *> argv;
    for (std::string &s : storage) {
        argv.push_back(&s[0]);
        o.args += " [" + s + "]";
        if (s.find_first_of("\r\n") != std::string::npos) o.line_break_in_args = true;
    }
    argv.push_back(nullptr);

    char *out_buf = nullptr, *err_buf = nullptr;
    std::size_t out_len = 0, err_len = 0;
    precis_fuzz::out_stream = open_memstream(&out_buf, &out_len);
    precis_fuzz::err_stream = open_memstream(&err_buf, &err_len);
    std::string in_copy = stdin_data;
    precis_fuzz::in_stream = in_copy.empty() ? std::fopen("/dev/null", "rb") : fmemopen(&in_copy[0], in_copy.size(), "rb");
    if (!precis_fuzz::out_stream || !precis_fuzz::err_stream || !precis_fuzz::in_stream) std::abort();
    try {
        o.status = precis_cli_main(static_cast<int>(storage.size()), argv.data());
    } catch (const precis_fuzz::Exit &e) {
        o.status = e.status;
    }
    std::fclose(precis_fuzz::in_stream);
    std::fclose(precis_fuzz::out_stream);
    std::fclose(precis_fuzz::err_stream);
    o.out.assign(out_buf, out_len);
    o.err.assign(err_buf, err_len);
    std::free(out_buf);
    std::free(err_buf);
    return o;
}

// Batch modes (--jsonl, --each) go on past a failing item: status 1 may come with output, and
// their warnings name the item ("precis: FILE: warning: ...").
void check(const Outcome &o, bool json_asked, bool batch) {
    CHECK(o.status == 0 || o.status == 1 || o.status == 2, o);
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < o.err.size();) {
        std::size_t nl = o.err.find('\n', at);
        CHECK(nl != std::string::npos, o);  // every message ends its line
        lines.push_back(o.err.substr(at, nl - at));
        at = nl + 1;
    }
    if (PRECIS_FUZZ_KNOWN_CONTROL_BYTES_IN_MESSAGES && o.line_break_in_args) {
        // Only the first line's prefix can be checked until the known fault is fixed.
        if (o.status != 0) {
            CHECK(o.out.empty(), o);
            CHECK(o.err.rfind("precis: ", 0) == 0, o);
        }
        return;
    }
    if (batch && o.status != 2) {
        for (const std::string &l : lines) CHECK(l.rfind("precis: ", 0) == 0, o);
        // --jsonl: one JSON object per output line, whatever the input lines held.
        for (std::size_t at = 0; o.out.rfind("{", 0) == 0 && at < o.out.size();) {
            std::size_t nl = o.out.find('\n', at);
            CHECK(nl != std::string::npos, o);
            const std::string line = o.out.substr(at, nl - at);
            if (line.rfind("{\"", 0) == 0) {
                Json j{line};
                CHECK(j.valid(), o);
                CHECK(valid_utf8(line), o);
            }
            at = nl + 1;
        }
        return;
    }
    if (o.status != 0) {
        CHECK(o.out.empty(), o);
        CHECK(!lines.empty() && lines[0].rfind("precis: ", 0) == 0, o);
        CHECK(lines[0].rfind("precis: warning: ", 0) != 0 && lines[0].rfind("precis: note: ", 0) != 0, o);  // an error, not a warning
        if (o.status == 1) CHECK(lines.size() == 1, o);
        if (o.status == 2) CHECK(lines.size() == 1 || (lines.size() == 2 && lines[1] == "Try 'precis --help'."), o);
        return;
    }
    for (const std::string &l : lines) CHECK(l.rfind("precis: warning: ", 0) == 0 || l.rfind("precis: note: ", 0) == 0, o);
    if (json_asked && o.out.rfind("{\"version\"", 0) == 0) {
        Json j{o.out};
        CHECK(j.valid(), o);
        CHECK(valid_utf8(o.out), o);
    }
}

}  // namespace

static void remove_sandbox() {
    for (const char *f : {"/a.txt", "/b.txt", "/nul.bin", "/empty.txt"}) std::remove((sandbox + f).c_str());
    rmdir((sandbox + "/dir").c_str());
    rmdir(sandbox.c_str());
}

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    char tmpl[] = "/tmp/precis_fuzz_cli_XXXXXX";
    if (mkdtemp(tmpl) == nullptr) std::abort();
    sandbox = tmpl;
    std::atexit(remove_sandbox);  // libFuzzer ends a bounded run with exit()
    mkdir((sandbox + "/dir").c_str(), 0700);
    write_file(sandbox + "/empty.txt", "");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzedDataProvider fdp(data, size);
    const int nargs = fdp.ConsumeIntegralInRange<int>(0, 7);
    std::vector<int> choice;
    for (int i = 0; i < nargs; ++i) choice.push_back(fdp.ConsumeIntegralInRange<int>(0, kNumTokens + 1));
    const uint32_t split_a = fdp.ConsumeIntegralInRange<uint32_t>(0, 1000), split_b = fdp.ConsumeIntegralInRange<uint32_t>(0, 1000);

    // Free-form arguments come from the front; the rest is split into stdin and two files.
    std::vector<std::string> args;
    bool json_asked = false, batch = false;
    for (int c : choice) {
        std::string a;
        if (c >= kNumTokens) {
            a = fdp.ConsumeRandomLengthString(24);
            // Keep every path inside the sandbox: no device, FIFO or huge file is reachable.
            for (char &ch : a) {
                if (ch == '/' || ch == '\0') ch = '_';
            }
            if (!a.empty() && a[0] != '-') a = sandbox + "/" + a;
        } else {
            a = kTokens[c];
            if (a == "@a") a = sandbox + "/a.txt";
            else if (a == "@b") a = sandbox + "/b.txt";
            else if (a == "@nul") a = sandbox + "/nul.bin";
            else if (a == "@empty") a = sandbox + "/empty.txt";
            else if (a == "@dir") a = sandbox + "/dir";
            else if (a == "@missing") a = sandbox + "/missing.txt";
        }
        if (a.find("json") != std::string::npos) json_asked = true;
        if (a == "--each" || a.rfind("--jsonl", 0) == 0) batch = true;
        args.push_back(a);
    }
    std::string rest = fdp.ConsumeRemainingBytesAsString();
    std::size_t a_end = rest.size() * split_a / 1000, b_end = a_end + (rest.size() - a_end) * split_b / 1000;
    std::string stdin_data = rest.substr(0, a_end), file_a = rest.substr(a_end, b_end - a_end), file_b = rest.substr(b_end);
    write_file(sandbox + "/a.txt", file_a);
    write_file(sandbox + "/b.txt", file_b);
    write_file(sandbox + "/nul.bin", file_b + std::string(1, '\0') + file_a);

    Outcome o = run(args, stdin_data);
    check(o, json_asked, batch);

    // The same input through --format json must parse, whatever the other options did.
    if (o.status == 0 && !json_asked) {
        std::vector<std::string> with_json = args;
        with_json.insert(with_json.begin(), "--format=json");
        Outcome j = run(with_json, stdin_data);
        check(j, true, batch);
    }
    return 0;
}
