#include "jsonl.h"

#include <cstring>

namespace jsonl {
namespace {

// Nesting deeper than this in an ignored member is refused: a line of ten million '[' must not
// exhaust the stack of the recursive descent.
constexpr int kMaxDepth = 64;

// Length of the valid UTF-8 sequence at s[0..n) that starts with a byte >= 0x80, or 0 when it is
// invalid (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence(const unsigned char *s, std::size_t n) {
    unsigned char c = s[0];
    std::size_t len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (len == 0 || len > n) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((s[k] & 0xC0) != 0x80) return 0;
    }
    if (len == 3 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))) return 0;
    if (len == 4 && ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))) return 0;
    return len;
}

// Bytes a JSON string holds as they are: printable ASCII but the quote and the backslash.
struct PlainBytes {
    bool plain[256];
    constexpr PlainBytes() : plain() {
        for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
    }
    constexpr bool operator[](unsigned char c) const { return plain[c]; }
};
constexpr PlainBytes kPlain;

// The first index from i on where a word of 8 bytes holds a byte that is not plain (< 0x20,
// >= 0x80, '"' or '\\'), or the last index from which fewer than 8 remain: a text is mostly plain
// ASCII, and a word a step is a third of the byte loop's work. The test is exact for the word as a
// whole (whether it holds such a byte, not which: the byte loop then finds it), in any byte order.
std::size_t plain_words(const unsigned char *s, std::size_t i, std::size_t n) {
    constexpr std::uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
    for (; n - i >= 8; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s + i, 8);
        const std::uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
        const std::uint64_t special = w | ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) |
                                      ((backslash - kOnes) & ~backslash);
        if (special & kHigh) break;
    }
    return i;
}

void append_utf8(std::string *out, std::uint32_t cp) {
    if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

}  // namespace

void append_json_string(std::string *out, const char *text, std::size_t n) {
    const unsigned char *s = reinterpret_cast<const unsigned char *>(text);
    out->push_back('"');
    std::size_t i = 0;
    while (i < n) {
        std::size_t run = i;
        while (i < n && kPlain[s[i]]) ++i;
        out->append(text + run, i - run);
        if (i >= n) break;
        unsigned char c = s[i];
        if (c >= 0x80) {
            std::size_t len = utf8_sequence(s + i, n - i);
            if (len == 0) {
                out->append("\xEF\xBF\xBD");
                ++i;
            } else {
                out->append(text + i, len);
                i += len;
            }
            continue;
        }
        ++i;
        switch (c) {
            case '"': out->append("\\\""); break;
            case '\\': out->append("\\\\"); break;
            case '\n': out->append("\\n"); break;
            case '\r': out->append("\\r"); break;
            case '\t': out->append("\\t"); break;
            default: {  // another control byte
                static const char kHex[] = "0123456789abcdef";
                const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                out->append(esc, 6);
            }
        }
    }
    out->push_back('"');
}

namespace {

class Parser {
public:
    Parser(const char *s, std::size_t n) : s_(reinterpret_cast<const unsigned char *>(s)), n_(n) {}

    std::string item(Item *item) {
        item->id.clear();
        item->ndocs = 0;
        bool have_text = false;
        ws();
        if (!expect('{', "a line must hold one JSON object")) return error_;
        ws();
        if (peek('}')) {
            ++i_;
        } else {
            for (;;) {
                ws();
                if (!peek('"')) return fail("expected a member name in double quotes"), error_;
                key_.clear();
                if (!string(&key_, false)) return error_;
                ws();
                if (!expect(':', "expected ':' after a member name")) return error_;
                ws();
                if (key_ == "id") {
                    if (!item->id.empty()) return fail("\"id\" appears twice"), error_;
                    std::size_t start = i_;
                    if (peek('"')) {
                        if (!string(nullptr, false)) return error_;
                    } else if (!number()) {
                        return fail("\"id\" must be a string or a number"), error_;
                    }
                    item->id.assign(reinterpret_cast<const char *>(s_ + start), i_ - start);
                } else if (key_ == "text" || key_ == "documents") {
                    if (have_text) return fail("an item has one \"text\" or one \"documents\" member, not two"), error_;
                    have_text = true;
                    if (key_ == "text") {
                        if (!peek('"')) return fail("\"text\" must be a string"), error_;
                        if (!string(document(item), true)) return error_;
                    } else if (!documents(item)) {
                        return error_;
                    }
                } else if (!skip_value(0)) {
                    return error_;
                }
                ws();
                if (peek('}')) {
                    ++i_;
                    break;
                }
                if (!expect(',', "expected ',' or '}' after a member")) return error_;
            }
        }
        ws();
        if (i_ != n_) return fail("unexpected text after the object"), error_;
        if (!have_text) return "the object has neither \"text\" nor \"documents\"";
        return "";
    }

private:
    // The next document's string, emptied (its capacity kept).
    static std::string *document(Item *item) {
        if (item->documents.size() <= item->ndocs) item->documents.emplace_back();
        std::string *d = &item->documents[item->ndocs++];
        d->clear();
        return d;
    }

    bool documents(Item *item) {
        if (!expect('[', "\"documents\" must be an array of strings")) return false;
        ws();
        if (peek(']')) return ++i_, true;
        for (;;) {
            ws();
            if (!peek('"')) return fail("\"documents\" must be an array of strings");
            if (!string(document(item), true)) return false;
            ws();
            if (peek(']')) return ++i_, true;
            if (!expect(',', "expected ',' or ']' in \"documents\"")) return false;
        }
    }

    // A string at s_[i_] == '"', decoded into *out (nullptr: validated only). Plain runs are
    // copied whole: most text has few escapes.
    bool string(std::string *out, bool is_text) {
        ++i_;
        std::size_t run = i_;
        auto flush = [&]() {
            if (out) out->append(reinterpret_cast<const char *>(s_ + run), i_ - run);
        };
        for (;;) {
            // Plain ASCII, most of every text: one tight loop with the index in a register.
            std::size_t i = plain_words(s_, i_, n_);
            while (i < n_ && kPlain[s_[i]]) ++i;
            i_ = i;
            if (i_ >= n_) return fail("unterminated string");
            unsigned char c = s_[i_];
            if (c == '"') {
                flush();
                ++i_;
                return true;
            }
            if (c == '\\') {
                flush();
                if (!escape(out, is_text)) return false;
                run = i_;
            } else if (c < 0x20) {
                return fail("a control character must be escaped in a string (\\n, \\t, \\u00XX)");
            } else if (c < 0x80) {
                ++i_;
            } else {
                std::size_t len = utf8_sequence(s_ + i_, n_ - i_);
                if (len == 0) return fail("invalid UTF-8 in a string");
                i_ += len;
            }
        }
    }

    bool escape(std::string *out, bool is_text) {
        std::size_t at = i_;  // errors point at the backslash
        ++i_;
        if (i_ >= n_) return fail("unterminated string");
        char c = static_cast<char>(s_[i_++]);
        const char *simple = std::strchr("\"\\/bfnrt", c);
        if (c != 0 && simple != nullptr) {
            if (out) out->push_back("\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"]);
            return true;
        }
        if (c != 'u') return fail_at(at, "invalid escape in a string");
        std::uint32_t cp = 0;
        if (!hex4(&cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return fail_at(at, "unpaired low surrogate in a \\u escape");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (i_ + 1 >= n_ || s_[i_] != '\\' || s_[i_ + 1] != 'u') return fail_at(at, "unpaired high surrogate in a \\u escape");
            i_ += 2;
            if (!hex4(&low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return fail_at(at, "a high surrogate must be followed by a low one");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (cp == 0 && is_text) return fail_at(at, "a text may not hold U+0000 (\\u0000)");
        if (out) append_utf8(out, cp);
        return true;
    }

    bool hex4(std::uint32_t *cp) {
        if (n_ - i_ < 4) return fail("\\u needs four hex digits");
        for (int k = 0; k < 4; ++k) {
            unsigned char h = s_[i_++];
            std::uint32_t v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : 16;
            if (v == 16) return fail("\\u needs four hex digits");
            *cp = *cp * 16 + v;
        }
        return true;
    }

    bool number() {
        std::size_t start = i_;
        if (peek('-')) ++i_;
        if (peek('0')) {
            ++i_;
        } else if (!digits()) {
            i_ = start;
            return false;
        }
        if (peek('.')) {
            ++i_;
            if (!digits()) return fail("a digit must follow the decimal point");
        }
        if (peek('e') || peek('E')) {
            ++i_;
            if (peek('+') || peek('-')) ++i_;
            if (!digits()) return fail("a digit must follow the exponent");
        }
        return true;
    }

    bool digits() {
        std::size_t start = i_;
        while (i_ < n_ && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
        return i_ > start;
    }

    bool skip_value(int depth) {
        if (depth > kMaxDepth) return fail("nested deeper than 64 levels");
        if (i_ >= n_) return fail("expected a value");
        unsigned char c = s_[i_];
        if (c == '"') return string(nullptr, false);
        if (c == '{' || c == '[') {
            unsigned char close = c == '{' ? '}' : ']';
            ++i_;
            ws();
            if (peek(static_cast<char>(close))) return ++i_, true;
            for (;;) {
                ws();
                if (c == '{') {
                    if (!peek('"')) return fail("expected a member name in double quotes");
                    if (!string(nullptr, false)) return false;
                    ws();
                    if (!expect(':', "expected ':' after a member name")) return false;
                    ws();
                }
                if (!skip_value(depth + 1)) return false;
                ws();
                if (peek(static_cast<char>(close))) return ++i_, true;
                if (!expect(',', c == '{' ? "expected ',' or '}'" : "expected ',' or ']'")) return false;
            }
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number() || fail("invalid number");
        for (const char *word : {"true", "false", "null"}) {
            std::size_t len = std::strlen(word);
            if (n_ - i_ >= len && std::memcmp(s_ + i_, word, len) == 0) {
                i_ += len;
                return true;
            }
        }
        return fail("expected a value");
    }

    void ws() {
        while (i_ < n_ && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
    }
    bool peek(char c) const { return i_ < n_ && s_[i_] == static_cast<unsigned char>(c); }
    bool expect(char c, const char *why) {
        if (!peek(c)) return fail(why);
        ++i_;
        return true;
    }
    bool fail_at(std::size_t at, const char *why) {
        i_ = at;
        return fail(why);
    }
    // Records the first error, with the 1-based byte column where it was found.
    bool fail(const char *why) {
        if (error_.empty()) error_ = "invalid JSON at column " + std::to_string(i_ + 1) + ": " + why;
        return false;
    }

    const unsigned char *s_;
    std::size_t n_, i_ = 0;
    std::string key_, error_;
};

}  // namespace

std::string parse_item(const char *line, std::size_t length, Item *item) { return Parser(line, length).item(item); }

bool blank(const std::string &line) { return line.find_first_not_of(" \t\r\n") == std::string::npos; }

LineReader::LineReader(std::FILE *in, std::uint64_t max_bytes) : in_(in), max_(max_bytes), buffer_(1 << 20) {}

bool LineReader::fill() {
    at_ = 0;
    end_ = std::fread(buffer_.data(), 1, buffer_.size(), in_);
    return end_ > 0;
}

bool LineReader::next(std::string *line, bool *too_long) {
    line->clear();
    *too_long = false;
    bool any = false;
    for (;;) {
        if (at_ == end_ && !fill()) {
            if (any) ++number_;  // a last line without its newline
            return any;
        }
        any = true;
        const char *start = buffer_.data() + at_;
        const char *newline = static_cast<const char *>(std::memchr(start, '\n', end_ - at_));
        std::size_t take = newline ? static_cast<std::size_t>(newline - start) : end_ - at_;
        if (!*too_long) {
            if (line->size() + take > max_) {
                *too_long = true;
                line->clear();
            } else {
                line->append(start, take);
            }
        }
        at_ += take;
        if (newline) {
            ++at_;
            ++number_;
            return true;
        }
    }
}

}  // namespace jsonl
