// The packs in this build, and the choice among them (PRECIS_LANGUAGE_AUTO).
#include "language.h"

#include "stopwords.h"
#include "tokenize.h"

namespace precis::detail {

#if PRECIS_ANY_PACK_BUILT
const LanguagePack kEnglishPack = {PRECIS_LANGUAGE_ENGLISH, false, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, nullptr, nullptr};
#else
const LanguagePack kEnglishPack = {PRECIS_LANGUAGE_ENGLISH, false};  // its lists are static (language.h)
#endif


namespace {

// In enum order: detection breaks ties toward the first.
const LanguagePack *const kBuiltPacks[] = {
    &kEnglishPack,
#if PRECIS_PACK_DE
    &kGermanPack,
#endif
#if PRECIS_PACK_FR
    &kFrenchPack,
#endif
#if PRECIS_PACK_ES
    &kSpanishPack,
#endif
#if PRECIS_PACK_IT
    &kItalianPack,
#endif
#if PRECIS_PACK_PT
    &kPortuguesePack,
#endif
#if PRECIS_PACK_NL
    &kDutchPack,
#endif
};
constexpr uint32_t kBuiltPackCount = sizeof kBuiltPacks / sizeof kBuiltPacks[0];

// A language is recognized when at least one word in kDetectShare is one of its stopwords: in
// news prose the function words of its own language are 35-50% of the words, those of a
// neighbouring language's list (shared "de", "la", "a") under 15%.
constexpr uint32_t kDetectShare = 5;

}  // namespace

const LanguagePack *language_pack(uint32_t language) {
    if (language == PRECIS_LANGUAGE_OTHER) return &kEnglishPack;
    for (const LanguagePack *p : kBuiltPacks) {
        if (p->language == language) return p;
    }
    return nullptr;
}

uint32_t built_pack_count() { return kBuiltPackCount; }

const LanguagePack *built_pack(uint32_t i) { return kBuiltPacks[i]; }

bool language_built(uint32_t language) {
    return language == PRECIS_LANGUAGE_AUTO || language_pack(language) != nullptr;
}

uint32_t detect_language(const unsigned char *text, std::size_t length) {
    uint32_t hits[kBuiltPackCount] = {};
    uint32_t words = 0;
    WordCursor c = word_cursor(text, length < kDetectBytes ? length : kDetectBytes);
    char word[kMaxWordBytes];
    std::size_t len = 0;
    while (next_word(&c, word, &len)) {
        ++words;
        if (is_stopword(word, len)) ++hits[0];
        for (uint32_t p = 1; p < kBuiltPackCount; ++p) {
            if (in_word_list(kBuiltPacks[p]->stopwords, word, len)) ++hits[p];
        }
    }
    uint32_t best = 0;
    for (uint32_t p = 1; p < kBuiltPackCount; ++p) {
        if (hits[p] > hits[best]) best = p;
    }
    if (words == 0 || hits[best] * kDetectShare < words) return PRECIS_LANGUAGE_OTHER;
    return kBuiltPacks[best]->language;
}

}  // namespace precis::detail

extern "C" {

const char *precis_language_name(int language) {
    // Indexed by enum precis_language; the CLI's --language takes these names.
    static const char *const kNames[PRECIS_LANGUAGE_COUNT] = {"en", "auto", "other", "de", "fr", "es", "it", "pt", "nl"};
    if (language < 0 || language >= PRECIS_LANGUAGE_COUNT) return nullptr;
    return kNames[language];
}

int precis_language_available(int language) {
    return language >= 0 && precis::detail::language_built(static_cast<uint32_t>(language)) ? 1 : 0;
}

}  // extern "C"
