#include "keywords.h"

#include "sort.h"
#include "text.h"
#include "tokenize.h"

namespace precis::detail {
#if PRECIS_KEYWORDS
namespace {

constexpr uint32_t kTermCovered = 0x80000000u, kWeightMask = 0x7FFFFFFFu;
constexpr uint32_t kRunWords = 16;  // words of a run remembered around the head
constexpr uint32_t kMaxJoinedCharacters = 4;  // a keyword of overlapping bigrams, at most

struct RunWord {
    uint32_t begin, end;  // in the sentence
    uint32_t term;        // term id
    bool hyphen_before;   // joined to the previous word by a hyphen ("Al-Kadhimi")
    bool capital;         // capitalized, and not the sentence's first word (a name, likely)
};

// Whether a word can head a keyword, besides holding a letter: not a single letter of an
// alphabet (below U+0800: "о", "Η", a preposition or an article of a language without a pack;
// a Hangul syllable or a kanji can be a word: 북, North Korea), and in Japanese no kana of
// grammar: a bigram with hiragana ("なる", "府は") is an ending or a particle glued to a
// neighbour, where kanji and katakana carry the content.
bool can_head(const unsigned char *word, uint32_t n, bool unspaced) {
    uint32_t cp = 0;
    for (std::size_t i = 0, len = 0; i < n; i += len) {
        len = utf8_decode(word + i, n - i, &cp, nullptr);
        if (!unspaced) return i + len < n || cp >= 0x800;
        if (cp >= 0x3040 && cp <= 0x309F) return false;
    }
    return true;
}

bool contains(const Model *m, uint32_t s, uint32_t t) {
    const TermId *tok = m->tokens_of(s);
    uint32_t lo = 0, hi = m->token_count(s);
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (tok[mid] < t) lo = mid + 1;
        else hi = mid;
    }
    return lo < m->token_count(s) && tok[lo] == t;
}

bool skipped(const Model *m, uint32_t s, bool keep_boilerplate) {
    return (m->sentences[s].flags & kSentenceBoilerplate) && !keep_boilerplate;
}

// The run of content words (separated by blanks or one hyphen only) around the first word of
// sentence s whose term is t, as run[0..*count) with the head at *head. False when the head
// word holds no letter (numbers make poor keywords) or is not found.
bool run_around(const Model *m, uint32_t s, uint32_t t, RunWord *run, uint32_t *count, uint32_t *head) {
    const unsigned char *text = m->text_of(s);
    WordCursor c = word_cursor(text, m->length_of(s));
    char word[kMaxWordBytes];
    std::size_t len = 0;
    uint32_t n = 0, h = kRunWords;
    const TermRules rules = m->rules(s);
    while (next_word(&c, word, &len)) {
        uint32_t begin = static_cast<uint32_t>(c.word - text), end = static_cast<uint32_t>(c.word_end - text);
        bool letter = false;
        for (uint32_t i = begin; i < end; ++i) {
            letter = letter || !(is_digit(text[i]) || text[i] == '.' || text[i] == ',');  // "3.5", "1,000"
        }
        uint32_t key = term_key(word, len, rules);
        uint32_t id = key == 0 ? kNoTerm : term_table_find(&m->terms, key);
        bool joined = false, blank = n > 0;
        if (n > 0) {
            for (uint32_t i = run[n - 1].end; i < begin; ++i) {
                if (text[i] == '-' && !joined) joined = true;
                else if (!is_space(text[i])) blank = false;
            }
        }
        bool continues = n > 0 && blank;
        if (id == kNoTerm) {
            if (h < kRunWords) break;  // the head's run ends here
            n = 0;
            continue;
        }
        if (!continues) {
            if (h < kRunWords) break;
            n = 0;
        }
        if (n == kRunWords) {  // forget the oldest word of a very long run
            if (h < kRunWords) break;
            for (uint32_t i = 1; i < n; ++i) run[i - 1] = run[i];
            --n;
        }
        bool capital = is_ascii_upper(text[begin]) && begin > 0;
        run[n] = RunWord{begin, end, id, continues && joined, capital};
        if (h == kRunWords && id == t) {
            if (!letter || !can_head(text + begin, end - begin, is_unspaced_word(word, len))) return false;
            h = n;
        }
        ++n;
    }
    if (h == kRunWords) return false;
    *count = n;
    *head = h;
    return true;
}

}  // namespace

uint32_t find_keywords(const Model *m, bool keep_boilerplate, const KeywordScratch &k, precis_span *out, uint32_t cap) {
    uint32_t nterms = m->nterms();
    if (cap > PRECIS_MAX_KEYWORDS) cap = PRECIS_MAX_KEYWORDS;
    for (uint32_t t = 0; t < nterms; ++t) k.weight[t] = 0;
    for (uint32_t s = 0; s < m->nsentences; ++s) {
        if (skipped(m, s, keep_boilerplate)) continue;
        uint64_t lead = m->position_in_document(s) < 3 ? 2 : 1;
        for_each_term(m, s, [&](uint32_t t, uint32_t count) {
            uint64_t w = k.weight[t] + uint64_t{count} * lead;
            k.weight[t] = w > kWeightMask ? kWeightMask : static_cast<uint32_t>(w);
        });
    }
    for (uint32_t t = 0; t < nterms; ++t) k.order[t] = static_cast<uint16_t>(t);
    const uint32_t *weight = k.weight;
    heap_sort(k.order, nterms, [weight](uint16_t a, uint16_t b) {
        return weight[a] != weight[b] ? weight[a] > weight[b] : a < b;
    });
    uint32_t best = nterms > 0 ? k.weight[k.order[0]] : 0;
    uint32_t found = 0, tried = 0;
    RunWord run[kRunWords];
    // Each tried head costs a scan of the sentences: at most 4 per keyword asked, plus a few.
    for (uint32_t r = 0; r < nterms && found < cap && tried < 4 * cap + 16; ++r) {
        uint32_t t = k.order[r];
        if ((k.weight[t] & kWeightMask) == 0) break;
        if (k.weight[t] & kTermCovered) continue;
        ++tried;
        uint32_t s = 0;
        while (s < m->nsentences && (skipped(m, s, keep_boilerplate) || !contains(m, s, t))) ++s;
        uint32_t n = 0, head = 0;
        if (s == m->nsentences || !run_around(m, s, t, run, &n, &head)) continue;
        // Widen a name: a capitalized head takes the capitalized neighbours that recur in the
        // text and weigh at least a third of it ("Justice Department"), the weightier side
        // first, up to kMaxPhraseWords words. A lower-case head stays one word: measured on the
        // development articles, phrases of common words ("national chapter suspended") rarely
        // match what a reader would pick, and names do.
        uint32_t head_weight = k.weight[t] & kWeightMask;
        bool head_capital = run[head].capital || is_ascii_upper(m->text_of(s)[run[head].begin]);
        auto joins = [&](uint32_t i) {
            uint32_t w = k.weight[run[i].term] & kWeightMask;
            bool recurs = m->term(run[i].term).occurrences >= 2 && uint64_t{w} * 3 >= head_weight;
            return head_capital && run[i].capital && recurs ? w + 1 : 0;
        };
        uint32_t lo = head, hi = head;
        while (hi - lo + 1 < kMaxPhraseWords) {
            uint32_t left = lo > 0 ? joins(lo - 1) : 0;
            uint32_t right = hi + 1 < n ? joins(hi + 1) : 0;
            if (left == 0 && right == 0) break;
            if (left >= right) --lo;
            else ++hi;
        }
        // Never start or end inside a hyphenated word: "songwriter David Crosby" -> "David Crosby".
        while (lo < head && run[lo].hyphen_before) ++lo;
        while (hi > head && hi + 1 < n && run[hi + 1].hyphen_before) --hi;
        for (uint32_t i = lo; i <= hi; ++i) k.weight[run[i].term] |= kTermCovered;
        const Sentence &sent = m->sentences[s];
        const uint32_t begin = sent.begin + run[lo].begin, end = sent.begin + run[hi].end;
        // In a script written without spaces a term is a character bigram, and the bigrams of one
        // word overlap ("感染者": "感染", "染者"): there a keyword whose text overlaps one found
        // before is not a second keyword of half a word. A bigram the text repeats, as it repeats
        // the word, makes the first one longer, up to kMaxJoinedCharacters (most Chinese and
        // Japanese words have two to four); one it has once ("烈地" of "强烈地震") joins nothing.
        // (In spaced scripts a name widened around a later head may overlap an earlier keyword,
        // "David Crosby" over "Crosby": both stay, the name being what a reader looks for.)
        const bool unspaced = is_unspaced_word(reinterpret_cast<const char *>(m->text_of(s) + run[head].begin),
                                               run[head].end - run[head].begin);
        bool overlaps = false;
        for (uint32_t j = 0; j < found && unspaced && !overlaps; ++j) {
            precis_span &o = out[j];
            if (o.document != sent.document || begin >= o.offset + o.length || o.offset >= end) continue;
            overlaps = true;
            const uint32_t b = begin < o.offset ? begin : o.offset;
            const uint32_t e = end > o.offset + o.length ? end : o.offset + o.length;
            const bool repeated = m->term(t).occurrences >= 2;
            const unsigned char *text = reinterpret_cast<const unsigned char *>(m->docs[o.document].text);
            if (!repeated || utf8_characters(text + b, e - b) > kMaxJoinedCharacters) continue;
            // Longer, it must not reach into another keyword ("日本东" into "东北部").
            bool reaches = false;
            for (uint32_t i = 0; i < found && !reaches; ++i) {
                const precis_span &x = out[i];
                reaches = i != j && x.document == o.document && b < x.offset + x.length && x.offset < e;
            }
            if (reaches) continue;
            o.offset = b;
            o.length = e - b;
        }
        if (overlaps) continue;
        uint32_t w = k.weight[t] & kWeightMask;
        const uint32_t score = static_cast<uint32_t>((uint64_t{w} << 16) / best);
        out[found++] = precis_span{sent.document, begin, end - begin, s, score, 0};
    }
    return found;
}

#endif  // PRECIS_KEYWORDS
}  // namespace precis::detail
