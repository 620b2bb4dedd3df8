// The JSON lines reader of `precis --jsonl`: lines from a stream, each bounded in length, and a
// small hand-written parser for the one object a line holds. Host code (it allocates), no
// dependencies: the command must build wherever the library does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace jsonl {

// One input item: {"id": ..., "text": "..."} or {"id": ..., "documents": ["...", ...]}. Other
// members are allowed and ignored (a pipeline may carry its own fields through).
struct Item {
    std::string id;  // the id's JSON text exactly as written (a string or a number); empty: none
    // The decoded UTF-8 texts: documents[0..ndocs). The strings are kept from item to item so
    // that their memory is reused (a batch allocates for its largest item only).
    std::vector<std::string> documents;
    std::size_t ndocs = 0;
};

// Parses one line (without its newline) into *item. Returns "" on success, otherwise what is
// wrong and where, e.g. "invalid JSON at byte 17: unpaired surrogate \uD83D". Strict RFC 8259:
// strings must be valid UTF-8 without raw control characters; \uXXXX escapes, surrogate pairs
// included, are decoded. item->id is set as soon as it is read, so that an error later on the
// line can still name the item. A text may not hold U+0000 (precis reads text, not binary).
std::string parse_item(const char *line, std::size_t length, Item *item);

// Appends `s` to *out as a JSON string, quotes included: '"', '\\' and control bytes escaped,
// and each byte that is not part of valid UTF-8 replaced by U+FFFD (invalid UTF-8 would make
// invalid JSON). Runs of plain bytes are appended at once: the batch mode writes every summary
// through here.
void append_json_string(std::string *out, const char *s, std::size_t n);

// True when the line holds only JSON whitespace (such lines are skipped, as blank lines).
bool blank(const std::string &line);

// Reads a stream line by line through one buffer. A line longer than max_bytes is not kept: it
// is read to its end and reported as too long, so memory stays bounded by the longest line
// accepted.
class LineReader {
public:
    LineReader(std::FILE *in, std::uint64_t max_bytes);
    // The next line, without its '\n', in *line. False at the end of the input or on a read
    // error (see failed()). *too_long: the line exceeded max_bytes (*line then holds nothing).
    bool next(std::string *line, bool *too_long);
    std::uint64_t line_number() const { return number_; }  // of the line last returned, from 1
    bool failed() const { return std::ferror(in_) != 0; }

private:
    bool fill();
    std::FILE *in_;
    std::uint64_t max_;
    std::uint64_t number_ = 0;
    std::vector<char> buffer_;
    std::size_t at_ = 0, end_ = 0;
};

}  // namespace jsonl
