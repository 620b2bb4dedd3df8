// Sentence segmenter. One forward pass; every look-ahead or look-behind is bounded by a small
// constant or stops at the next non-space byte (which the main loop then passes once more), so
// the total work is linear in the text length. Only read-only tables, no allocation.
#include "segment.h"

#include "content.h"
#include "language.h"
#include "text.h"
#include "wordtable.h"

namespace precis::detail {
namespace {

using u8 = unsigned char;

// Word tables (wordtable.h): lower case, sorted, each word between single spaces.
//
// Titles come before a name: a period after them never ends a sentence.
constexpr char kTitles[] =
    " adm atty brig capt cmdr col cpl det dr drs fr gen gov hon insp lt maj messrs mme mr mrs ms pfc"
    " pres prof pvt rep rev sen sens sgt spc supt ";
// Other abbreviations: they can end a sentence, so their period is a boundary only when the
// next word is one that typically opens a sentence (kStarters): "Co. It closed", but
// "Apple Inc. Chief Executive". US state abbreviations are AP dateline style ("Ga.", "Calif.");
// words that are also ordinary words (ill, mass, miss, ore, wash, sun, sat, wed) are left out.
constexpr char kAbbrevs[] =
    " al ala approx apr ariz ark assn aug ave blvd bros calif cf co colo conn corp dec dept esp"
    " etc feb fla fri ft ga hwy inc jan jr jul jun kan kans ky ltd mar md mich minn mo mon mont mt"
    " neb nev nov oct okla pa penn rd sep sept sr st tenn tex thu thur thurs tue tues univ va vs"
    " vt wis wyo ";
// Abbreviations that stand before a number ("No. 10", "p. 55", "N°. 12"); before anything else
// they are read as ordinary words ("He said no. John left.").
constexpr char kNumberAbbrevs[] =
    " art ch fig figs no nos nr n\xc2\xb0 n\xc2\xba p pp sec vol vols ";
// Capitalized words that usually open a sentence (pragmatic_segmenter uses the same idea).
constexpr char kStarters[] =
    " a after all an and as at but by did do for from he her here his how however i if in it its"
    " many more most my now on once one our she since so some that the their then there these they"
    " this those to we what when where which while who why with yet you your ";

enum WordClass { kOrdinary, kTitle, kAbbrev, kNumberAbbrev };

constexpr auto kTitleTable = index_words_in<word_table_bytes(kTitles)>(kTitles);
constexpr auto kAbbrevTable = index_words_in<word_table_bytes(kAbbrevs)>(kAbbrevs);
constexpr auto kNumberAbbrevTable = index_words_in<word_table_bytes(kNumberAbbrevs)>(kNumberAbbrevs);
constexpr auto kStarterTable = index_words_in<word_table_bytes(kStarters)>(kStarters);
static_assert(kTitleTable.sorted && kAbbrevTable.sorted && kNumberAbbrevTable.sorted && kStarterTable.sorted,
              "word tables must be sorted by first letter");
static_assert(ascii_initials(kTitleTable) && ascii_initials(kAbbrevTable) && ascii_initials(kNumberAbbrevTable) &&
                  ascii_initials(kStarterTable),
              "the English tables' words start with a-z (wordtable.h, ascii_initials)");
// A word before a period that is longer is in none of the three tables: most words that end a
// sentence ("yesterday.") are, and are not looked up.
constexpr std::size_t kLongestAbbreviation = [] {
    const std::size_t title = longest_word(kTitleTable), other = longest_word(kAbbrevTable);
    const std::size_t before_number = longest_word(kNumberAbbrevTable);
    const std::size_t longest = title > other ? title : other;
    return longest > before_number ? longest : before_number;
}();

#if PRECIS_WIDE_SCANS
// On 64-bit hosts, a filter in front of word_class's three table walks: most words before a
// period ("said.", "year.") are in none of the tables, and a bit of a 1024-bit set (language.h's
// PhraseFilter), made from the tables' words, says so for most of them in a multiply and a shift.
// A clear bit proves a word in none (a set bit only sends it to the walks). A word is its bytes
// as one number, little-endian; the walks compare bytes, so any bytes give the same answer.
constexpr void add_words(PhraseFilter &filter, const char *list) {
    uint64_t word = 0;
    uint32_t len = 0;
    for (const char *p = list; *p != 0; ++p) {
        if (*p != ' ') {
            word |= uint64_t{static_cast<unsigned char>(*p)} << (8 * len++);
        } else if (len > 0) {
            add_key(filter, word);
            word = 0;
            len = 0;
        }
    }
}
constexpr PhraseFilter kEnglishFilter = [] {
    PhraseFilter filter{};
    add_words(filter, kTitles);
    add_words(filter, kAbbrevs);
    add_words(filter, kNumberAbbrevs);
    return filter;
}();
static_assert(kLongestAbbreviation <= 8, "the filter holds words of eight bytes at most");

// The number of ASCII letters that w's last bytes in memory (little-endian: its high bytes) are,
// 0..8: is_ascii_alpha on each byte, as a lower-case test after setting the case bit.
inline uint32_t trailing_ascii_letters(uint64_t w) {
    const uint64_t other = ~ascii_lower_bytes(w | each_byte(0x20)) & each_byte(0x80);  // the case bit leaves bit 7 as it is
    return other == 0 ? 8 : static_cast<uint32_t>(__builtin_clzll(other)) / 8;
}

// Whether the word whose bytes are `word`'s (the first in its low bits, zeros after the last)
// may be a word of the tables: its bit of the filter.
inline bool in_english_filter(uint64_t word) { return has_key(kEnglishFilter, word); }
#endif

// Whether w[0..n) (in a buffer of at least 8 bytes) may be a word of kTitles, kAbbrevs or
// kNumberAbbrevs; false proves it is none. Firmware walks the tables.
inline bool may_be_english_abbreviation(const char *w, uint32_t n) {
#if PRECIS_WIDE_SCANS
    if (n > kLongestAbbreviation) return false;
    uint64_t word;
    std::memcpy(&word, w, sizeof word);
    if (n < 8) word &= (uint64_t{1} << (8 * n)) - 1;
    return in_english_filter(word);
#else
    (void)w;
    (void)n;
    return true;
#endif
}

bool is_line_break(u8 c) { return c == '\n' || c == '\r'; }

uint32_t decode(const u8 *t, uint32_t n, uint32_t i, uint32_t *cp) {
    return static_cast<uint32_t>(utf8_decode(t + i, n - i, cp, nullptr));
}

// Lower-case letters of the scripts news text mixes in: ASCII, Latin-1, Latin Extended-A,
// Greek, Cyrillic. A sentence never starts with one.
bool is_lower_at(const u8 *t, uint32_t n, uint32_t i) {
    uint32_t cp;
    decode(t, n, i, &cp);
    if (cp < 0x80) return is_ascii_lower(static_cast<u8>(cp));
    return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x100 && cp <= 0x17F && (cp & 1u)) ||
           (cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F);
}

// Bytes of a closing quote or bracket at t[i], or 0: ” ’ » › and ASCII " ' ) ] }.
// Two ASCII apostrophes (AP's '' closing quote) are simply two closers. Out of line: GCC split
// it and inlined its ASCII test in its callers (6 bytes of Cortex-M4F flash).
PRECIS_NOINLINE uint32_t closer_len(const u8 *t, uint32_t n, uint32_t i) {
    if (i >= n) return 0;
    const u8 c = t[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
    if (c == 0xC2 && i + 1 < n && t[i + 1] == 0xBB) return 2;
    if (c == 0xE2 && i + 2 < n && t[i + 1] == 0x80 &&
        (t[i + 2] == 0x99 || t[i + 2] == 0x9D || t[i + 2] == 0xBA))
        return 3;
    return 0;
}

// Bytes of an opening quote or bracket at t[i], or 0: “ ‘ and ASCII ( [ " ' `.
uint32_t opener_len(const u8 *t, uint32_t n, uint32_t i) {
    if (i >= n) return 0;
    const u8 c = t[i];
    if (c == '(' || c == '[' || c == '"' || c == '\'' || c == '`') return 1;
    if (c == 0xE2 && i + 2 < n && t[i + 1] == 0x80 && (t[i + 2] == 0x9C || t[i + 2] == 0x98))
        return 3;
    return 0;
}

// With a language pack (any language but the default English), the closing quotes of other
// typographies: French « ... » with a space or no-break space before », and German „ ... “, whose
// closing “ opens a quotation in English. Bytes at t[i], or 0. “ and ‘ count only before
// whitespace or the end: after a terminator, they can only close. Out of line: the segmenter
// inlined it at each terminator it handles (28 bytes of Cortex-M0+ flash).
PRECIS_NOINLINE uint32_t pack_closer_len(const u8 *t, uint32_t n, uint32_t i) {
    uint32_t k = i, spaces = 0;
    for (; k < n && spaces < 2; ++spaces) {
        if (t[k] == ' ') k += 1;
        else if (k + 1 < n && t[k] == 0xC2 && t[k + 1] == 0xA0) k += 2;                      // U+00A0
        else if (k + 2 < n && t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0xAF) k += 3;  // U+202F
        else break;
    }
    if (k + 1 < n && t[k] == 0xC2 && t[k + 1] == 0xBB) return k + 2 - i;                      // »
    if (k + 2 < n && t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0xBA) return k + 3 - i;  // ›
    if (spaces == 0 && i + 2 < n && t[i] == 0xE2 && t[i + 1] == 0x80 && (t[i + 2] == 0x9C || t[i + 2] == 0x98) &&
        (i + 3 == n || is_space(t[i + 3])))
        return 3;
    return 0;
}

// Sentence terminators of scripts other than Latin, Greek and Cyrillic's ". ! ?": the ideographic
// full stop and its half-width form, full-width ! ? and full stop, the Arabic question mark, the
// Urdu full stop, the Devanagari danda and double danda, the Greek question mark (U+037E; Greek
// text mostly writes it as ASCII ';', see ends_at_script_terminator), the Armenian full stop, the
// Ethiopic full stop, the Myanmar section mark, the Khmer khan and bariyosan. Those scripts have
// no letter case, so the next word cannot say whether a sentence ends: these always end one.
bool is_script_terminator(uint32_t cp) {
    static constexpr uint16_t kTerminators[] = {0x3002, 0xFF61, 0xFF01, 0xFF1F, 0xFF0E, 0x061F, 0x06D4,
                                                0x0964, 0x0965, 0x037E, 0x0589, 0x1362, 0x104B, 0x17D4, 0x17D5};
    for (uint16_t t : kTerminators) {
        if (cp == t) return true;
    }
    return false;
}

// Thai and Lao write no sentence mark: in a sentence that opens in their script, a space between
// two of their letters ends it, or a clause that stands as one (PyThaiNLP's whitespace splitter
// does the same; it also splits a name's given name from its surname, a cost of the rule).
// Whether q[0..3) is such a letter: U+0E01..U+0E4E or U+0E81..U+0ECE, not the repetition marks
// ๆ ໆ (a space follows them inside a phrase: "ต่างๆ นานา") nor the abbreviation marks ฯ ຯ
// ("กรุงเทพฯ เป็น"); digits and signs are no letters.
bool spaced_script_letter(const u8 *q) {
    if (q[0] != 0xE0 || (q[1] & 0xFC) != 0xB8 || (q[2] & 0xC0) != 0x80) return false;
    const unsigned offset = (q[1] & 1u) << 6 | (q[2] & 0x3Fu);  // from U+0E00 or U+0E80
    return offset != 0 && offset < 0x4F && offset != 0x46 && offset != 0x2F;
}

// Whether the sentence that starts at t[begin] ends before the space at t[j - 1] (t[j] == 0xE0).
PRECIS_NOINLINE bool spaced_script_break(const u8 *t, uint32_t n, uint32_t begin, uint32_t j) {
    return j >= begin + 4 && j + 2 < n && t[j - 1] == ' ' && spaced_script_letter(t + j) &&
           spaced_script_letter(t + j - 4) && spaced_script_letter(t + begin);
}

// Bytes of a closing quote or bracket of CJK text at t[i], or 0: 」 』 ） 】 〕 〉 》 ＂ ＇, and
// the closers of closer_len.
uint32_t script_closer_len(const u8 *t, uint32_t n, uint32_t i) {
    const uint32_t ascii = closer_len(t, n, i);
    if (ascii != 0 || i + 2 >= n) return ascii;
    if (t[i] == 0xE3 && t[i + 1] == 0x80 &&
        (t[i + 2] == 0x8D || t[i + 2] == 0x8F || t[i + 2] == 0x91 || t[i + 2] == 0x95 || t[i + 2] == 0x89 ||
         t[i + 2] == 0x8B))
        return 3;
    if (t[i] == 0xEF && t[i + 1] == 0xBC && (t[i + 2] == 0x89 || t[i + 2] == 0x82 || t[i + 2] == 0x87)) return 3;
    return 0;
}

// Class of the word that ends just before the period at t[j], looking back at most 16 bytes
// and never before `lo`. Words with inner periods whose parts have one or two letters are
// initialisms (U.S, e.g, a.m, Ph.D); a lone capital is an initial (J. K. Rowling).
WordClass word_class(const u8 *t, uint32_t lo, uint32_t j, const LanguagePack *pack) {
    uint32_t w = j;
    // plain: t[w..j) are ASCII letters after a space, which the loops below would find a byte at
    // a time.
    bool plain = false;
#if PRECIS_WIDE_SCANS
    // On 64-bit hosts, the eight bytes before the period in one test, without a pack (whose
    // letters and rules the loops handle): most periods end a plain word. Seven letters or more
    // make an ordinary word, dotted (its last part is long) or not (it is longer than any
    // abbreviation).
    if (!has_additions(pack) && j >= 8) {
        const uint64_t before = load_scan(t + j - 8);
        const uint32_t letters = trailing_ascii_letters(before);
        static_assert(kLongestAbbreviation + 1 <= 8, "seven letters fit in the eight bytes");
        if (letters > kLongestAbbreviation && j - lo > kLongestAbbreviation) return kOrdinary;
        if (letters > 0 && letters <= kLongestAbbreviation && j - letters > lo && is_space(t[j - letters - 1])) {
            w = j - letters;
            plain = true;
            // The filter on the word as loaded, its letters lower-cased by their case bit: most
            // plain words are in no table, and need no copy for the walks. What the end says then
            // (one letter is an initial, in either case; more make an ordinary word).
            if (!in_english_filter((before | each_byte(0x20)) >> (8 * (8 - letters)))) return letters == 1 ? kAbbrev : kOrdinary;
        }
    }
#endif
    while (!plain && w > lo && j - w < 16) {
        const u8 b = t[w - 1];
        if (is_ascii_alpha(b) || b == '.') {
            --w;
        } else if ((b == 0xB0 || b == 0xBA) && w - 1 > lo && t[w - 2] == 0xC2) {
            w -= 2;  // the degree or ordinal sign of "N°"
        } else if (has_additions(pack) && (b & 0xC0) == 0x80 && w - 1 > lo && t[w - 2] >= 0xC3 && t[w - 2] <= 0xC5) {
            w -= 2;  // a pack's letter of Latin-1 or Latin Extended-A: "pág", "févr"
        } else {
            break;
        }
    }
    if (w == j && has_additions(pack) && pack->ordinal_dot) {
        // "am 3. Oktober": one to three digits after a space or the start, and the period.
        uint32_t d = j;
        while (d > lo && j - d < 4 && is_digit(t[d - 1])) --d;
        if (d < j && j - d <= 3 && (d == lo || is_space(t[d - 1]))) return kAbbrev;
    }
    // A Cyrillic or Greek capital alone is an initial too ("Президент В. Путин", "Κ. Μητσοτάκης"),
    // and so is Greek's title "κ." ("Mr.": "ο κ. Μητσοτάκης"): as abbreviations they end a
    // sentence only before an (ASCII) starter. Their UTF-8 as one number: D0 81..D0 AF (Ё, А..Я),
    // CE 91..CE A9 (Α..Ω), CE BA (κ).
    const uint32_t pair = j >= lo + 2 ? uint32_t{t[j - 2]} << 8 | t[j - 1] : 0;
    if (w == j && (pair - 0xD081u <= 0xD0AFu - 0xD081u || pair - 0xCE91u <= 0xCEA9u - 0xCE91u || pair == 0xCEBAu) &&
        (j - 2 == lo || is_space(t[j - 3])))
        return kAbbrev;
    if (w == j || t[w] == '.') return kOrdinary;
    // Glued to something else (a digit, "@", "/", "_", or a longer word): not an abbreviation.
    // After ')' it still is: "(CNN)U.S. District Judge".
    // With a pack, an article elided before it is no part of it: "l'avv.", "dell’ing." (of two
    // letters or more: Dutch "foto's." and German "geht's." end sentences).
    bool elided = false;
    if (w > lo) {
        const u8 b = t[w - 1];
        if (has_additions(pack) && j - w > 1) {
            uint32_t a = w - 1;  // the apostrophe's first byte
            if (b == 0x99 && a >= lo + 2 && t[a - 1] == 0x80 && t[a - 2] == 0xE2) a -= 2;
            elided = (b == '\'' || a < w - 1) && a > lo && is_ascii_alpha(t[a - 1]);
        }
        if (!elided && !is_space(b) && b != '-' && b != '(' && b != ')' && b != '[' && b != '"' && b != '\'' &&
            b != '`' && b != 0x9C && b != 0x98)  // 0x9C, 0x98: last bytes of “ ‘
            return kOrdinary;
        if (!elided && b == '\'' && w - 1 > lo && is_ascii_alpha(t[w - 2])) return kOrdinary;  // "wasn't."
    }
    const uint32_t n = j - w;
    bool dotted = false, long_part = false;
    uint32_t part = 0;
    for (uint32_t k = plain ? j : w; k < j; ++k) {
        if (t[k] == '.') {
            dotted = true;
            part = 0;
        } else if (++part > 2) {
            long_part = true;
        }
    }
    if (dotted) return long_part ? kOrdinary : kAbbrev;
    if (n == 1 && is_ascii_upper(t[w])) return kAbbrev;
    char buf[20];
    // (A word past kLongestAbbreviation has more than one letter: ordinary, as the end says.)
    if (n > sizeof buf || (n > kLongestAbbreviation && !has_additions(pack))) return kOrdinary;
    for (uint32_t k = 0; k < n; ++k) buf[k] = static_cast<char>(ascii_lower(t[w + k]));
    if (may_be_english_abbreviation(buf, n)) {
        if (in_word_table(kTitleTable, buf, n)) return kTitle;
        if (in_word_table(kAbbrevTable, buf, n)) return kAbbrev;
        if (in_word_table(kNumberAbbrevTable, buf, n)) return kNumberAbbrev;
    }
    if (has_additions(pack)) {
        if (in_word_list(pack->titles, buf, n)) return kTitle;
        if (in_word_list(pack->abbreviations, buf, n)) return kAbbrev;
        if (in_word_list(pack->number_abbreviations, buf, n)) return kNumberAbbrev;
        for (uint32_t k = 1; k < n; ++k) {  // "Hauptstr."
            if (in_word_list(pack->units->abbreviated_endings, buf + k, n - k)) return kAbbrev;
        }
    }
    return n == 1 ? kAbbrev : kOrdinary;
}

// Whether the word at t[q] (after any opening quotes) is a capitalized sentence starter.
bool is_starter(const u8 *t, uint32_t n, uint32_t q, const LanguagePack *pack) {
    for (int k = 0; k < 3; ++k) q += opener_len(t, n, q);
    if (q >= n || !is_ascii_upper(t[q])) return false;
    char buf[12];
    uint32_t m = 0;
    for (; q < n && is_ascii_alpha(t[q]); ++q) {
        if (m == sizeof buf) return false;
        buf[m++] = static_cast<char>(ascii_lower(t[q]));
    }
    // With a pack, a word with a period after it is an initial or an abbreviation, which opens
    // no sentence: "av. J.-C.", "etc. A. Rossi".
    if (has_additions(pack) && q < n && t[q] == '.') return false;
    return in_word_table(kStarterTable, buf, m) || (has_additions(pack) && in_word_list(pack->starters, buf, m));
}

// A list marker: a bullet, an enumerator ("1." "2)" "3.)" "a."), or a bullet and then an
// enumerator ("• 9."). Enumerators take at most three digits or one lower-case letter, so that
// a year ending a sentence ("in 2015.") is never one.
struct Marker {
    uint32_t bullet;  // code point, 0 when none
    uint32_t value;   // enumerator value (letters count from 1), when kind != 0
    uint8_t kind;     // 0 none, 1 digits, 2 letter
    uint8_t style;    // 1 ".", 2 ")", 3 ".)"
};

bool is_bullet(uint32_t cp) {
    return cp == '-' || cp == '*' || cp == kBullet || cp == 0x2023 || cp == 0x2043 ||
           cp == 0x25AA || cp == 0x25CF || cp == 0x25E6;
}

// Bytes of the marker at t[p] (trailing blanks excluded), or 0. An enumerator must be followed
// by whitespace; so must an ASCII bullet ("-5 degrees", "*NSYNC" are not lists).
uint32_t parse_marker(const u8 *t, uint32_t n, uint32_t p, Marker *m) {
    *m = Marker{0, 0, 0, 0};
    if (p >= n) return 0;
    // On 64-bit hosts, the usual start first: an ASCII byte that is no bullet, digit or lower-case
    // letter opens no marker (a capital, a quote), and needs no decoding.
    if (PRECIS_WIDE_SCANS && t[p] < 0x80 && t[p] != '-' && t[p] != '*' && !is_digit(t[p]) && !is_ascii_lower(t[p])) return 0;
    uint32_t q = p, after_bullet = p, cp;
    const uint32_t len = decode(t, n, p, &cp);
    if (is_bullet(cp)) {
        q += len;
        after_bullet = q;
        while (q < n && (t[q] == ' ' || t[q] == '\t')) ++q;
        if (cp < 0x80 && q == after_bullet && q < n && !is_space(t[q])) return 0;
        m->bullet = cp;
    }
    uint32_t e = q, value = 0;
    uint8_t kind = 0;
    if (e < n && is_digit(t[e])) {
        while (e < n && is_digit(t[e]) && e - q < 4)
            value = value * 10 + static_cast<uint32_t>(t[e++] - '0');
        kind = e - q <= 3 ? 1 : 0;
    } else if (e < n && is_ascii_lower(t[e])) {
        value = static_cast<uint32_t>(t[e++] - 'a') + 1;
        kind = 2;
    }
    uint8_t style = 0;
    if (kind != 0 && e < n) {
        if (t[e] == '.' && e + 1 < n && t[e + 1] == ')') { style = 3; e += 2; }
        else if (t[e] == '.') { style = 1; e += 1; }
        else if (t[e] == ')') { style = 2; e += 1; }
    }
    if (style != 0 && (e == n || is_space(t[e]))) {
        m->kind = kind;
        m->style = style;
        m->value = value;
        return e - p;
    }
    return m->bullet != 0 ? after_bullet - p : 0;
}

// The next item of the list `cur` starts: the same non-ASCII bullet, or the next enumerator in
// the same style. ASCII '-' is left out: " - " is a dash far more often than an inline bullet.
bool next_in_list(const Marker &cur, const Marker &nx) {
    if (cur.bullet != 0) return cur.bullet >= 0x80 && nx.bullet == cur.bullet;
    return cur.kind != 0 && nx.bullet == 0 && nx.kind == cur.kind && nx.style == cur.style &&
           nx.value == cur.value + 1;
}

// Ends in . ! ? or … , closing quotes and brackets aside. Out of line: once a sentence, and
// inlined it costs flash (12 bytes of Cortex-M0+).
PRECIS_NOINLINE bool ends_terminated(const u8 *t, uint32_t begin, uint32_t end) {
    // On 64-bit hosts, the usual end first: a final . ! or ?, which the tests below reach only
    // after a closer's or a CJK closer's several (70 instructions a sentence).
    if (PRECIS_WIDE_SCANS && end > begin && (t[end - 1] == '.' || t[end - 1] == '!' || t[end - 1] == '?')) return true;
    uint32_t e = end;
    for (int k = 0; k < 8 && e > begin; ++k) {
        const u8 b = t[e - 1];
        if (b == '"' || b == '\'' || b == ')' || b == ']' || b == '}' || b == ' ') e -= 1;
        else if (b == 0xBB && e - begin >= 2 && t[e - 2] == 0xC2) e -= 2;
        else if ((b == 0x99 || b == 0x9D || b == 0xBA) && e - begin >= 3 && t[e - 3] == 0xE2 &&
                 t[e - 2] == 0x80) e -= 3;
        // A pack's closers (pack_closer_len): German “ ‘, and the no-break spaces before ».
        else if ((b == 0x9C || b == 0x98 || b == 0xAF) && e - begin >= 3 && t[e - 3] == 0xE2 &&
                 t[e - 2] == 0x80) e -= 3;
        else if (b == 0xA0 && e - begin >= 2 && t[e - 2] == 0xC2) e -= 2;
        else break;
    }
    // CJK closers after a script terminator: 」 』 ） (any number of them).
    while (e - begin >= 3 && ((t[e - 3] == 0xE3 && t[e - 2] == 0x80 && (t[e - 1] == 0x8D || t[e - 1] == 0x8F)) ||
                              (t[e - 3] == 0xEF && t[e - 2] == 0xBC && t[e - 1] == 0x89)))
        e -= 3;
    if (e == begin) return false;
    const u8 b = t[e - 1];
    if (b == '.' || b == '!' || b == '?') return true;
    if (b == 0xA6 && e - begin >= 3 && t[e - 3] == 0xE2 && t[e - 2] == 0x80) return true;
    if (b == ';' && e - begin >= 3 && (t[e - 3] == 0xCE || t[e - 3] == 0xCF)) return true;  // Greek "...;"
    for (uint32_t k = 2; k <= 3 && k <= e - begin; ++k) {
        uint32_t cp;
        if (decode(t, e, e - k, &cp) == k && is_script_terminator(cp)) return true;
    }
    return false;
}

// Whether the code point ending just before t[j] is a Greek letter (U+0370..U+03FF).
bool after_greek_letter(const u8 *t, uint32_t lo, uint32_t j) {
    return j >= lo + 2 && (t[j - 2] == 0xCD || t[j - 2] == 0xCE || t[j - 2] == 0xCF) && (t[j - 1] & 0xC0) == 0x80;
}

// The run of script terminators (is_script_terminator, or a Greek ';') at t[j], with the closing
// quotes and brackets after it. Stores in *after the offset just past them and says whether the
// sentence ends there: always, except before a lower-case word (a Greek question inside a
// sentence) and inside a number ("３．５").
bool ends_at_script_terminator(const u8 *t, uint32_t n, uint32_t j, uint32_t *after) {
    uint32_t r = j;
    bool full_width_stop = false;
    for (;;) {
        uint32_t cp;
        const uint32_t len = r < n ? decode(t, n, r, &cp) : 0;
        if (len == 0) break;
        if (is_script_terminator(cp) || cp == '!' || cp == '?' || (cp == ';' && r == j)) {
            full_width_stop = cp == 0xFF0E && r == j;
            r += len;
        } else {
            break;
        }
    }
    uint32_t e = r;
    for (int k = 0; k < 8; ++k) {
        const uint32_t c = script_closer_len(t, n, e);
        if (c == 0) break;
        e += c;
    }
    *after = e;
    if (full_width_stop && e < n && e + 2 < n && t[e] == 0xEF && t[e + 1] == 0xBC && t[e + 2] >= 0x90 &&
        t[e + 2] <= 0x99)
        return false;  // a full-width decimal point
    // A quotation closed and continued by a hiragana particle is part of the sentence that
    // reports it: 「安全です。」と述べた。
    uint32_t next_cp;
    if (e > r && e < n && decode(t, n, e, &next_cp) == 3 && next_cp >= 0x3040 && next_cp <= 0x309F) return false;
    const uint32_t q = skip_spaces(t, n, e);
    return q >= n || !is_lower_at(t, n, q);
}

// The end of the run of closing quotes and brackets at t[i] (closer_len, and with a pack
// pack_closer_len). Out of line: two places use it.
PRECIS_NOINLINE uint32_t skip_closers(const u8 *t, uint32_t n, uint32_t i, const LanguagePack *pack) {
    // On 64-bit hosts, what mostly follows a terminator or its spaces first: a letter or digit,
    // or a space where no pack's closer can start with one, opens no closer.
    if (PRECIS_WIDE_SCANS && (i >= n || is_ascii_alpha(t[i]) || is_digit(t[i]) || (pack == nullptr && t[i] == ' '))) return i;
    for (int k = 0; k < 8; ++k) {
        uint32_t c = closer_len(t, n, i);
        if (c == 0 && pack != nullptr) c = pack_closer_len(t, n, i);
        if (c == 0) break;
        i += c;
    }
    return i;
}

// Whether the closing quotes at t[q], which a space strands after the terminator at t[j] of the
// sentence from `lo` and a space follows, close it rather than open the next: AP's nested ''
// ("down there?' '' said Kendall") and ” » ) do; a lone '"' does unless the sentence's last '"'
// (within 256 bytes: the pass stays linear) closed a quotation ("World Cup," said Kaka. " If I
// feel good" opens one); a lone "'" opens as often as it closes, and is left to the next sentence.
bool strands_closer(const u8 *t, uint32_t lo, uint32_t j, uint32_t q) {
    if (t[q] == '\'') return t[q + 1] == '\'';
    if (t[q] != '"') return true;
    for (uint32_t k = j; k > lo && j - k < 256; --k) {
        if (t[k - 1] == '"') return !(k - 1 > lo && t[k - 2] > ' ' && t[k - 2] != '(' && !is_ascii_alpha(t[k]));
    }
    return true;
}

// What names a zone, or a zone after its place: "Eastern", "Moscow time", "Eastern standard
// time", "China Standard Time", "Eastern Daylight-Saving Time".
constexpr char kZoneWordList[] = "|central|daylight|eastern|mountain|pacific|standard|time|";
constexpr auto kZoneWords = group_phrases<phrase_group_bytes(kZoneWordList)>(kZoneWordList);
static_assert(kZoneWords.sorted, "the zone words must be sorted by first letter");

// After a time of day, the abbreviation "a.m." or "p.m." (either case) after a number, a
// capitalized word opens the next sentence more often than not ("at 6 p.m. Additional updates
// are possible"; golden rule 18), unless it goes on with the time: a weekday or a month ("p.m.
// Tuesday"), a zone ("p.m. ET", "p.m. Eastern"), a place's time ("a.m. Moscow time", "P.M.
// China Standard Time"); or the time names a thing ("the 7 p.m. Concorde") or follows the
// sentence's first word ("At 5 a.m. Mr. Smith went"). "Dr. A.M. Chowdhury" has initials. Out of
// line: it runs after an abbreviation that no sentence starter follows, and for few of them past
// its first test.
PRECIS_NOINLINE bool ends_after_time(const u8 *t, uint32_t n, uint32_t lo, uint32_t j, uint32_t q) {
    // b: where the time's number ends, t[j - 3] being the "a" or "p" (a digit at least before it).
    if (j < lo + 4) return false;
    uint32_t b = j - 3;
    if ((t[j - 1] | 0x20) != 'm' || t[j - 2] != '.' || ((t[b] | 0x20) != 'a' && (t[b] | 0x20) != 'p')) return false;
    if (t[b - 1] == ' ') --b;
    if (!is_digit(t[b - 1])) return false;
    uint32_t e = q, caps = 0;
    for (; e < n && is_ascii_alpha(t[e]); ++e) caps += is_ascii_upper(t[e]);
    if (caps == 0 || caps == e - q || names_an_english_date(t + q, e - q)) return false;
    for (uint32_t at = q; at < n; at = at == q ? e + 1 : n) {  // the word, and the one after it
        if (has_phrase_prefix(kZoneWords.text, t + at, n - at, false)) return false;
    }
    while (b > lo && j - b < 32 && (is_digit(t[b - 1]) || t[b - 1] == ':' || t[b - 1] == ' ')) --b;
    // b: where the word before the number ends; k: where it starts (a bounded look back).
    uint32_t k = b;
    while (k > lo && b - k < 16 && t[k - 1] != ' ') --k;
    if (k <= lo + 1) return false;  // the sentence's first word before it: "At 5 a.m."
    const uint32_t len = b - k;
    const bool article =
        (len == 1 && (t[k] | 0x20) == 'a') || (len == 3 && (t[k] | 0x20) == 't' && t[k + 1] == 'h' && t[k + 2] == 'e');
    return !article;
}

// The terminator run at t[j] (. ! ? … and runs like "?!", "...", ". . ."), with its closing
// quotes and brackets. Stores in *after the offset just past them, and says whether the
// sentence ends there. `lo` is the sentence start; `url` says the current token holds '@' or '/'.
PRECIS_NOINLINE bool ends_at_terminator(const u8 *t, uint32_t n, uint32_t lo, uint32_t j, bool url,
                        const LanguagePack *pack, uint32_t *after) {
    // On 64-bit hosts, the usual case first: a lone period, one space and an ASCII capital, in
    // English (no pack: no closer opens with a space). What the walk below finds for it: the
    // terminator ends at the space, nothing strands, the next word is no lower-case one; so the
    // word before the period decides, as at the walk's end (a capital is no digit).
    // (Out of the firmware build's source: there even the dead test cost 16 bytes of flash.)
#if PRECIS_WIDE_SCANS
    if (pack == nullptr && j + 2 < n && t[j] == '.' && t[j + 1] == ' ' && is_ascii_upper(t[j + 2])) {
        *after = j + 1;
        switch (word_class(t, lo, j, pack)) {
            case kTitle: return false;
            case kAbbrev: return is_starter(t, n, j + 2, pack) || ends_after_time(t, n, lo, j, j + 2);
            case kNumberAbbrev:
            case kOrdinary: break;
        }
        return true;
    }
#endif
    uint32_t r = j, dots = 0;
    bool strong = false, ellipsis = false, spaced = false;
    for (;;) {
        if (r < n && t[r] == '.') {
            ++dots;
            ++r;
        } else if (r < n && (t[r] == '!' || t[r] == '?')) {
            strong = true;
            ++r;
        } else if (r + 2 < n && t[r] == 0xE2 && t[r + 1] == 0x80 && t[r + 2] == 0xA6) {
            ellipsis = true;
            r += 3;
        } else if (dots > 0 && !strong && r + 1 < n && t[r] == ' ' && t[r + 1] == '.') {
            spaced = true;  // ". . ."
            ++r;
        } else {
            break;
        }
    }
    uint32_t e = skip_closers(t, n, r, pack);
    *after = e;
    if (dots >= 2 || ellipsis) {
        // "[...]" marks an omission inside a quotation, not an end.
        if (!strong && j > lo && (t[j - 1] == '[' || t[j - 1] == '(') && r < n &&
            (t[r] == ']' || t[r] == ')'))
            return false;
    }
    if (e >= n) return true;
    if (!is_space(t[e])) {
        // A missing space ("world.Today", "1,000.That") ends a sentence when a capitalized word
        // follows a lower-case word or a number; never inside e-mail addresses, URLs, initialisms
        // (U.S.A.), decimals (3.5) or file names (page.html).
        if (url || ellipsis || dots > 1 || spaced) return false;
        if (!is_ascii_upper(t[e]) || e + 1 >= n || !is_ascii_lower(t[e + 1])) return false;
        if (j == lo || !(is_ascii_lower(t[j - 1]) || is_digit(t[j - 1]))) return false;
        if (!strong && word_class(t, lo, j, pack) != kOrdinary) return false;
        for (uint32_t k = e; k < n && k - e < 64 && !is_space(t[k]); ++k)
            if (t[k] == '@' || t[k] == '/') return false;  // Jane.Doe@example.com
        return true;
    }
    uint32_t q = e, breaks = 0;
    for (; q < n && is_space(t[q]); ++q) {
        if (is_line_break(t[q]) && !(t[q] == '\n' && t[q - 1] == '\r') && ++breaks == 2)
            return true;  // a blank line
    }
    if (q >= n) return true;
    // Closing quotes stranded by a space still close: at the end of a line ("do.' \""), or before
    // the next word when they cannot open it (strands_closer), which then decides as it would
    // after them.
    const uint32_t stray = skip_closers(t, n, q, pack);
    if (stray > q && (stray == n || is_line_break(t[stray]))) {
        *after = stray;
        return true;
    }
    if (stray > q && is_space(t[stray]) && strands_closer(t, lo, j, q)) {
        *after = stray;
        q = skip_spaces(t, n, stray);
    }
    if (is_lower_at(t, n, q)) return false;  // "This is great." she said.
    if (strong) return true;
    // A spaced three-dot ellipsis ". . ." marks an omission inside a sentence; four dots end it.
    if (dots > 1 || ellipsis) return !(spaced && dots == 3);
    switch (word_class(t, lo, j, pack)) {
        case kTitle: return false;
        case kNumberAbbrev: return !is_digit(t[q]);
        case kAbbrev: return is_starter(t, n, q, pack) || ends_after_time(t, n, lo, j, q);
        case kOrdinary: break;
    }
    return true;
}

// Hard-wrapped text has lines of a typical wrap width (40..100 bytes) one after another; one-
// paragraph-per-line text has long lines with an occasional short one (a headline, or a line
// cut by an editor), so a single short line continued in lower case is no proof.
constexpr uint32_t kWrapMin = 40, kWrapMax = 100;

bool is_wrapped(const Segmenter *s) { return s->wrap_votes >= 2; }

// Bookkeeping at the line break t[at] (once for CRLF); the next line starts at `next`. Says
// whether the line that ends has wrap width and follows a line that had too.
bool end_line(Segmenter *s, uint32_t at, uint32_t next) {
    const uint32_t width = at - s->line_start;
    const bool wrap_like = width >= kWrapMin && width <= kWrapMax && s->prev_short != 0;
    s->prev_short = width <= kWrapMax ? 1 : 0;
    s->line_start = next;
    return wrap_like;
}

// The bytes in w (a word of a scan, text.h) that the sentence loop of segmenter_next acts on once
// a sentence has a word and no URL or inline list is open: the top bit of each, the other bits 0
// (none: 0). Those are a control byte (line breaks, tabs, NUL), a byte of a character above
// ASCII, . ! ? ; @ /. ". /" and "; ?" are tested as pairs (they differ in one bit).
// On the bytes' low seven bits (those with the top bit are tested apart), where no sum of a test
// carries into the next byte: a byte's top bit in `kept` stays set while it is none of them, an
// add and an AND a test. (Tests of zero bytes, which borrow across bytes, took half as much again:
// this runs on most bytes of the input.) As no sum carries, each byte's bit is its own, which
// gives the first one's place on 64-bit hosts.
constexpr ScanWord special_bytes(ScanWord w) {
    const ScanWord high = each_byte(0x80), seven = w & ~high;
    auto differs = [seven](ScanWord c) { return (seven ^ c) + each_byte(0x7F); };  // top bit: byte != c
    ScanWord kept = seven + each_byte(0x80 - 0x20);  // top bit: at least 0x20
    kept &= ((seven | each_byte(0x01)) ^ each_byte('/')) + each_byte(0x7F);
    kept &= ((seven | each_byte(0x04)) ^ each_byte('?')) + each_byte(0x7F);
    kept &= differs(each_byte('!')) & differs(each_byte('@'));
    return (~kept | w) & high;
}
#if PRECIS_WIDE_SCANS
// special_bytes for sixteen bytes (language.h): -1 at each that is one of them, 0 elsewhere.
inline Bytes16 special_bytes16(Bytes16 v) {
    return (v < 0x20) | ((v | 1) == '/') | ((v | 4) == '?') | (v == '!') | (v == '@');  // < 0x20: from 0x80 too
}
#endif

// Letters and digits of any script; punctuation, symbols and invalid bytes are not.
bool is_wordlike(uint32_t cp) {
    if (cp < 0x80) return is_ascii_alpha(static_cast<u8>(cp)) || is_digit(static_cast<u8>(cp));
    return cp >= 0xC0 && cp != kReplacement && !(cp >= 0x2000 && cp <= 0x2BFF) &&
           !(cp >= 0x3000 && cp <= 0x303F);
}

}  // namespace

void segmenter_init(Segmenter *s, const char *text, uint32_t length, const LanguagePack *pack) {
    s->pack = pack;
    s->text = reinterpret_cast<const unsigned char *>(text);
    s->length = text != nullptr ? length : 0;
    s->pos = 0;
    if (s->length >= 3 && s->text[0] == 0xEF && s->text[1] == 0xBB && s->text[2] == 0xBF)
        s->pos = 3;
    s->line_start = s->pos;
    s->wrap_votes = 0;
    s->prev_short = 1;
    s->started = 0;
}

bool segmenter_next(Segmenter *s, SentenceBounds *out) {
    const u8 *t = s->text;
    const uint32_t n = s->length;
    uint32_t i = s->pos, breaks = 0;
    for (; i < n && is_space(t[i]); ++i) {
        if (!is_line_break(t[i])) continue;
        if (t[i] == '\n' && i > 0 && t[i - 1] == '\r') {  // CRLF is one break
            s->line_start = i + 1;
            continue;
        }
        ++breaks;
        end_line(s, i, i + 1);
    }
    s->pos = i;
    if (i >= n) return false;

    uint8_t flags = 0;
    if (s->started == 0 || breaks >= 2 || (breaks == 1 && !is_wrapped(s)))
        flags |= kSentenceParagraphStart;
    const uint32_t begin = i;
    Marker list;
    const uint32_t body = begin + parse_marker(t, n, begin, &list);
    if (body > begin) flags |= kSentenceListItem;
    const bool inline_list = list.kind != 0 || list.bullet >= 0x80;

    uint32_t j = body, last = body;  // last: one past the last non-space byte so far
    uint32_t end = 0;
    bool found = false, url = false, word = false;
    while (j < n && !found) {
        // Once the sentence has a word (and no URL or inline list is open), runs of plain bytes
        // a word at a time (where a core loads them so, text.h): of what the loop below does, only
        // `last` (one past the last non-space) applies to them.
        if (PRECIS_WORD_SCANS && word && !url && !inline_list) {
            const uint32_t from = j;
#if PRECIS_WIDE_SCANS
            // On 64-bit hosts, on to the first byte the loop acts on, whose place in the word that
            // holds it its test gives (little-endian: the lowest bit set): the plain bytes before
            // it need no more than those of the words before. Stopping at the word instead, each
            // word started in it tested it again, two or three times before each period.
            // Sixteen bytes a step (language.h) first, then eight to the text's end.
            uint32_t at = 16;
            while (j + 16 <= n && (at = first_set(special_bytes16(load16(t + j)))) == 16) j += 16;
            if (at < 16) {
                j += at;
            } else {
                ScanWord special = 0;
                while (j + kScanBytes <= n && (special = special_bytes(load_scan(t + j))) == 0) j += kScanBytes;
                if (special != 0) j += static_cast<uint32_t>(__builtin_ctzll(special)) / 8;
            }
#else
            while (j + kScanBytes <= n && special_bytes(load_scan(t + j)) == 0) j += kScanBytes;
#endif
            if (j != from) {
                uint32_t k = j;
                while (k > from && t[k - 1] == ' ') --k;
                if (k > from) last = k;
                continue;
            }
        }
        const u8 c = t[j];
        uint32_t cp = c, len = 1;
        // The two bytes this loop sees most, first: a space between words (what is_space does
        // below), and a word's first letter or digit, to which nothing below applies but an
        // inline list's marker: straight to the rest of its word.
        if (c == ' ') {
            url = false;
            ++j;
            continue;
        }
        const bool ascii_word = is_ascii_alpha(c) || is_digit(c);
        if (!ascii_word || inline_list) {
            if (is_line_break(c)) {
                const uint32_t k = j + ((c == '\r' && j + 1 < n && t[j + 1] == '\n') ? 2u : 1u);
                uint32_t q = k;
                while (q < n && is_space(t[q]) && !is_line_break(t[q])) ++q;
                Marker m;
                bool join, lower_next = false;
                if (q >= n || is_line_break(t[q])) {
                    join = false;  // a blank line, or the end of text
                } else if (last == body && body > begin) {
                    join = true;  // "1." alone on its line introduces the next one
                } else if (parse_marker(t, n, q, &m) != 0) {
                    join = false;
                } else if (is_lower_at(t, n, q)) {
                    join = lower_next = true;  // hard-wrapped prose, or PDF text
                } else {
                    join = is_wrapped(s);
                }
                if (!join) {
                    end = last;
                    found = true;
                    break;
                }
                if (end_line(s, j, k) && lower_next && s->wrap_votes < 2) ++s->wrap_votes;
                url = false;
                j = k;
                continue;
            }
            if (is_space(c)) {
                url = false;
                ++j;
                continue;
            }
            if (inline_list && j > body && is_space(t[j - 1])) {
                Marker m;
                if (parse_marker(t, n, j, &m) != 0 && next_in_list(list, m)) {
                    end = last;
                    found = true;
                    break;
                }
            }
            if (c == 0xE0 && !inline_list && spaced_script_break(t, n, begin, j)) {
                end = last;
                found = true;
                break;
            }
            if (c == '@' || c == '/') url = true;
            if (c >= 0x80) len = decode(t, n, j, &cp);
            if ((c >= 0x80 && is_script_terminator(cp)) || (c == ';' && after_greek_letter(t, begin, j))) {
                uint32_t after;
                found = ends_at_script_terminator(t, n, j, &after) && word;
                j = last = end = after;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || cp == kEllipsis) {
                uint32_t after;
                // Punctuation alone (a stray '"...' or '?') is no sentence: it joins what follows.
                found = ends_at_terminator(t, n, begin, j, url, s->pack, &after) && word;
                j = last = end = after;
                continue;
            }
        }
        word = word || is_wordlike(cp);
        j += len;
        // The rest of an ASCII word in one step: inside it nothing above can apply (no break,
        // space, terminator, URL mark or list marker, which only starts after a space).
        // (A test at the bottom: the tightest loop -Os makes, and it runs for most bytes.)
        if (ascii_word && j < n) {
            do {
                if (!is_ascii_alpha(t[j]) && !is_digit(t[j])) break;
            } while (++j < n);
        }
        last = j;
    }
    if (!found) end = last;
    if (!ends_terminated(t, begin, end)) flags |= kSentenceUnterminated;
    out->begin = begin;
    out->end = end;
    out->flags = flags;
    s->pos = end;
    s->started = 1;
    return true;
}

}  // namespace precis::detail
