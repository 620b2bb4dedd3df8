#include "boilerplate.h"

#include <cstddef>

#include "language.h"
#include "text.h"
#include "wordtable.h"

namespace precis::detail {
namespace {

bool starts_with_ci(const unsigned char *s, uint32_t n, const char *lit) {
    uint32_t i = 0;
    for (; lit[i] != 0; ++i) {
        if (i >= n || ascii_lower(s[i]) != static_cast<unsigned char>(lit[i])) return false;
    }
    return true;
}

// starts_with_ci for the phrase of a phrase table (wordtable.h) at p, its length byte: the length
// of the phrase when s[0..n) starts with it, else 0.
uint32_t starts_with_phrase_ci(const unsigned char *s, uint32_t n, const unsigned char *p) {
    const uint32_t len = *p;
    if (len > n) return 0;
    for (uint32_t k = 0; k < len; ++k) {
        if (ascii_lower(s[k]) != p[1 + k]) return 0;
    }
    return len;
}

// A phrase that contains_any_ci looks for, and where it is looked for: the two bytes at `anchor`
// (the rarest pair of the phrase in news text, so that the scan stops at few places).
struct AnchoredPhrase {
    unsigned char anchor;
    const char *text;  // lower case
};

// The bytes at the anchors of a list of phrases, two bits a byte: one table for the scan's three
// tests (a set of a bit a byte for each cost 40 bytes more of the Cortex-M4F firmware build).
// bits[c & 15] holds bit c >> 4 when c is an anchor's first byte (kFirstByte) and bit 16 + (c >> 4)
// when it is a second (kSecondByte), so that one shift brings both to their test, as one did for
// a set. Both cases of each letter are in it, so that the scan tests raw bytes and lower-cases
// only the few that may be an anchor. Built at compile time.
constexpr uint32_t kFirstByte = 1, kSecondByte = 1u << 16;
struct AnchorBytes {
    uint32_t bits[16];
    constexpr uint32_t of(unsigned char c) const { return bits[c & 15u] >> (c >> 4); }
    constexpr void add(unsigned char c, uint32_t bit) { bits[c & 15u] |= bit << (c >> 4); }
};

template <std::size_t N>
constexpr AnchorBytes anchor_bytes(const AnchoredPhrase (&phrases)[N]) {
    AnchorBytes set{};
    for (const AnchoredPhrase &p : phrases) {
        for (uint32_t k = 0; k < 2; ++k) {
            unsigned char c = static_cast<unsigned char>(p.text[p.anchor + k]);
            const uint32_t bit = k == 0 ? kFirstByte : kSecondByte;
            set.add(c, bit);
            if (c >= 'a' && c <= 'z') c = static_cast<unsigned char>(c - 32);
            set.add(c, bit);
        }
    }
    return set;
}

// A list of AnchoredPhrase as one string: each phrase's length byte, its bytes, then its anchor;
// a length of 0 ends it. No pointer per phrase in flash (8 bytes each on the Cortex-M targets).
template <std::size_t N>
struct AnchoredTable {
    unsigned char text[N];
};
template <std::size_t N>
constexpr std::size_t anchored_table_bytes(const AnchoredPhrase (&phrases)[N]) {
    std::size_t bytes = 1;  // the terminating 0
    for (const AnchoredPhrase &p : phrases) {
        std::size_t len = 0;
        while (p.text[len] != 0) ++len;
        bytes += len + 2;
    }
    return bytes;
}
template <std::size_t M, std::size_t N>
constexpr AnchoredTable<M> pack_anchored(const AnchoredPhrase (&phrases)[N]) {
    AnchoredTable<M> t{};
    std::size_t out = 0;
    for (const AnchoredPhrase &p : phrases) {
        std::size_t len = 0;
        while (p.text[len] != 0) ++len;
        t.text[out++] = static_cast<unsigned char>(len);
        for (std::size_t k = 0; k < len; ++k) t.text[out++] = static_cast<unsigned char>(p.text[k]);
        t.text[out++] = p.anchor;
    }
    t.text[out] = 0;
    return t;
}

// Whether any phrase of `table` (pack_anchored) occurs in s, case-insensitively. A phrase is
// tried only where its anchor's two bytes stand (`bytes`: anchor_bytes). This runs on every byte
// of input, so it looks at every other byte first: an anchor at i has one of i, i + 1 odd, and
// that byte is the first or the second byte of an anchor.
template <std::size_t N>
bool contains_any_ci(const unsigned char *s, uint32_t n, const AnchoredTable<N> &table, const AnchorBytes &bytes) {
    for (uint32_t j = 1; j < n; j += 2) {
        if ((bytes.of(s[j]) & (kFirstByte | kSecondByte)) == 0) continue;
        for (uint32_t i = j - 1; i <= j && i + 1 < n; ++i) {
            if (!(bytes.of(s[i]) & kFirstByte) || !(bytes.of(s[i + 1]) & kSecondByte)) continue;
            unsigned char c = ascii_lower(s[i]);
            for (const unsigned char *p = table.text; *p != 0; p += *p + 2) {
                const uint32_t anchor = p[*p + 1], at = i - anchor;  // where the phrase would start
                if (p[1 + anchor] == c && i >= anchor && starts_with_phrase_ci(s + at, n - at, p) != 0) return true;
            }
        }
    }
    return false;
}

// Length of a dash-like separator at s ("-", "--", "_", ":", en or em dash), 0 if none.
uint32_t separator_length(const unsigned char *s, uint32_t n) {
    if (n >= 2 && s[0] == '-' && s[1] == '-') return 2;
    if (n >= 1 && (s[0] == '-' || s[0] == '_' || s[0] == ':')) return 1;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94)) return 3;
    return 0;
}

// Phrases that open a byline, credit, notice or page furniture (lower case); among them wire
// editors' notes and transmission lines ("Eds: Embargoed for Friday."), a syndicate's notices to
// its clients ("The following photos are part of tonight's New York Times Photo Package", "For
// use by clients of the New York Times News Service"), and message furniture (a phone's footer, a
// forwarded or quoted message's header, and its subject line: "From: ..." is a link line, "Sent:
// ..." a date), and a page's: "Scroll down for video", "Sorry we are not currently accepting
// comments on this article" (Daily Mail), "Follow @CNNPhotos on Twitter ...", "Like us on
// Facebook". Russian's rights notice ("Все права защищены", all rights reserved), by script: as
// an opener it costs English text nothing (its group comes after every ASCII letter's), and a
// Russian sentence about rights ("Их права защищены законом") does not open so. Phrases grouped by
// first letter (wordtable.h).
constexpr char kOpenerList[] =
    "|additional reporting|advertisement|compiled by|copyright (c)|editing by|edited by|"
    "e-mail to a friend|eds:|editors:|editor:|editor's note|editors' note|follow @|follow us|"
    "for use by|get outlook for|image by|image credit|image:|like us on facebook|original message|"
    "produced by|photo by|photos by|"
    "photograph by|picture by|pictures by|picture credit|photo credit|photo:|picture:|reporting by|"
    "read more|related:|scroll down|sign up|sorry we are not currently accepting|subscribe to|"
    "subscribe now|share this|source:|story filed by|sent from my|subject:|the following material|the following photos|these columns for release|"
    "these feature stories|video by|writing by|written by|Все права защищены|";
constexpr auto kOpeners = group_phrases<phrase_group_bytes(kOpenerList)>(kOpenerList);
static_assert(kOpeners.sorted, "the openers must be sorted by first letter");
#if PRECIS_WIDE_SCANS
constexpr PrefixFilter kOpenerFilter = prefix_filter(kOpenerList);
static_assert(!kOpenerFilter.all, "the openers' filter takes phrases of four bytes or more");
#endif
// Whether t[0..m) may open with an opener: the filter's answer on 64-bit hosts (language.h).
inline bool may_open_with_opener(const unsigned char *t, uint32_t m) {
#if PRECIS_WIDE_SCANS
    return may_open_with(kOpenerFilter, t, m);
#else
    (void)t;
    (void)m;
    return true;
#endif
}

// Phrases that mark a notice or credit wherever they occur, with their anchors: "ll", "©", "ub",
// "bu", "cl" (about 9% of the bytes of news text, where the phrases' first two bytes were 20%).
// Besides English, by script (no pack needed): the circled "ⓒ" that Korean papers write for
// "©", and Korean's "재배포" (redistribution), which every Korean rights notice forbids ("무단
// 전재 및 재배포 금지", "무단전재-재배포금지"); anchored on bytes that no ASCII text holds.
constexpr AnchoredPhrase kMarkers[] = {
    {1, "all rights reserved"}, {0, "\xC2\xA9"}, {12, "may not be published, broadcast"},
    {6, "contributed to this report"}, {6, "contributed reporting"}, {0, "click here"},
    {1, "\xE2\x93\x92"}, {0, "\xEC\x9E\xAC\xEB\xB0\xB0\xED\x8F\xAC"},
};
constexpr AnchorBytes kMarkerBytes = anchor_bytes(kMarkers);

#if PRECIS_WIDE_SCANS
// On 64-bit hosts (text.h), whose flash is not counted, the markers are found by a skip search
// (Wu and Manber's): the scan above tests every other byte of every sentence (some 480,000
// instructions of a summary's 11.5 million on cnndm), where this looks at the three bytes that
// end a window of the markers' shortest length and moves on by as many bytes as no marker's
// first kWindow bytes could end sooner: 8 for three bytes that are in none of them, which most
// are. A window whose three bytes may end a marker's first kWindow is compared with each marker.
// Bytes fold by | 0x20, which maps both cases of a letter to one (and a few other bytes to
// others: the table only has to be no slower than the truth). The markers that open on a byte
// from 0x80 ("©", "ⓒ", Korean's) may be shorter than a window: they are looked for apart, past
// words of ASCII bytes (text.h), where such a byte stands.
constexpr uint32_t kBlock = 3, kWindow = 10, kShiftBits = 12;
struct MarkerShifts {
    uint8_t by[1u << kShiftBits];  // by the hash of a window's last kBlock bytes: how far it may move
    bool fits;                     // every marker is at least kWindow bytes, or opens above ASCII
};
// The hash of three folded bytes, the first in the low bits.
constexpr uint32_t block_hash(uint32_t three) {
    return static_cast<uint32_t>(((three | 0x202020u) * 0x9E3779B1u) >> (32 - kShiftBits));
}
constexpr bool opens_above_ascii(const char *text) { return static_cast<unsigned char>(text[0]) >= 0x80; }
template <std::size_t N>
constexpr MarkerShifts marker_shifts(const AnchoredPhrase (&phrases)[N]) {
    MarkerShifts t{};
    t.fits = true;
    for (uint8_t &by : t.by) by = kWindow - kBlock + 1;
    for (const AnchoredPhrase &p : phrases) {
        if (opens_above_ascii(p.text)) continue;
        for (uint32_t k = 0; k < kWindow; ++k) t.fits = t.fits && p.text[k] != 0;
        if (!t.fits) return t;
        for (uint32_t end = kBlock - 1; end < kWindow; ++end) {  // the block p.text[end - 2..end]
            const uint32_t three = static_cast<unsigned char>(p.text[end - 2]) |
                                   static_cast<uint32_t>(static_cast<unsigned char>(p.text[end - 1])) << 8 |
                                   static_cast<uint32_t>(static_cast<unsigned char>(p.text[end])) << 16;
            uint8_t &by = t.by[block_hash(three)];
            if (kWindow - 1 - end < by) by = static_cast<uint8_t>(kWindow - 1 - end);
        }
    }
    return t;
}
constexpr MarkerShifts kMarkerShifts = marker_shifts(kMarkers);
static_assert(kMarkerShifts.fits, "the markers' skip search takes markers of kWindow bytes or more, and those above ASCII");

// The first bytes of the markers that open above ASCII, as a set of the byte's low 7 bits: the
// scan below compares a byte from 0x80 with them once, not with each marker.
constexpr uint64_t high_leads(uint32_t half) {
    uint64_t set = 0;
    for (const AnchoredPhrase &p : kMarkers) {
        const uint32_t lead = static_cast<unsigned char>(p.text[0]);
        if (lead >= 0x80 && ((lead >> 6) & 1u) == half) set |= uint64_t{1} << (lead & 63u);
    }
    return set;
}
constexpr uint64_t kHighLeads[2] = {high_leads(0), high_leads(1)};

// Whether one of the markers above ASCII opens at s[i] (s[i] >= 0x80).
bool high_marker_at(const unsigned char *s, uint32_t n, uint32_t i) {
    if ((kHighLeads[(s[i] >> 6) & 1u] >> (s[i] & 63u) & 1u) == 0) return false;
    for (const AnchoredPhrase &p : kMarkers) {
        if (s[i] == static_cast<unsigned char>(p.text[0]) && starts_with_ci(s + i, n - i, p.text)) return true;
    }
    return false;
}

bool has_marker(const unsigned char *s, uint32_t n) {
    // Those above ASCII, at the bytes from 0x80 alone: sixteen bytes a test to the next such byte
    // (language.h), then eight (its place from the test's bits), and the last bytes in one load
    // that ends at n. Going a
    // byte at a time after each test, with every marker compared at each byte, this took 290,000
    // instructions of the 10.9 million of the cnndm profile, nearly all in text without such a byte.
    // (A marker is two bytes at least: none opens at the last byte.)
    uint32_t i = 0;
    for (;;) {
        uint32_t at = 16;  // sixteen bytes a step first (language.h)
        while (i + 16 <= n && (at = first_set(load16(s + i) < 0)) == 16) i += 16;
        if (at < 16) {
            i += at;
            if (i + 1 < n && high_marker_at(s, n, i)) return true;
            ++i;
            continue;
        }
        uint64_t high = 0;
        while (i + kScanBytes <= n && (high = load_scan(s + i) & each_byte(0x80)) == 0) i += kScanBytes;
        if (high == 0) {  // fewer than eight bytes left: none above ASCII, or the last ones
            if (i >= n || (n >= kScanBytes && (load_scan(s + n - kScanBytes) & each_byte(0x80)) == 0)) break;
            while (i < n && s[i] < 0x80) ++i;
            if (i >= n) break;
        } else {
            i += static_cast<uint32_t>(__builtin_ctzll(high)) / 8;
        }
        if (i + 1 < n && high_marker_at(s, n, i)) return true;
        ++i;
    }
    // at: the last byte of the window; a load of the four bytes that end there reads none past it.
    for (uint32_t at = kWindow - 1; at < n;) {
        const uint32_t by = kMarkerShifts.by[block_hash(load4(s + at - 3) >> 8)];
        if (by != 0) {
            at += by;
            continue;
        }
        const uint32_t start = at - (kWindow - 1);
        for (const AnchoredPhrase &p : kMarkers) {
            if (starts_with_ci(s + start, n - start, p.text)) return true;
        }
        ++at;
    }
    return false;
}
#else
// Inlined: the scan's code stays as it was in the firmware build (out of line the call cost 4
// bytes of Cortex-M0+ flash).
PRECIS_ALWAYS_INLINE bool has_marker(const unsigned char *s, uint32_t n) {
    static constexpr auto kTable = pack_anchored<anchored_table_bytes(kMarkers)>(kMarkers);
    return contains_any_ci(s, n, kTable, kMarkerBytes);
}
#endif

// "By Jane Doe." / "By Jane Doe and John Roe, CNN": a short run of capitalized names after "By"
// (a word that opens on ".", tokenized text's lone full stop, counts as one). A name of two words
// or more may end on a comma before the writer's role, in any case, on a line without a final
// stop ("By John Smith, special correspondent in Lyon"): a story sentence that opens on "By" and a
// capitalized time ("By Christmas Eve, the shops had closed.") ends on its stop. CNN's link to a
// section is read the same way after "More from": "More from African Voices .".
bool is_byline(const unsigned char *s, uint32_t n) {
    uint32_t i = 3;
    if (!(n >= 4 && s[0] == 'B' && s[1] == 'y' && is_space(s[2]))) {
        if (!starts_with_ci(s, n, "more from ")) return false;
        i = 10;
    }
    uint32_t words = 0;
    for (; i < n;) {
        i = skip_spaces(s, n, i);
        if (i >= n) break;
        uint32_t start = i;
        while (i < n && !is_space(s[i])) ++i;
        ++words;
        bool capital = is_ascii_upper(s[start]) || s[start] >= 0x80 || s[start] == '.';
        bool joiner = starts_with_ci(s + start, i - start, "and") || starts_with_ci(s + start, i - start, "of");
        if (!capital && !joiner) return false;
        if (words >= 2 && s[i - 1] == ',' && is_ascii_alpha(s[n - 1])) return true;  // the role follows
    }
    return words >= 1 && words <= 6;
}

// Trims spaces at both ends: [*b, *e) is what is left. On 64-bit hosts inlined in its callers,
// and the segmenter's sentences first, which have no space at either end: two tests, where the
// call and the loop took 40 instructions (three calls a sentence). Firmware keeps one call.
#if PRECIS_WIDE_SCANS
PRECIS_ALWAYS_INLINE
#endif
void trim(const unsigned char *s, uint32_t n, uint32_t *b, uint32_t *e) {
#if PRECIS_WIDE_SCANS
    if (n > 0 && !is_space(s[0]) && !is_space(s[n - 1])) {
        *b = 0;
        *e = n;
        return;
    }
#endif
    *b = skip_spaces(s, n, 0);
    *e = n;
    while (*e > *b && is_space(s[*e - 1])) --*e;
}

bool equals(const unsigned char *s, uint32_t n, const char *lit) {
    uint32_t i = 0;
    for (; lit[i] != 0; ++i) {
        if (i >= n || s[i] != static_cast<unsigned char>(lit[i])) return false;
    }
    return i == n;
}

// Out of line: inlined in the pick-up note test and the packs' tests it cost 8 bytes of
// Cortex-M4F flash.
PRECIS_NOINLINE bool is_word_byte(unsigned char c) { return is_ascii_alpha(c) || is_digit(c) || c >= 0x80; }

// A wire editor's slug on its own: "(scl)", "(rn/sl)", "(pvs/ih/kk/gj)", "(ht-cph)": lower-case
// initials between brackets, joined by "/" or "-".
bool is_editor_slug(const unsigned char *s, uint32_t n) {
    if (n < 3 || n > 40 || s[0] != '(' || s[n - 1] != ')') return false;
    uint32_t letters = 0;
    for (uint32_t i = 1; i + 1 < n; ++i) {
        if (is_ascii_lower(s[i])) ++letters;
        else if (s[i] != '/' && s[i] != '-') return false;
    }
    return letters > 0;
}

// A transmission marker that is the whole line, bracketed or not, with a final "." or ":":
// "MORE", "(MORE)", "END", "ENDIT", "(BEGIN OPTIONAL TRIM)", and an interview's "Q." / "A." that
// stands alone. Upper case only: "More." and "End." are words (and content-free anyway). The New
// York Times' "END OF STORY" after the run of X that draws it: "XXXX END OF STORY". Chinese's
// rights notice "版权所有" alone (before other words it may be the copyright holder, "版权所有者").
bool is_wire_marker(const unsigned char *s, uint32_t n) {
    // A phrase table (wordtable.h): no pointer per marker in flash.
    static constexpr auto kMarkersAlone = pack_phrases(
        "|MORE|END|ENDIT|ENDALL|OPTIONAL TRIM|BEGIN OPTIONAL TRIM|END OPTIONAL TRIM|END OF STORY|Q|A|版权所有|");
    static constexpr uint32_t kLongestAlone = [] {
        uint32_t longest = 0;
        for (const unsigned char *p = kMarkersAlone.text; *p != 0; p += *p + 1) longest = *p > longest ? *p : longest;
        return longest;
    }();
    uint32_t b = 0, e = n;
    while (b < e && (s[b] == '(' || s[b] == '[' || s[b] == 'X' || is_space(s[b]))) ++b;
    while (e > b && (s[e - 1] == ')' || s[e - 1] == ']' || s[e - 1] == '.' || s[e - 1] == ':' || is_space(s[e - 1]))) --e;
    // On 64-bit hosts, a line longer than every marker is none: most lines are, and the walk of
    // the markers below compares each one's length.
    if (PRECIS_WIDE_SCANS && e - b > kLongestAlone) return false;
    for (const unsigned char *p = kMarkersAlone.text; *p != 0; p += *p + 1) {
        if (*p != e - b) continue;  // the whole line is the marker
        uint32_t k = 0;
        while (k < *p && s[b + k] == p[1 + k]) ++k;
        if (k == *p) return true;
    }
    return false;
}

// A rule drawn with underscores, dashes or equals signs: "___", "------", "=====".
bool is_rule(const unsigned char *s, uint32_t n) {
    uint32_t marks = 0;
    for (uint32_t i = 0; i < n; ++i) {
        if (s[i] == '_' || s[i] == '-' || s[i] == '=') ++marks;
        else if (!is_space(s[i])) return false;
    }
    return marks >= 3;
}

// An editor's pick-up note: "The talks, 4th graf pvs", "graf 5 pvs", "3rd graf prv". "graf" in
// lower case ("Steffi Graf" is a name) with a "previous" abbreviation.
bool is_pickup_note(const unsigned char *s, uint32_t n) {
    constexpr uint32_t kLongestNote = 120;  // a few words: long sentences are not scanned at all
    if (n > kLongestNote) return false;
    // "graf" anywhere first, a word at a time (text.h) where none is a 'g': nearly every line ends here.
    for (uint32_t i = 0;; ++i) {
#if PRECIS_WIDE_SCANS
        for (; i + 16 <= n; i += 16) {  // sixteen bytes a step first, on 64-bit hosts (language.h)
            const uint32_t at = first_set(load16(s + i) == 'g');
            if (at < 16) {
                i += at;
                break;
            }
        }
#endif
        while (PRECIS_WORD_SCANS && i + kScanBytes <= n && !has_zero_byte(load_scan(s + i) ^ each_byte('g')))
            i += kScanBytes;
        if (i + 4 > n) return false;
        if (equals(s + i, 4, "graf")) break;
    }
    static constexpr auto kPrevious = pack_phrases("|pvs|prv|prev|previous|");
    bool graf = false, previous = false;
    for (uint32_t i = 0; i < n; ++i) {  // each whole word
        const uint32_t b = i;
        while (i < n && is_word_byte(s[i])) ++i;
        const uint32_t len = i - b;
        graf = graf || ((len == 4 || (len == 5 && s[b + 4] == 's')) && equals(s + b, 4, "graf"));  // or "grafs"
        for (const unsigned char *p = kPrevious.text; *p != 0; p += *p + 1) {
            previous = previous || (*p == len && starts_with_phrase_ci(s + b, len, p) != 0);
        }
    }
    return graf && previous;
}

// A quoted line of an earlier message: "> Hi Tom," (">>" for older ones).
bool is_quoted_reply(const unsigned char *s, uint32_t n) { return n > 0 && s[0] == '>'; }

// The line that introduces a quoted message: "On Fri, 3 May 2024, Tom <tom@example.com> wrote:".
// A news sentence may end in "wrote:" before a quotation, so the line must also open on "On " or
// hold an address.
bool is_reply_header(const unsigned char *s, uint32_t n) {
    static const char kWrote[] = "wrote:";
    constexpr uint32_t kWroteLength = sizeof kWrote - 1;
    if (n < kWroteLength || !starts_with_ci(s + n - kWroteLength, kWroteLength, kWrote)) return false;
    if (n >= 3 && s[0] == 'O' && s[1] == 'n' && s[2] == ' ') return true;
    for (uint32_t i = 0; i < n; ++i) {
        if (s[i] == '@') return true;
    }
    return false;
}

// The length of the first phrase of a grouped table (wordtable.h) that s[0..n) opens with as a
// whole word, ASCII letters in either case; 0 when none does. A whole word as is_word_byte reads
// one: has_phrase_prefix's test, and no byte from 0x80 after it ("Thanks…", "Hiré"). One lookup
// for the sign-offs, the greetings and the stamp words, out of line.
PRECIS_NOINLINE uint32_t opening_phrase(const unsigned char *groups, const unsigned char *s, uint32_t n) {
    const uint32_t len = has_phrase_prefix(groups, s, n, true);
    return len < n && s[len] >= 0x80 ? 0 : len;
}

// Sign-offs grouped by first letter (wordtable.h), longest first where one phrase opens another
// ("best regards" before "best"): a line hops to its own letter's few.
constexpr char kSignOffList[] =
    "|all the best|best regards|best wishes|best|cheers|kind regards|many thanks|regards|sincerely|"
    "thanks again|thank you|thanks|take care|warm regards|warmest regards|with regards|"
    "yours sincerely|yours truly|yours faithfully|";
constexpr auto kSignOffs = group_phrases<phrase_group_bytes(kSignOffList)>(kSignOffList);
static_assert(kSignOffs.sorted, "the sign-offs must be sorted by first letter");
#if PRECIS_WIDE_SCANS
constexpr PhraseFilter kSignOffFilter = first_word_filter(kSignOffList);
#endif

// What a sign-off line s[..e) holds after its phrase, from i: a ",", "!" or ".", then nothing, or
// a name on the same line: at most three capitalized words (a byte from 0x80 may open "Łukasz"
// or "Ömer").
bool ends_as_sign_off(const unsigned char *s, uint32_t i, uint32_t e) {
    if (i < e && (s[i] == ',' || s[i] == '!' || s[i] == '.')) ++i;
    uint32_t words = 0;
    for (i = skip_spaces(s, e, i); i < e; i = skip_spaces(s, e, i)) {
        if (!(is_ascii_upper(s[i]) || s[i] >= 0x80) || ++words > 3) return false;
        while (i < e && !is_space(s[i])) ++i;
    }
    return true;
}

// Whether the line s[b..e) ends as a greeting does: on a ",", "!" or ":".
bool has_greeting_mark(const unsigned char *s, uint32_t b, uint32_t e) {
    return e > b && (s[e - 1] == ',' || s[e - 1] == '!' || s[e - 1] == ':');
}

// What a greeting line s[..e) holds after its greeting word, from i: at most three words (a name,
// "all", "team") before the final mark.
bool ends_as_greeting(const unsigned char *s, uint32_t i, uint32_t e) {
    uint32_t words = 0;
    for (i = skip_spaces(s, e, i); i < e - 1; i = skip_spaces(s, e, i)) {
        if (++words > 3) return false;
        while (i < e - 1 && !is_space(s[i])) ++i;
    }
    return true;
}

// What opens a page's time stamp (is_time_stamp), grouped by first letter.
constexpr char kStampWordList[] = "|first published|last updated|posted|published|updated|";
constexpr auto kStampWords = group_phrases<phrase_group_bytes(kStampWordList)>(kStampWordList);
static_assert(kStampWords.sorted, "the stamp words must be sorted by first letter");
// Their first letters: a test that stops nearly every unit before the lookup, which would run for
// each (0.2% of the instructions a summary takes), kept in step with the list below.
constexpr bool opens_stamp_word(unsigned char lower) { return lower == 'f' || lower == 'l' || lower == 'p' || lower == 'u'; }
constexpr bool stamp_initials_listed() {
    for (std::size_t i = 0; i + 1 < sizeof kStampWordList; ++i) {
        if (kStampWordList[i] == '|' && kStampWordList[i + 1] != 0 &&
            !opens_stamp_word(static_cast<unsigned char>(kStampWordList[i + 1])))
            return false;
    }
    return true;
}
static_assert(stamp_initials_listed(), "opens_stamp_word must know each stamp word's first letter");

// A page's time stamp: "Published 03/10/2024 at 14:32", "Updated October 3, 2024 at 15:10 ET",
// "Last updated: 3 Oct 2024", "PUBLISHED: 22:55 EST, 15 March 2015 | UPDATED: ...". A stamp word
// or a clock time first ("22:55 EST, 15 March 2015", left under a stamp word), then a number, and
// no word in lower case of more letters than "at", "on", "pm" or "a.m.": "Updated figures show a rise.",
// "Posted 5 goals in March." and a live report's "10:30 Police reach the scene." are sentences.
PRECIS_NOINLINE bool is_time_stamp(const unsigned char *s, uint32_t n) {
    if (n == 0 || !(is_digit(s[0]) || opens_stamp_word(s[0] | 0x20))) return false;
    uint32_t i = opening_phrase(kStampWords.text, s, n);
    if (i == 0 && !(n > 3 && is_digit(s[0]) && (s[1] == ':' || (is_digit(s[1]) && s[2] == ':')))) return false;
    bool number = false, lower = false;
    for (uint32_t run = 0; i < n; ++i) {  // run: the letters so far of the word at i
        if (!is_ascii_alpha(s[i])) {
            number = number || is_digit(s[i]);
            run = 0;
            continue;
        }
        if (run++ == 0) lower = is_ascii_lower(s[i]);
        if (lower && run > 2) return false;  // "at", "on", "pm" and "a.m." have two at most
    }
    return number;
}

}  // namespace

bool is_sign_off(const unsigned char *s, uint32_t n) {
    uint32_t b, e;
    trim(s, n, &b, &e);
#if PRECIS_WIDE_SCANS
    if (!may_open_with_word(kSignOffFilter, s + b, e - b)) return false;  // most lines (language.h)
#endif
    const uint32_t len = opening_phrase(kSignOffs.text, s + b, e - b);
    if (len == 0) return false;  // none, or not as a whole word: "Bestow", "Thanksgiving"
    return ends_as_sign_off(s, b + len, e);
}

bool is_greeting(const unsigned char *s, uint32_t n) {
    static constexpr char kGreetingList[] = "|dear|good afternoon|good evening|good morning|hello|hey|hi|";
    static constexpr auto kGreetings = group_phrases<phrase_group_bytes(kGreetingList)>(kGreetingList);
    static_assert(kGreetings.sorted, "the greetings must be sorted by first letter");
    uint32_t b, e;
    trim(s, n, &b, &e);
    if (!has_greeting_mark(s, b, e)) return false;
    const uint32_t len = opening_phrase(kGreetings.text, s + b, e - b);
    if (len == 0) return false;  // none, or not as a whole word: "Hiring", "Heyday"
    return ends_as_greeting(s, b + len, e);
}

bool is_signature_delimiter(const unsigned char *s, uint32_t n) {
    // On 64-bit hosts, most lines first: one that opens on a byte that is neither a space nor '-'.
    if (PRECIS_WIDE_SCANS && n > 0 && !is_space(s[0]) && s[0] != '-') return false;
    uint32_t b, e;
    trim(s, n, &b, &e);
    return equals(s + b, e - b, "--");
}

bool ends_on_address(const unsigned char *s, uint32_t n) {
#if PRECIS_WIDE_SCANS
    // On 64-bit hosts, most sentences say no in a look or two at their last bytes, eight at a
    // time from the end: the byte loop below took some 300 instructions a sentence (250,000 of the
    // 10.9 million of the cnndm profile). An address's run holds '@', '/' (after a dot, or a ':'
    // before it), or the '(' of "(at)"; the ':' test reads the next byte with its case bit set, so
    // 0x0F stands for '/' there. Once a word holds a space, and it and the words after it none of
    // those bytes, the last run lies in them and holds none: no address. A word with one of them
    // goes to the loop. (A byte that tests zero below proves one in its word.)
    for (uint32_t e = n; e >= kScanBytes; e -= kScanBytes) {
        const uint64_t w = load_scan(s + e - kScanBytes);
        if (has_zero_byte((w | each_byte(0x20)) ^ each_byte('/')) || has_zero_byte(w ^ each_byte('@')) ||
            has_zero_byte(w ^ each_byte('(')))
            break;
        if (has_zero_byte(w ^ each_byte(' '))) return false;
    }
#endif
    bool slash = false;  // a slash after this byte in the run
    for (uint32_t i = n; i-- > 0 && !is_space(s[i]);) {
        const unsigned char c = s[i], next = i + 1 < n ? s[i + 1] | 0x20 : 0;  // '/' and ')' stay
        if (c == '@' || (c == '.' && slash) || (c == ':' && next == '/') ||
            (c == '(' && next == 'a' && i + 3 < n && (s[i + 2] | 0x20) == 't' && s[i + 3] == ')'))
            return true;
        slash = slash || c == '/';
    }
    return false;
}

uint32_t dateline_length(const unsigned char *s, uint32_t n) { return dateline_length(s, n, nullptr); }

uint32_t dateline_length(const unsigned char *s, uint32_t n, const LanguagePack *pack) {
    const bool any_case_agency = has_additions(pack);
    // A head of place-name words and a date: letters, digits, spaces, commas, periods, inner
    // hyphens; at most 48 bytes ("PARIS, February 20 (Xinhua) --"). Lower case counts before a
    // comma, and after one at a word's start: the region after a place in capitals is written as
    // it is ("SPARTA, Ga. _", "DAYTON, Ohio _").
    uint32_t i = 0, upper = 0, lowercase = 0;
    bool region = false;
    while (i < n && i < 48 &&
           (is_ascii_alpha(s[i]) || is_digit(s[i]) || s[i] == ' ' || s[i] == ',' || s[i] == '.' || s[i] == '\'' ||
            (s[i] == '-' && i + 1 < n && is_ascii_alpha(s[i + 1])))) {  // "PORT-AU-PRINCE"
        if (is_ascii_upper(s[i])) ++upper;
        if (is_ascii_lower(s[i]) && (!region || s[i - 1] == ' ')) ++lowercase;
        region = region || s[i] == ',';
        ++i;
    }
    uint32_t head_end = i;
    bool agency = false;
    if (i < n && s[i] == '(') {
        uint32_t j = i + 1;
        while (j < n && j < i + 24 && s[j] != ')' && s[j] != '(') ++j;
        if (j < n && s[j] == ')' && j > i + 1 && (is_ascii_upper(s[i + 1]) || (any_case_agency && is_ascii_lower(s[i + 1])))) {
            agency = true;
            i = j + 1;
            if (any_case_agency && i + 1 < n && s[i] == '.' && (s[i + 1] == '-' || s[i + 1] == 0xE2)) ++i;  // "(EFE).-"
        }
    }
    // The head must look like a place: capitals, then a region ("LONDON, England"), or with an
    // agency any place ("Los Angeles (CNN)"); or nothing at all.
    if (head_end > 0 && (!is_ascii_upper(s[0]) || (!agency && (upper < 4 || lowercase > 0)))) return 0;
    if (!agency && head_end == 0) return 0;
    uint32_t k = skip_spaces(s, n, i);
    uint32_t sep = separator_length(s + k, n - k);
    // "NAME (X)" without a separator is a sentence, not a dateline; "(CNN)Text" is one, and so is
    // "Los Angeles (CNN)Three": an agency glued to the capital that starts the story.
    bool glued = agency && k == i && i < n && is_ascii_upper(s[i]);
    if (sep > 0) {
        k = skip_spaces(s, n, k + sep);
    } else if (!agency || (head_end > 0 && !glued)) {
        return 0;
    }
    return k < n ? k : 0;
}

bool is_boilerplate_but_sign_off(const unsigned char *s, uint32_t n) {
    if (is_quoted_reply(s, n) || is_reply_header(s, n) || is_greeting(s, n)) return true;
    if (is_editor_slug(s, n) || is_wire_marker(s, n) || is_rule(s, n) || is_pickup_note(s, n)) return true;
    // Leading list markers and brackets do not hide a byline: "* Writing by ...", "(Reporting by".
    uint32_t i = 0;
    while (i < n && (is_space(s[i]) || s[i] == '*' || s[i] == '-' || s[i] == '(' || s[i] == '[')) ++i;
    const unsigned char *t = s + i;
    uint32_t m = n - i;
    if (may_open_with_opener(t, m) && has_phrase_prefix(kOpeners.text, t, m, false)) return true;
    // "Copyright 2022 Agency." but not "Copyright law ...".
    if (starts_with_ci(t, m, "copyright ") && m > 10 && is_digit(t[10])) return true;
    if (is_time_stamp(t, m)) return true;
    if (has_marker(t, m)) return true;
    return is_byline(t, m);
}

}  // namespace precis::detail

namespace precis::detail {
namespace {

// Latin-1 capitals folded (À..Þ -> à..þ) besides ASCII: the bytes of a lower-case phrase match
// either case. Compares s[0..n) from its start with `lit`; returns the bytes matched or 0.
uint32_t match_folded(const unsigned char *s, uint32_t n, const char *lit) {
    uint32_t i = 0;
    for (; lit[i] != 0; ++i) {
        if (i >= n) return 0;
        unsigned char c = ascii_lower(s[i]);
        if (i > 0 && s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) c = static_cast<unsigned char>(c + 0x20);
        if (c != static_cast<unsigned char>(lit[i])) return 0;
    }
    return i;
}

bool starts_with_any(const unsigned char *s, uint32_t n, const PhraseList &l) {
    for (uint32_t k = 0; k < l.count; ++k) {
        if (match_folded(s, n, l.phrases[k]) != 0) return true;
    }
    return false;
}

bool contains_any(const unsigned char *s, uint32_t n, const PhraseList &l) {
    for (uint32_t i = 0; i < n; ++i) {
        if (i > 0 && (s[i] & 0xC0) == 0x80) continue;  // inside a UTF-8 sequence
        if (starts_with_any(s + i, n - i, l)) return true;
    }
    return false;
}

// The word at s[i..) (up to whitespace), lower-cased into buf as the word tables hold it.
uint32_t word_at(const unsigned char *s, uint32_t n, uint32_t i, char *buf, uint32_t cap, uint32_t *len) {
    uint32_t k = 0;
    for (; i < n && !is_space(s[i]); ++i) {
        if (k < cap) buf[k] = static_cast<char>(ascii_lower(s[i]));
        ++k;
    }
    *len = k;
    return i;
}

// "Von Hans Müller", "Par Jean Dupont et Marie Durand": the pack's byline word, then one to six
// capitalized names or joiners, and nothing else.
bool is_pack_byline(const unsigned char *s, uint32_t n, const LanguagePack *pack) {
    char buf[16];
    uint32_t len = 0;
    if (n == 0 || !is_ascii_upper(s[0])) return false;
    uint32_t i = word_at(s, n, 0, buf, sizeof buf, &len);
    if (len > sizeof buf || !in_word_list(pack->byline_words, buf, len)) return false;
    uint32_t words = 0;
    for (i = skip_spaces(s, n, i); i < n; i = skip_spaces(s, n, i)) {
        const uint32_t start = i;
        i = word_at(s, n, i, buf, sizeof buf, &len);
        ++words;
        const bool capital = is_ascii_upper(s[start]) || s[start] >= 0x80;
        const bool joiner = len <= sizeof buf && in_word_list(pack->name_joiners, buf, len);
        if (!capital && !joiner) return false;
    }
    return words >= 1 && words <= 6;
}

// Whether the line s[b..e) opens with one of `phrases` as a whole word (no letter or digit goes
// on after it: "Hallo" is not "Halloween") and `rest` (ends_as_sign_off, ends_as_greeting) takes
// what follows: any phrase that does, so that no phrase must come before another.
bool opens_line_with(const unsigned char *s, uint32_t b, uint32_t e, const PhraseList &phrases,
                     bool (*rest)(const unsigned char *, uint32_t, uint32_t)) {
    for (uint32_t k = 0; k < phrases.count; ++k) {
        const uint32_t i = b + match_folded(s + b, e - b, phrases.phrases[k]);
        if (i > b && (i == e || !is_word_byte(s[i])) && rest(s, i, e)) return true;
    }
    return false;
}

// A greeting line, as is_greeting reads English ones: "Bonjour Bob,", "Sehr geehrte Damen und
// Herren,", "¡Hola a todos!".
bool is_pack_greeting(const unsigned char *s, uint32_t n, const LanguagePack *pack) {
    uint32_t b, e;
    trim(s, n, &b, &e);
    return has_greeting_mark(s, b, e) && opens_line_with(s, b, e, pack->units->greetings, ends_as_greeting);
}

// The line that introduces a quoted message: "Le lun. 2 oct. 2023 à 09:14, Bob Dupont
// <bob@example.com> a écrit :", "Am 02.10.2023 um 09:14 schrieb Bob Dupont:". The pack's verb
// as a word, anywhere (German and Dutch put it before the name), and a final ":". A news
// sentence may end so before a quotation ("Le ministre a écrit :"), and English's test that the
// line opens on "On " has no match in the packs' languages, whose word there is an article or a
// preposition ("Le", "El", "Il", "Am", "Op"): so the line must also hold an address, or a time of
// day ("09:14"), as every mail client's header does.
bool is_pack_reply_header(const unsigned char *s, uint32_t n, const LanguagePack *pack) {
    uint32_t b, e;
    trim(s, n, &b, &e);
    if (e == b || s[e - 1] != ':') return false;
    bool verb = false, address_or_time = false;
    for (uint32_t i = b; i < e; ++i) {
        address_or_time = address_or_time || s[i] == '@' ||
                          (is_digit(s[i]) && i + 3 < e && s[i + 1] == ':' && is_digit(s[i + 2]) && is_digit(s[i + 3]));
        if (verb || (i > b && !is_space(s[i - 1]))) continue;  // words' starts only
        for (uint32_t k = 0; k < pack->units->reply_verbs.count && !verb; ++k) {
            const uint32_t len = match_folded(s + i, e - i, pack->units->reply_verbs.phrases[k]);
            verb = len != 0 && !is_word_byte(s[i + len]);  // before the final ":" at the latest
        }
    }
    return verb && address_or_time;
}

// A line of a forwarded or quoted message's header: "De : Marie Dupont <marie@example.fr>",
// "Betreff: Fahrplan". The pack's field name, then its ":", after a space or a no-break space
// (narrow or not) in French typography.
bool is_pack_header_field(const unsigned char *s, uint32_t n, const LanguagePack *pack) {
    const uint32_t b = skip_spaces(s, n, 0);
    for (uint32_t k = 0; k < pack->units->header_fields.count; ++k) {
        uint32_t i = b + match_folded(s + b, n - b, pack->units->header_fields.phrases[k]);
        if (i == b) continue;
        for (;;) {
            if (i < n && s[i] == ' ') i += 1;
            else if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xA0) i += 2;
            else if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xAF) i += 3;
            else break;
        }
        if (i < n && s[i] == ':') return true;
    }
    return false;
}

}  // namespace

bool is_language_boilerplate(const unsigned char *s, uint32_t n, const LanguagePack *pack) {
    if (!has_additions(pack)) return false;
    if (is_pack_greeting(s, n, pack) || is_pack_reply_header(s, n, pack) || is_pack_header_field(s, n, pack)) return true;
    uint32_t i = 0;
    while (i < n && (is_space(s[i]) || s[i] == '*' || s[i] == '-' || s[i] == '(' || s[i] == '[')) ++i;
    const unsigned char *t = s + i;
    const uint32_t m = n - i;
    return starts_with_any(t, m, pack->boilerplate_openers) || contains_any(t, m, pack->boilerplate_markers) ||
           is_pack_byline(t, m, pack);
}

bool is_language_sign_off(const unsigned char *s, uint32_t n, const LanguagePack *pack) {
    if (!has_additions(pack)) return false;
    uint32_t b, e;
    trim(s, n, &b, &e);
    return opens_line_with(s, b, e, pack->units->sign_offs, ends_as_sign_off);
}

}  // namespace precis::detail
