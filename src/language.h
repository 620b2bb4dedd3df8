// Language packs: what the stages know of one language beyond the English rules they are written
// with. A pack only adds to English: its stopwords, abbreviations and phrases are looked up after
// the English ones, so English (language 0) runs exactly the code and tables it always ran.
// The packs' tables are in lang_<code>.cpp, each built when its PRECIS_PACK_* option is on.
#pragma once

#include <cstddef>
#include <cstdint>

#include "precis/precis.h"
#include "precis/precis_options.h"
#include "wordtable.h"

namespace precis::detail {

// A word table (wordtable.h) without its size; empty when text is null.
struct WordList {
    const unsigned char *text;
    const uint16_t *start;
};

template <std::size_t N>
constexpr WordList word_list(const WordTable<N> &t) {
    return WordList{t.text, t.start};
}

inline bool in_word_list(const WordList &l, const char *w, std::size_t n) {
    return l.text != nullptr && in_word_table(l.text, l.start, w, n);
}

// Phrases (lower case UTF-8), matched at the start of a sentence or anywhere in it.
struct PhraseList {
    const char *const *phrases;
    uint32_t count;
};

template <std::size_t N>
constexpr PhraseList phrase_list(const char *const (&p)[N]) {
    return PhraseList{p, static_cast<uint32_t>(N)};
}

using StemFunction = uint32_t (*)(unsigned char *word, uint32_t len, uint32_t cap);

// The longest month or weekday name of a pack, in bytes (names_a_date reads a word's case-folded
// copy of at most this many).
constexpr std::size_t kLongestDateBytes = 12;

// What the classification of units (content.h) knows of a pack's language besides its
// boilerplate phrases: the words of its dates, and its e-mail furniture, which the rules of
// boilerplate.h know in English ("Hi Tom,", "Best regards,", "... wrote:").
struct UnitWords {
    // Month and weekday names, lower case ("juillet", "jeudi"): a unit's date words count as one
    // content word (names_a_date).
    WordList dates;
    PhraseList greetings;    // what opens a greeting line ("bonjour", "chère")
    PhraseList sign_offs;    // a sign-off ("cordialement", "bien à vous")
    PhraseList reply_verbs;  // the "wrote" of a reply header ("a écrit")
    // The names of the fields of a forwarded or quoted message's header as mail clients write
    // them before their ":" ("de", "envoyé", "à", "objet"): a line that opens so is furniture, as
    // English's "From: Tom <tom@example.com>" is (a link line, content.h) and "Sent: Monday, ..."
    // (a date).
    PhraseList header_fields;
    // For the segmenter (segment.cpp), which reaches them through `units` so that the English-only
    // firmware build pays nothing for them: ends of words that are abbreviations whatever comes
    // before ("str", the "Straße" of "Hauptstr."). Such a word is one of `abbreviations`.
    WordList abbreviated_endings;
};

#define PRECIS_ANY_PACK_BUILT \
    (PRECIS_PACK_DE || PRECIS_PACK_FR || PRECIS_PACK_ES || PRECIS_PACK_IT || PRECIS_PACK_PT || PRECIS_PACK_NL)

// The English pack is linked into every build, the English-only firmware build too, where its
// lists are empty: each byte of it is flash that build pays for what only the other packs use.
// So `language` takes a byte beside `ordinal_dot`, which leaves room for a pointer to what only
// the packs have (`units`). With English alone built (no PRECIS_ANY_PACK_BUILT), the pack's
// address is all that is read of it (the segmenter tells English from the fallback by it), so
// there its lists are static members, empty as English's are: the stages' code that names them
// still compiles (and is dropped: has_additions), and the pack is two bytes, not 92 of flash.
struct LanguagePack {
    uint8_t language;  // enum precis_language
    // "3. Oktober": a number of at most three digits and a period is an ordinal, which ends a
    // sentence only before a starter (German).
    bool ordinal_dot;
#if PRECIS_ANY_PACK_BUILT
    WordList stopwords;
    // The segmenter's word classes (segment.cpp): titles never end a sentence, abbreviations end
    // one only before a starter, number abbreviations never before a digit.
    WordList titles, abbreviations, number_abbreviations, starters;
    // Words that open a byline before a short run of names ("Von Hans Müller"), and that join
    // those names ("und").
    WordList byline_words, name_joiners;
    PhraseList boilerplate_openers;  // a sentence that starts so is a byline, credit or notice
    PhraseList boilerplate_markers;  // a sentence that holds one is a notice ("tous droits réservés")
    PhraseList back_references;      // openers that lean on the sentence before ("Cependant", "Er")
    StemFunction stem;               // null: words are not stemmed
    const UnitWords *units;          // null for English
#else
    static constexpr WordList stopwords{}, titles{}, abbreviations{}, number_abbreviations{}, starters{},
        byline_words{}, name_joiners{};
    static constexpr PhraseList boilerplate_openers{}, boilerplate_markers{}, back_references{};
    static constexpr StemFunction stem = nullptr;
    static constexpr const UnitWords *units = nullptr;
#endif
};

// The English pack: all of its rules are the stages' own, so every list here is empty.
extern const LanguagePack kEnglishPack;
// The others, each defined in its lang_<code>.cpp when built.
extern const LanguagePack kGermanPack, kFrenchPack, kSpanishPack, kItalianPack, kPortuguesePack, kDutchPack;

// The pack's additions apply (English has none): the stages test this before looking further.
// A build with English alone has none, which lets the compiler drop the code that reads them.
constexpr bool kAnyPackBuilt = PRECIS_ANY_PACK_BUILT;
inline bool has_additions(const LanguagePack *pack) {
    return kAnyPackBuilt && pack != nullptr && pack->language != PRECIS_LANGUAGE_ENGLISH;
}

// The pack of an enum precis_language value, when this build has one (English for
// PRECIS_LANGUAGE_OTHER: its segmentation and boilerplate rules are the fallback's too); null for
// values without a pack here, and for AUTO.
const LanguagePack *language_pack(uint32_t language);

// The packs of this build, English first (in enum order), for callers that must consider each.
uint32_t built_pack_count();
const LanguagePack *built_pack(uint32_t i);

// Whether this build accepts the language in a config.
bool language_built(uint32_t language);

// The language of a document for PRECIS_LANGUAGE_AUTO: the pack whose stopwords are most of the
// words of text[0..length) (the first kDetectBytes bytes), or PRECIS_LANGUAGE_OTHER.
constexpr uint32_t kDetectBytes = 4096;
uint32_t detect_language(const unsigned char *text, std::size_t length);

// The fallback's stopwords: the input's most frequent short words, by their word hash.
constexpr uint32_t kFallbackStopwords = 16;
struct FallbackStopwords {
    uint32_t hash[kFallbackStopwords];
    uint32_t count;
};

// What term_key needs to know of a sentence's language.
struct TermRules {
    uint32_t language;                    // enum precis_language, never AUTO
    const LanguagePack *pack;             // language_pack(language)
    const FallbackStopwords *fallback;    // for PRECIS_LANGUAGE_OTHER
};

#if PRECIS_WIDE_SCANS
// Filters in front of the phrase lookups (has_phrase_prefix, wordtable.h) that run once for every
// sentence: the openers of boilerplate and of back references, the sign-offs (and the months, for
// each capitalized word). Most sentences open on none of them, and a lookup still walks its
// letter's group (the "t" of "The" has the most phrases) at about 120 instructions a sentence;
// the filter says no for most of them in a load, a few masks and a multiply. A clear bit proves
// that no phrase matches; a set bit only sends the sentence to the lookup, which decides as it
// did. On 64-bit hosts only (text.h), whose flash is not counted: firmware looks up every
// sentence, as it did.
struct PhraseFilter {
    uint64_t bits[16];  // 1024 bits, by phrase_filter_bit of a key
};
constexpr uint32_t phrase_filter_bit(uint64_t key) { return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15u) >> 54); }
constexpr void add_key(PhraseFilter &f, uint64_t key) {
    f.bits[phrase_filter_bit(key) / 64] |= uint64_t{1} << (phrase_filter_bit(key) % 64);
}
constexpr bool has_key(const PhraseFilter &f, uint64_t key) {
    return (f.bits[phrase_filter_bit(key) / 64] >> (phrase_filter_bit(key) % 64) & 1u) != 0;
}
constexpr bool is_ascii_alnum(unsigned char c) { return is_ascii_alpha(c) || is_digit(c); }

// For lookups of whole words (has_phrase_prefix's whole_word): the key of a text is its leading
// run of ASCII letters and digits, the first eight bytes of it, case bits set, the rest zero.
// A phrase matches only a text whose run is the phrase's own first run: the phrase's bytes up to
// its first byte that is no letter or digit (a space, "'", or its end, where whole_word wants no
// letter or digit either) are the text's, in either case, and that byte is the text's too. So a
// text's key is the key of every phrase that it opens with.
template <std::size_t N>
constexpr PhraseFilter first_word_filter(const char (&phrases)[N]) {  // "|a b|c|": pack_phrases' list
    PhraseFilter f{};
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (phrases[i] != '|' || phrases[i + 1] == '\0') continue;
        uint64_t key = 0;
        for (std::size_t k = 0; k < 8 && is_ascii_alnum(static_cast<unsigned char>(phrases[i + 1 + k])); ++k)
            key |= uint64_t{static_cast<unsigned char>(phrases[i + 1 + k]) | 0x20u} << (8 * k);
        add_key(f, key);
    }
    return f;
}
inline uint64_t first_word_key(const unsigned char *s, uint32_t n) {
    uint64_t w = 0;
    if (n >= 8) {
        std::memcpy(&w, s, sizeof w);
    } else {
        for (uint32_t k = 0; k < n; ++k) w |= uint64_t{s[k]} << (8 * k);
    }
    const uint64_t other = ~(ascii_lower_bytes(w | each_byte(0x20)) | ascii_bytes_between(w, '0', '9')) & each_byte(0x80);
    if (other == 0) return w | each_byte(0x20);
    const uint32_t run = static_cast<uint32_t>(__builtin_ctzll(other)) / 8;  // 0..7 bytes
    return (w | each_byte(0x20)) & ((uint64_t{1} << (8 * run)) - 1);
}
// Whether s[0..n) may open with a phrase of the filter's list as a whole word.
inline bool may_open_with_word(const PhraseFilter &f, const unsigned char *s, uint32_t n) { return has_key(f, first_word_key(s, n)); }

// For lookups of prefixes (not whole words): the first eight bytes of a phrase of eight or more,
// the first four of a shorter one, case bits set, a filter each. A text that opens with a phrase
// holds its bytes there in either case. A list with a phrase of fewer than four bytes passes all.
struct PrefixFilter {
    PhraseFilter eight, four;
    bool all;
};
template <std::size_t N>
constexpr PrefixFilter prefix_filter(const char (&phrases)[N]) {  // "|a b|c|": pack_phrases' list
    PrefixFilter f{};
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if (phrases[i] != '|') continue;
        std::size_t len = 0;
        while (phrases[i + 1 + len] != '|' && phrases[i + 1 + len] != '\0') ++len;
        if (len == 0) continue;
        if (len < 4) f.all = true;
        uint64_t key = 0;
        for (std::size_t k = 0; k < (len >= 8 ? 8u : 4u) && k < len; ++k)
            key |= uint64_t{static_cast<unsigned char>(phrases[i + 1 + k]) | 0x20u} << (8 * k);
        add_key(len >= 8 ? f.eight : f.four, key);
    }
    return f;
}
// Whether s[0..n) may open with a phrase of the filter's list.
inline bool may_open_with(const PrefixFilter &f, const unsigned char *s, uint32_t n) {
    if (f.all) return true;
    uint64_t eight;
    if (n >= 8) {
        std::memcpy(&eight, s, sizeof eight);
        if (has_key(f.eight, eight | each_byte(0x20))) return true;
    }
    return n >= 4 && has_key(f.four, load4(s) | 0x20202020u);
}
#endif

#if PRECIS_WIDE_SCANS
// Sixteen bytes a step, for the scans that read every byte of every sentence, as GCC's and
// Clang's vector types (one SSE2 or NEON register; no library), on 64-bit hosts (text.h) only: a
// comparison takes one instruction for all sixteen, where eight bytes in a word (SWAR) took
// three or four for each byte value looked for.
typedef signed char Bytes16 __attribute__((vector_size(16)));  // signed: bytes from 0x80 are < 0
typedef uint64_t Words16 __attribute__((vector_size(16)));     // the same bytes as two words
inline Bytes16 load16(const unsigned char *p) {
    Bytes16 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
// The place of the first byte of m (a comparison's result: 0 or -1 a byte) at or after `from`
// (0..15) that is set; 16 when none is.
inline uint32_t first_set_from(Bytes16 m, uint32_t from) {
#if defined(__SSE2__)
    // x86-64: the bytes' top bits as one mask in one instruction (the compiler's builtin for
    // SSE2's pmovmskb, which every x86-64 core has), where the halves took five.
    typedef char Chars16 __attribute__((vector_size(16)));
    const uint32_t mask = static_cast<uint32_t>(__builtin_ia32_pmovmskb128(reinterpret_cast<Chars16>(m))) & (0xFFFFu << from);
    return mask == 0 ? 16 : static_cast<uint32_t>(__builtin_ctz(mask));
#else
    const Words16 w = reinterpret_cast<Words16>(m);
    const uint64_t low = from < 8 ? w[0] & (~uint64_t{0} << (8 * from)) : 0;  // little-endian (text.h)
    const uint64_t high = from < 8 ? w[1] : w[1] & (~uint64_t{0} << (8 * (from - 8)));
    if ((low | high) == 0) return 16;  // the usual answer first: one test of both halves
    if (low != 0) return static_cast<uint32_t>(__builtin_ctzll(low)) / 8;
    return 8 + static_cast<uint32_t>(__builtin_ctzll(high)) / 8;
#endif
}
inline uint32_t first_set(Bytes16 m) { return first_set_from(m, 0); }
#endif

}  // namespace precis::detail
