// Sentence trimming by deletion (trim.h). The rules only propose cuts at clause boundaries
// (commas, brackets, dashes, word starts); trim_sentence decides which cuts are safe together.
#include "trim.h"

#include "compiler.h"
#include "stopwords.h"
#include "tokenize.h"
#include "text.h"
#include "wordtable.h"

namespace precis::detail {

#if PRECIS_TRIMMING
namespace {

using u8 = unsigned char;

// Word tables (wordtable.h): lower case, sorted by first letter, between single spaces.
// Verbs that close an attribution: ", a spokesman said" ", said the statement".
constexpr char kReportingVerbs[] =
    " added admitted announced argued asserted claimed confirmed declared explained insisted"
    " noted reported reports revealed said say says stated states told tweeted warned wrote ";
// Words that open a trailing clause that can go: ", which ..." ", as was agreed ...".
constexpr char kTrailingOpeners[] =
    " after although amid as though whereas where which while who whom whose ";
// Adverbs that may come between a trailing clause's comma and its participle (", even uniting").
constexpr char kTrailingAdverbs[] = " again also even still thereby thus ";
// Words ending in -ing that are not participles (", evening" is not a clause).
constexpr char kNotParticiples[] =
    " anything bring building ceiling darling during evening everything funding hacking housing"
    " jailing king meeting morning nothing ongoing ring sibling something spring string thing training"
    " wedding wing ";
// First words of a leading time or place adverbial ("On Thursday," "Earlier this year,").
constexpr char kOpenerWords[] =
    " across after amid around at back before by currently during earlier early elsewhere"
    " following for from in inside last late later next now on outside over overnight"
    " previously recently since this throughout today tomorrow tonight until yesterday ";
// First words after which a clause with a reporting verb is not an attribution
// (", which officials said was ...").
constexpr char kClauseBlockers[] =
    " although and as because but if since so that though when where whether which while who"
    " whom whose ";
// Words that open a phrase a sentence can end without (the tail rule): prepositions and clause
// openers. Not "of", "to" or "that": "the head of", "agreed to", "said that" need what follows.
// Nor "if": a condition cut off makes a claim of a threat ("said the letters would be made public
// if the demand was not met").
constexpr char kTailStarts[] =
    " across after against alongside amid among and around at because before behind beyond but by"
    " despite during following for from in including inside into near on outside over since"
    " through throughout toward towards under until when where whereas which while whilst who whom"
    " with within without ";
// Words a sentence cut short must not end on: articles, pronouns and prepositions that need what
// follows, forms of "be" and "have" ("He is." "She has been."), conjunctions and negation.
// Nor on a quantifier or a word that wants a noun ("some of the more", "the first"), nor on an
// adjective or a participle that wants a complement ("a movie I was proud", "they were unable",
// "the firm is based"), nor on "almost" or "along" ("positioning almost", "in Peshawar along"),
// nor on a verb that wants its complement ("came in a tumultuous week", "have taken in more",
// "will take", "include", "was born", "was used", "was made", "will go", "is aimed", "had to
// settle", "has succeeded"), nor on a noun that wants what it
// is for ("affirmed its support", "took responsibility", "expressed concern").
constexpr char kNoEndWords[] =
    " a able about across after against aimed all almost along already also amid among amongst an and"
    " another any anybody anyone appeared are as at aware based be because been before behind being beyond born"
    " both brought but by came can come comes commitment concern concerns condolences could created did do"
    " does done due during each even every expected"
    " familiar far few first for formed from get give given go gone had has have he headed her his i if"
    " in include includes interested into involved is its just known last least less likely"
    " little live lived lives located made make many may might more most much must my near next"
    " not of on only onto opposition or other our over own placed proud ready remain remained remains"
    " responsibility responsible same see set settle several she should since so solidarity some still"
    " succeeded such support sympathy take taken than that"
    " the their these they this those through throughout to toward towards unable under unlikely"
    " until upon used very via was we went were what when where which while whilst who whom whose"
    " will willing with within without would yet you your ";
// First words of a subordinate clause: a sentence that opens with one ("If you ...") keeps its
// tail, which holds the main clause.
constexpr char kSubordinators[] =
    " after although as because before if once since though unless until when whenever where"
    " whereas whether while ";
// Verbs by form: auxiliaries and the commonest irregular pasts and presents of news leads. A
// regular past ("abducted") is recognized by its -ed ending (tail_has_verb).
constexpr char kVerbWords[] =
    " are ate became began blew bought broke brought built came can caught chose could did does"
    " drew drove dug fell felt fled flew forgot fought found gave got grew had has have heard"
    " held hid hit hung is kept knew lay led left lost made may meant meets met might must"
    " overtook paid put quit ran rode rose said sang sank sat saw says sent set shook shot should"
    " shut slept slid sold sought spent spoke spread stole stood struck stuck swept swore takes"
    " taught thought threw told took tore upheld wants was went were will withdrew woke won wore"
    " would wrote ";
// Finite verbs that are never participles: a subject's verb ("has been released", "were",
// "rose"), unlike "held" or "built" ("the dialogue held between ...").
constexpr char kFiniteWords[] =
    " are can could did does fell had has have is may might must rose says shall should was were"
    " will would ";
// Verbs whose object needs the place that follows it ("put their airplane into a descent",
// "placed the boy in care"): the sentence cannot end right after the object.
constexpr char kPlacingVerbs[] = " place placed places placing put puts putting ";
// Verbs whose object needs the "from" that follows it ("banned U.S. prisons from using its
// drug", "kept them from leaving"): without it the sentence says the opposite or nothing. (A
// passive one stands alone: "has been fined and banned.")
constexpr char kFromVerbs[] =
    " ban banned banning bans bar barred barring bars keep keeping keeps kept prevent prevented"
    " preventing prevents prohibit prohibited prohibiting prohibits stop stopped stopping stops ";
// Verbs in the present or base form whose "on" or "for" names what they are about ("calls on
// Amazon to ...", "have to depend on feel"): "A petition calls." says nothing. (Their pasts are
// any -ed verb's: is_tail_start.)
constexpr char kPrepositionalVerbs[] =
    " call calls count counts depend depends focus focuses insist insists rely relies wait waits ";
// Units of distance: "a few miles from the airport", "ten kilometres outside the city" need
// the place they measure from.
constexpr char kDistanceUnits[] =
    " blocks feet kilometers kilometres km meters metres miles yards ";
// Words that measure a distance from a place: the tail cannot start at one after a unit.
constexpr char kDistancePrepositions[] = " beyond from inside outside ";
// Modals: a bare verb after one, or after "to", takes an -ing word as its object ("would
// require modeling agencies to ...", "to avoid paying"), not a participle clause.
constexpr char kModals[] = " can could may might must shall should will would ";
// Words after which "may" is the month ("on May 9", "since may", "in early May"), not the modal.
constexpr char kMonthMayBefore[] = " during early in last late mid of on since until ";
// Verbs whose "with" says what they are about ("was charged with murder", "fitted the slope with
// 24 sensors"): the sentence cannot end before it.
constexpr char kWithVerbs[] = " armed charged credited equipped fitted provided replaced ";
// Prepositions that open fixed phrases ending in another one: "in connection with", "in line
// with", "under pressure from", "at odds with".
constexpr char kPhrasePrepositions[] = " at by in on under ";
// Words before a modifier that make "-ed" an adjective ("the injured", "of armed men").
constexpr char kDeterminers[] = " a an her his its my of our that the their these this those your ";
// Forms of "be" and "get" before a passive participle ("was arrested by").
constexpr char kPassiveAux[] = " are be been being get gets got gotten is was were ";
// Subject pronouns: what follows a clause-opening "as".
constexpr char kSubjectPronouns[] = " he i it she they we you ";
// Words ending in -ed that are not verbs.
constexpr char kNotPasts[] = " bed breed embed fed greed hundred need red seed shed sped speed steed ";
// Sentence-initial connectives: "However, the ..." is not a name with an appositive.
constexpr char kConnectives[] =
    " also but however instead meanwhile moreover nevertheless nonetheless still then therefore"
    " thus yet ";
// Roles before a name, in lower case ("comedian Trevor Noah", "Manchester United defender Jonny
// Evans", "Hollywood star Tom Hanks"): the name says who, and the role can go. Not formal titles
// ("President", "Sen.", "Prime Minister"): news highlights name them with the person, and cutting
// them lost ROUGE-2 on cnndm_val (tuning half, 80 and 160 bytes: -0.11); nor ages
// ("14-year-old Valentina"), which highlights keep as often.
constexpr char kRoles[] =
    " actor actress anchor artist attorney author billionaire businessman businesswoman candidate"
    " captain champion chef co-founder co-pilot coach comedian correspondent defender designer"
    " director executive forward founder goalkeeper host journalist lawyer leader manager"
    " midfielder model officer owner photographer pilot player presenter producer rapper reporter"
    " singer spokesman spokeswoman star striker teacher winger writer ";
// Lower-case words a role may open with ("former star", "presidential candidate").
constexpr char kRoleModifiers[] =
    " acting deputy first former incumbent interim opposition presidential press senior team top vice ";
// Words that open an appositive noun phrase after a name.
constexpr char kAppositiveStarts[] = " a an her his its the their ";

// Time words: weekdays, and what "last" / "this" / "next" / "earlier this" name.
constexpr char kWeekdays[] = " friday monday saturday sunday thursday tuesday wednesday ";
constexpr char kDayParts[] = " afternoon evening morning night ";
constexpr char kPeriods[] = " month season week weekend year ";
constexpr char kTimeAlone[] = " today tonight yesterday ";
// Particles of phrasal verbs: an -ing word after one is the verb's object ("has ruled out
// amending the law", "gave up smoking").
constexpr char kParticles[] = " away back down off out up ";
// Number words: what comes after one is a noun phrase ("two manufacturing sites").
constexpr char kNumbers[] =
    " dozens eight eleven five four hundreds millions nine seven six ten thousands three twelve two ";
// Spans of time that "after" or "before" measures: "a day after", "hours before".
constexpr char kTimeSpans[] =
    " day days hour hours minute minutes moment moments month months week weeks year years ";

constexpr auto kReportingTable = index_words(kReportingVerbs);
constexpr auto kWeekdayTable = index_words(kWeekdays);
constexpr auto kDayPartTable = index_words(kDayParts);
constexpr auto kPeriodTable = index_words(kPeriods);
constexpr auto kTimeAloneTable = index_words(kTimeAlone);
constexpr auto kTimeSpanTable = index_words(kTimeSpans);
constexpr auto kNumberTable = index_words(kNumbers);
constexpr auto kParticleTable = index_words(kParticles);
constexpr auto kTrailingTable = index_words(kTrailingOpeners);
constexpr auto kTrailingAdverbTable = index_words(kTrailingAdverbs);
constexpr auto kNotParticipleTable = index_words(kNotParticiples);
constexpr auto kOpenerTable = index_words(kOpenerWords);
constexpr auto kBlockerTable = index_words(kClauseBlockers);
constexpr auto kConnectiveTable = index_words(kConnectives);
constexpr auto kAppositiveTable = index_words(kAppositiveStarts);
constexpr auto kRoleTable = index_words(kRoles);
constexpr auto kRoleModifierTable = index_words(kRoleModifiers);
constexpr auto kTailStartTable = index_words(kTailStarts);
constexpr auto kNoEndTable = index_words(kNoEndWords);
constexpr auto kVerbTable = index_words(kVerbWords);
constexpr auto kFiniteTable = index_words(kFiniteWords);
constexpr auto kDeterminerTable = index_words(kDeterminers);
constexpr auto kNotPastTable = index_words(kNotPasts);
constexpr auto kPassiveAuxTable = index_words(kPassiveAux);
constexpr auto kSubjectPronounTable = index_words(kSubjectPronouns);
constexpr auto kSubordinatorTable = index_words(kSubordinators);
constexpr auto kPhrasePrepositionTable = index_words(kPhrasePrepositions);
constexpr auto kPlacingTable = index_words(kPlacingVerbs);
constexpr auto kFromVerbTable = index_words(kFromVerbs);
constexpr auto kPrepositionalVerbTable = index_words(kPrepositionalVerbs);
constexpr auto kDistanceUnitTable = index_words(kDistanceUnits);
constexpr auto kDistancePrepositionTable = index_words(kDistancePrepositions);
constexpr auto kModalTable = index_words(kModals);
constexpr auto kMonthMayBeforeTable = index_words(kMonthMayBefore);
constexpr auto kWithVerbTable = index_words(kWithVerbs);
// word_in folds a word into a buffer of kLongestTableWord bytes: no table word may be longer.
constexpr std::size_t kLongestTableWord = 16;
template <std::size_t N>
constexpr bool well_formed(const WordTable<N> &t) {
    return t.sorted && longest_word(t) <= kLongestTableWord;
}
static_assert(well_formed(kPlacingTable) && well_formed(kFromVerbTable) && well_formed(kPrepositionalVerbTable) &&
                  well_formed(kDistanceUnitTable) && well_formed(kDistancePrepositionTable) && well_formed(kModalTable) && well_formed(kWithVerbTable) && well_formed(kReportingTable) &&
                  well_formed(kTrailingTable) && well_formed(kTrailingAdverbTable) &&
                  well_formed(kNotParticipleTable) && well_formed(kOpenerTable) &&
                  well_formed(kBlockerTable) && well_formed(kConnectiveTable) && well_formed(kAppositiveTable) &&
                  well_formed(kTailStartTable) && well_formed(kNoEndTable) && well_formed(kVerbTable) &&
                  well_formed(kFiniteTable) && well_formed(kDeterminerTable) && well_formed(kNotPastTable) &&
                  well_formed(kPassiveAuxTable) && well_formed(kSubjectPronounTable) && well_formed(kSubordinatorTable) &&
                  well_formed(kPhrasePrepositionTable) && well_formed(kWeekdayTable) && well_formed(kDayPartTable) &&
                  well_formed(kPeriodTable) && well_formed(kTimeAloneTable) && well_formed(kTimeSpanTable) &&
                  well_formed(kNumberTable) && well_formed(kParticleTable) && well_formed(kRoleTable) &&
                  well_formed(kRoleModifierTable) && well_formed(kMonthMayBeforeTable),
              "trim word tables must be sorted by first letter, with no word longer than word_in's buffer");

// Comma-bounded asides that carry no news (", however," ", for its part,"), lower case.
const char *const kAsidePhrases[] = {
    "also",        "as well",       "by contrast",  "for example",  "for her part", "for his part",
    "for instance", "for its part", "for their part", "however",    "in addition",  "in contrast",
    "in fact",     "in particular", "in turn",      "indeed",       "instead",      "meanwhile",
    "moreover",    "nevertheless",  "nonetheless",  "of course",    "so far",       "therefore",
    "though",      "too",
};

// Length of a punctuation code point at s[i] that separates words: curly quotes, dashes,
// ellipsis (all E2 80 xx). 0 for anything else.
uint32_t punct_length(const u8 *s, uint32_t n, uint32_t i) {
    if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80) {
        u8 c = s[i + 2];
        if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94 || c == 0xA6) return 3;
    }
    return 0;
}

// Bytes that belong to a word: letters, digits, inner apostrophes, hyphens and periods ("U.S."),
// and non-ASCII bytes other than the punctuation above.
bool is_trim_word_byte(u8 c) { return is_ascii_alpha(c) || is_digit(c) || c == '\'' || c == '-' || c == '.' || c >= 0x80; }

// Whether a word starts at s[i]: a letter, a digit, or the lead byte of a non-ASCII character
// that is not punctuation.
bool is_word_at(const u8 *s, uint32_t n, uint32_t i) {
    if (s[i] >= 0x80) return s[i] >= 0xC0 && punct_length(s, n, i) == 0;
    return is_ascii_alpha(s[i]) || is_digit(s[i]);
}

using TrimWord = TrimRange;

// The next word starting at or after i and before limit: a run that starts with a letter, a
// digit or a non-ASCII letter and continues over word bytes. False when there is none.
bool next_word_in(const u8 *s, uint32_t i, uint32_t limit, TrimWord *w) {
    while (i < limit && !is_word_at(s, limit, i)) i += punct_length(s, limit, i) ? 3u : 1u;
    if (i >= limit) return false;
    uint32_t b = i;
    // Letters, most of a word, first: they are word bytes and no punctuation (which opens on 0xE2).
    for (; i < limit; ++i) {
        const u8 ch = s[i];
        if (is_ascii_alpha(ch)) continue;
        if (!is_trim_word_byte(ch) || (ch == 0xE2 && punct_length(s, limit, i) != 0)) break;
    }
    // A trailing hyphen, apostrophe or period is punctuation ("said." "plans'"), except the
    // last period of an abbreviation with inner ones ("U.S."). Only a word that ends on a period
    // is searched for one (not counted in the loop above: that took a register, and 8 bytes of
    // this frame on the trimmed summary's deepest path).
    bool inner_period = false;
    for (uint32_t k = b; s[i - 1] == '.' && k + 1 < i; ++k) inner_period = inner_period || s[k] == '.';
    while (i > b + 1 && (s[i - 1] == '-' || s[i - 1] == '\'' || (s[i - 1] == '.' && !inner_period))) --i;
    *w = TrimWord{static_cast<uint16_t>(b), static_cast<uint16_t>(i)};
    return true;
}

// Whether word w (folded to lower case) is in the table.
template <std::size_t N>
bool word_in(const u8 *s, const TrimWord &w, const WordTable<N> &table) {
    char buf[kLongestTableWord];  // a longer word is in no table; the buffer lies deep in the stack
    uint32_t len = w.end - w.begin;
    if (len == 0 || len > sizeof buf) return false;
    for (uint32_t k = 0; k < len; ++k) buf[k] = static_cast<char>(ascii_lower(s[w.begin + k]));
    return in_word_table(table, buf, len);
}

bool word_is(const u8 *s, const TrimWord &w, const char *lit) {
    uint32_t k = 0;
    for (; lit[k] != 0; ++k) {
        if (w.begin + k >= w.end || ascii_lower(s[w.begin + k]) != static_cast<u8>(lit[k])) return false;
    }
    return w.begin + k == w.end;
}

// Up to `cap` words of s[from..limit); returns how many there are (counting past cap).
uint32_t words_of(const u8 *s, uint32_t from, uint32_t limit, TrimWord *out, uint32_t cap) {
    uint32_t count = 0;
    TrimWord w;
    while (next_word_in(s, from, limit, &w)) {
        if (count < cap) out[count] = w;
        ++count;
        from = w.end;
        if (count > 64) break;  // long enough to disqualify any rule; keeps this bounded
    }
    return count;
}

bool is_ending(const u8 *s, uint32_t n, uint32_t i, uint32_t *len) {
    if (s[i] == '.' || s[i] == '!' || s[i] == '?') return *len = 1, true;
    if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xA6) return *len = 3, true;
    return false;
}

// The last byte index of a closing quote or bracket ending at `end`, or end when none. Tokenized
// text sets a blank before a closing mark ("at my feet . '"): the blanks before one go with it,
// or the terminator would not be found and a cut would take it.
uint32_t before_closers(const u8 *s, uint32_t end) {
    const uint32_t last = end;
    for (;;) {
        if (end >= 1 && (s[end - 1] == '"' || s[end - 1] == '\'' || s[end - 1] == ')' || s[end - 1] == ']')) {
            --end;
        } else if (end >= 3 && s[end - 3] == 0xE2 && s[end - 2] == 0x80 && (s[end - 1] == 0x9D || s[end - 1] == 0x99)) {
            end -= 3;
        } else if (end >= 1 && end < last && is_space(s[end - 1])) {
            --end;
        } else {
            return end;
        }
    }
}

// A single quote between blanks (or the sentence's ends): in tokenized text, a quotation mark.
bool lone_quote(const u8 *s, uint32_t n, uint32_t i) {
    return s[i] == '\'' && (i == 0 || is_space(s[i - 1])) && (i + 1 == n || is_space(s[i + 1]));
}

// Letters and digits (any non-ASCII byte counts): a cut between two of them would split a word.
bool is_letter_byte(u8 c) { return is_ascii_alpha(c) || is_digit(c) || c >= 0x80; }

bool overlaps(const TrimRange &a, uint32_t begin, uint32_t end) { return begin < a.end && a.begin < end; }

// Whether w has at least min_length bytes and ends in `suffix` (lower-case letters), in either
// case: the one test of a word's form by its ending. Out of line: inlined, its loop took eight
// more bytes of is_past_form's frame, on the trimming path, the deepest of a summary.
PRECIS_NOINLINE bool ends_in(const u8 *s, const TrimWord &w, const char *suffix, uint32_t min_length) {
    uint32_t n = 0;
    while (suffix[n] != 0) ++n;
    if (static_cast<uint32_t>(w.end - w.begin) < min_length) return false;
    for (uint32_t k = 0; k < n; ++k) {
        if (ascii_lower(s[w.end - n + k]) != static_cast<u8>(suffix[k])) return false;
    }
    return true;
}

// A word ending in -ing that is a participle ("putting", "showing"), not a noun ("evening").
bool is_participle(const u8 *s, const TrimWord &w) {
    return ends_in(s, w, "ing", 5) && !word_in(s, w, kNotParticipleTable) && !word_is(s, w, "according");
}

// A word ending in -ed: a past or a past participle ("abducted"), unless it is a noun ("speed").
bool is_past_form(const u8 *s, const TrimWord &w) { return ends_in(s, w, "ed", 4) && !word_in(s, w, kNotPastTable); }

// A word of more than four letters ending in -est: a superlative ("largest"), which wants its noun.
bool is_superlative(const u8 *s, const TrimWord &w) { return ends_in(s, w, "est", 5); }

// A word with an adjective's ending ("temporary", "dangerous", "massive", "public", "possible"):
// after a determiner it wants its noun ("until a temporary crossing opens" is not "until a
// temporary.").
bool is_adjective_form(const u8 *s, const TrimWord &w) {
    return ends_in(s, w, "ary", 5) || ends_in(s, w, "ory", 5) || ends_in(s, w, "ous", 5) || ends_in(s, w, "ive", 5) ||
           ends_in(s, w, "ful", 5) || ends_in(s, w, "less", 6) || ends_in(s, w, "ble", 5) || ends_in(s, w, "ic", 5);
}

// Words that open a relative clause ("the man whose life was portrayed").
bool is_relative(const u8 *s, const TrimWord &w) {
    return word_is(s, w, "who") || word_is(s, w, "whose") || word_is(s, w, "whom") || word_is(s, w, "which");
}

// A sentence's first word that opens a participle phrase ("Nestled in a hillside,", "Wrapped up
// in a scarf,"): an -ing participle or a past form of more than three letters.
bool opens_on_participle(const u8 *s, const TrimWord &w0) {
    return is_participle(s, w0) || (w0.end - w0.begin > 3 && is_past_form(s, w0));
}

// "refugee-producing", "low-lying": an adjective, not a participle clause.
bool hyphenated(const u8 *s, const TrimWord &w) {
    for (uint32_t k = w.begin; k < w.end; ++k) {
        if (s[k] == '-') return true;
    }
    return false;
}

// A verb that reports ("said", "told"), in lower case: "United States" and "Consumer Reports"
// name something.
bool is_reporting(const u8 *s, const TrimWord &w) { return is_ascii_lower(s[w.begin]) && word_in(s, w, kReportingTable); }

// A word of more than four letters ending in -ly: an adverb ("rapidly", "allegedly").
bool is_adverb(const u8 *s, const TrimWord &w) { return ends_in(s, w, "ly", 5); }

// "but", "yet", "then": a conjunction whose clause revises what came before it, so that what
// precedes it cannot stand for the sentence ("rose - but it warned", "kidnapped ..., then
// released them").
bool is_revising(const u8 *s, const TrimWord &w) {
    return word_is(s, w, "but") || word_is(s, w, "yet") || word_is(s, w, "then");
}

// A verb with "n't" ("wasn't", "didn't", "won't"). (A curly apostrophe separates words here.)
bool is_negated_verb(const u8 *s, const TrimWord &w) {
    return w.end - w.begin >= 4 && ascii_lower(s[w.end - 1]) == 't' && s[w.end - 2] == '\'' &&
           ascii_lower(s[w.end - 3]) == 'n';
}

// A verb by its form: a word of the verb table or a past ("was", "abducted").
bool is_verb_form(const u8 *s, const TrimWord &w) { return word_in(s, w, kVerbTable) || is_past_form(s, w); }

// Whether w[j] of the nw words is a finite verb (kFiniteWords): not the month May, which
// lower-cased text ("on may 9") spells as the modal.
bool is_finite_at(const u8 *s, const TrimWord *w, uint32_t j, uint32_t nw) {
    if (!word_in(s, w[j], kFiniteTable)) return false;
    if (!word_is(s, w[j], "may")) return true;
    return !((j + 1 < nw && is_digit(s[w[j + 1].begin])) || (j > 0 && word_in(s, w[j - 1], kMonthMayBeforeTable)));
}

// How many of the sentence's words TrimContext::words holds.
uint32_t stored_words(const TrimContext &c) {
    return c.nwords > TrimContext::kMaxWords ? TrimContext::kMaxWords : c.nwords;
}

// The index of the first stored word that starts at or after byte `at` (`stored` when none).
uint32_t word_index_at(const TrimContext &c, uint32_t stored, uint32_t at) {
    uint32_t i = 0;
    while (i < stored && c.words[i].begin < at) ++i;
    return i;
}

// Where the run of blanks that ends at i begins (i when s[i - 1] is not blank).
uint32_t blanks_before(const u8 *s, uint32_t i) {
    while (i > 0 && is_space(s[i - 1])) --i;
    return i;
}

// Whether a comma stands right before word w ("row, convicted").
bool comma_before(const u8 *s, const TrimWord &w) {
    uint32_t b = blanks_before(s, w.begin);
    return b > 0 && s[b - 1] == ',';
}

// Whether a possessive "'s" set apart follows word w, as tokenized text sets it ("next weekend 's
// grand prix", "raheem sterling 's contract"): w is the owner, a noun.
PRECIS_NOINLINE bool owns_what_follows(const TrimContext &c, const TrimWord &w) {
    const u8 *s = c.s;
    const uint32_t after = skip_spaces(s, c.body_end, w.end);
    const uint32_t mark = after < c.body_end && s[after] == '\'' ? 1 : punct_length(s, c.body_end, after);
    return mark != 0 && after + mark < c.body_end && ascii_lower(s[after + mark]) == 's' &&
           (after + mark + 1 == c.body_end || !is_letter_byte(s[after + mark + 1]));
}

// A question asks in its last clause: cut short ("... is once again?") or without a trailing
// clause ("With security a key issue?") it asks something else, so it keeps them.
bool is_question(const TrimContext &c) {
    for (uint32_t i = c.body_end; i < c.n; ++i) {
        if (c.s[i] == '?') return true;
    }
    return false;
}

bool in_quotes(const TrimContext &c, uint32_t i) {
    for (uint32_t q = 0; q < c.nquotes; ++q) {
        if (i >= c.quotes[q].begin && i < c.quotes[q].end) return true;
    }
    return false;
}

// A cut between words, with its brackets balanced, that keeps the terminator.
bool cut_is_balanced(const TrimContext &c, uint32_t begin, uint32_t end) {
    const u8 *s = c.s;
    if (begin >= end || end > c.body_end) return false;
    if (begin > 0 && is_letter_byte(s[begin - 1]) && is_letter_byte(s[begin])) return false;
    if (end < c.n && is_letter_byte(s[end - 1]) && is_letter_byte(s[end])) return false;
    int round = 0, square = 0;
    for (uint32_t i = begin; i < end; ++i) {
        round += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
        square += s[i] == '[' ? 1 : s[i] == ']' ? -1 : 0;
        if (round < 0 || square < 0) return false;
    }
    return round == 0 && square == 0;
}

// A cut on its own: balanced, and outside every quotation or around all of it (an aside that
// quotes a title: ' -- made famous in "Moneyball" -- ').
bool cut_is_clean(const TrimContext &c, uint32_t begin, uint32_t end) {
    for (uint32_t q = 0; q < c.nquotes; ++q) {
        bool around = begin <= c.quotes[q].begin && c.quotes[q].end <= end;
        if (overlaps(c.quotes[q], begin, end) && !around) return false;
    }
    return cut_is_balanced(c, begin, end);
}

// Inserts [begin, end) into a copy of `in`, merging overlapping or touching cuts. False when
// the result would need more than kMaxCuts cuts.
bool insert_cut(const CutSet &in, uint32_t begin, uint32_t end, CutSet *out) {
    out->count = 0;
    bool placed = false;
    TrimRange add{static_cast<uint16_t>(begin), static_cast<uint16_t>(end)};
    for (uint32_t k = 0; k <= in.count; ++k) {
        TrimRange r;
        if (k < in.count && (placed || in.cut[k].begin < add.begin)) {
            r = in.cut[k];
        } else if (!placed) {
            r = add;
            placed = true;
            --k;  // in.cut[k] still to place
        } else {
            break;
        }
        if (out->count > 0 && r.begin <= out->cut[out->count - 1].end) {
            TrimRange &last = out->cut[out->count - 1];
            if (r.end > last.end) last.end = r.end;
        } else {
            if (out->count == kMaxCuts) return false;
            out->cut[out->count++] = r;
        }
    }
    return true;
}

// The kept ranges for a cut set.
template <typename Range>
uint32_t fragments_of(const CutSet &cuts, uint32_t n, Range *out) {
    uint32_t count = 0, at = 0;
    for (uint32_t k = 0; k < cuts.count; ++k) {
        if (cuts.cut[k].begin > at) out[count++] = Range{static_cast<decltype(Range::begin)>(at), cuts.cut[k].begin};
        at = cuts.cut[k].end;
    }
    if (at < n) out[count++] = Range{static_cast<decltype(Range::begin)>(at), static_cast<decltype(Range::end)>(n)};
    return count;
}

bool is_clause_punct(u8 c) { return c == ',' || c == ';' || c == ':'; }

// The kept text reads as a sentence: an upper-case or digit start, no punctuation left hanging
// at a join, at least three words before the terminator.
bool kept_is_well_formed(const TrimContext &c, const CutSet &cuts, uint32_t min_words = 3) {
    const u8 *s = c.s;
    TrimRange frag[PRECIS_MAX_FRAGMENTS];
    uint32_t nf = fragments_of(cuts, c.n, frag);
    if (nf == 0) return false;
    uint32_t first = skip_spaces(s, frag[0].end, frag[0].begin);
    if (frag[0].begin > 0 && (first >= frag[0].end || !(is_ascii_upper(s[first]) || is_digit(s[first])))) return false;
    uint32_t words = 0;
    for (uint32_t f = 0; f < nf; ++f) {
        uint32_t limit = frag[f].end < c.body_end ? frag[f].end : c.body_end;
        if (frag[f].begin < limit) words += words_of(s, frag[f].begin, limit, nullptr, 0);
        if (f + 1 == nf) break;
        // The join between fragment f and f + 1.
        uint32_t p = frag[f].end;
        while (p > frag[f].begin && is_space(s[p - 1])) --p;
        if (p == frag[f].begin) return false;  // a fragment of blanks: the cuts should have merged
        u8 before = s[p - 1];
        uint32_t q = skip_spaces(s, frag[f + 1].end, frag[f + 1].begin);
        if (q >= frag[f + 1].end) return false;
        u8 after = s[q];
        if (is_clause_punct(before) || before == '(' || before == '[' || before == '-') return false;
        // An abbreviation's period before the terminator doubles it: "The Henson Co..".
        if (before == '.' && (after == '.' || after == '!' || after == '?')) return false;
        // A comma inside a closing quote hangs as much: 'the old adage "All politics is local,".'
        uint32_t closer = before == '"'                                                    ? 1
                          : (p >= 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x80 && s[p - 1] == 0x9D) ? 3
                          : (p >= 2 && before == '\'' && s[p - 2] == '\'')                      ? 2
                                                                                             : 0;
        if (closer > 0 && p - closer > frag[f].begin && is_clause_punct(s[p - closer - 1])) return false;
        // Two words must not touch: "Nigeria (CNN)Hundreds" cut to "NigeriaHundreds".
        bool blank = p < frag[f].end || q > frag[f + 1].begin;
        if (!blank && is_letter_byte(before) && is_letter_byte(after)) return false;
        if (after == ')' || after == ']') return false;
        if (before >= 0x80 && p >= 3 && punct_length(s, c.n, p - 3) == 3) return false;  // a dash or quote left open
    }
    return words >= min_words;
}

// Clause-level comma k's neighbours: [from, to) is the clause after comma k, to the next comma
// or the end of the body.
uint32_t clause_end(const TrimContext &c, uint32_t k) { return k + 1 < c.ncommas ? c.commas[k + 1] : c.body_end; }

// How many finite verbs w[from..to) holds (from >= 1), counting up to `enough`: forms of the
// verb table and regular pasts ("abducted"), not after a determiner ("the set", "the injured").
// A quotation's verb is not the sentence's ("the adage \"All politics is local\""), but it is
// what a reporting verb reports (`quoted`: 'said "we need to close gaps"').
uint32_t verbs_between(const TrimContext &c, uint32_t from, uint32_t to, bool quoted, uint32_t enough) {
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    uint32_t count = 0;
    for (uint32_t j = from; j < to && count < enough; ++j) {
        if (!quoted && in_quotes(c, w[j].begin)) continue;
        if (word_in(s, w[j - 1], kDeterminerTable)) continue;
        if (word_in(s, w[j], kVerbTable) || (is_ascii_lower(s[w[j].begin]) && is_past_form(s, w[j]))) ++count;
    }
    return count;
}

// A finite verb among w[from..to): something happened before the cut, so what is kept is a
// clause ("was abducted", "resigned"), not a bare noun phrase ("Armed men").
PRECIS_ALWAYS_INLINE bool tail_has_verb(const TrimContext &c, uint32_t from, uint32_t to, bool quoted = false) {
    return verbs_between(c, from, to, quoted, 1) > 0;
}

bool has_reporting_verb(const u8 *s, const TrimWord *w, uint32_t count, uint32_t *last) {
    bool found = false;
    for (uint32_t i = 0; i < count; ++i) {
        if (is_reporting(s, w[i])) {
            found = true;
            *last = i;
        }
    }
    return found;
}

}  // namespace

bool trim_analyze(const unsigned char *s, uint32_t n, TrimContext *c) {
    c->s = s;
    c->n = n;
    c->nquotes = 0;
    c->ncommas = 0;
    c->too_many_commas = false;
    c->nwords = 0;
    if (n == 0 || n > kTrimMaxBytes) return false;
    // The terminator: closing quotes and brackets, then . ! ? or an ellipsis before them.
    uint32_t end = before_closers(s, n), len = 0;
    uint32_t body = end;
    while (body > 0) {
        uint32_t at = body >= 3 && s[body - 3] == 0xE2 ? body - 3 : body - 1;
        if (!is_ending(s, n, at, &len) || at + len != body) break;
        body = at;
    }
    c->body_end = body < end ? body : n;
    // Quotations: straight quotes toggle, curly ones and the typewriter pairs of wire copy (``
    // and '') open and close. An unclosed quotation runs to the end; past kMaxQuotes the last one
    // does too (cuts stay before it).
    uint32_t open = 0;
    bool inside = false;
    int round = 0, square = 0;
    for (uint32_t i = 0; i < n; ++i) {
        u8 ch = s[i];
        // Letters and spaces, most of a sentence, neither quote nor bracket nor comma: the tests
        // below all pass them by (this loop was a tenth of a byte budget's instructions).
        if (is_ascii_alpha(ch) || ch == ' ') continue;
        bool opens = false, closes = false;
        uint32_t mark = 1;
        if (ch == '"') {
            opens = !inside;
            closes = inside;
        } else if (ch == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0x9C || s[i + 2] == 0x9D)) {
            opens = s[i + 2] == 0x9C && !inside;
            closes = s[i + 2] == 0x9D && inside;
            mark = 3;
        } else if ((ch == '`' || ch == '\'') && i + 1 < n && s[i + 1] == ch) {
            opens = ch == '`' && !inside;
            closes = ch == '\'' && inside;
            mark = 2;
        } else if (lone_quote(s, n, i)) {
            // Tokenized text's quotation mark ("are ' as good as it gets ' for"). Outside a
            // quotation, not the apostrophe of a plural's possessive after its -s ("fages ' ban
            // will start"), nor a mark that no other closes before the terminator: tokenized text
            // splits a quotation of many sentences at their full stops, and "... do that , ' the
            // girl said ." closes one that opened a sentence before.
            const uint32_t b = blanks_before(s, i);
            const bool possessive = b > 0 && ascii_lower(s[b - 1]) == 's' && i + 2 < n && is_letter_byte(s[i + 2]);
            for (uint32_t j = i + 1; !inside && !possessive && !opens && j < c->body_end; ++j) opens = lone_quote(s, n, j);
            closes = inside;
        }
        if (opens) {
            inside = true;
            open = i;
            i += mark - 1;
        } else if (closes) {
            inside = false;
            uint32_t close_end = i + mark;
            i += mark - 1;
            if (c->nquotes + 1 == TrimContext::kMaxQuotes) {
                c->quotes[c->nquotes++] = TrimRange{static_cast<uint16_t>(open), static_cast<uint16_t>(n)};
                break;
            }
            c->quotes[c->nquotes++] = TrimRange{static_cast<uint16_t>(open), static_cast<uint16_t>(close_end)};
        }
        if (inside) continue;
        round += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        square += ch == '[' ? 1 : ch == ']' ? -1 : 0;
        bool in_number = i > 0 && i + 1 < n && is_digit(s[i - 1]) && is_digit(s[i + 1]);
        if (ch == ',' && round == 0 && square == 0 && !in_number && i < c->body_end) {
            if (c->ncommas == TrimContext::kMaxCommas) c->too_many_commas = true;
            else c->commas[c->ncommas++] = static_cast<uint16_t>(i);
        }
    }
    if (inside && c->nquotes < TrimContext::kMaxQuotes) {
        c->quotes[c->nquotes++] = TrimRange{static_cast<uint16_t>(open), static_cast<uint16_t>(n)};
    }
    if (c->too_many_commas) c->ncommas = 0;
    c->nwords = words_of(s, 0, c->body_end, c->words, TrimContext::kMaxWords);
    if (c->nwords > TrimContext::kMaxWords) c->nwords = TrimContext::kMaxWords + 1;
    return true;
}

namespace {

// The three kinds of aside, each in a frame of its own: trimming runs deepest in a summary's
// calls, and the dash rule's verb test would otherwise sit on all three's locals.
PRECIS_NOINLINE void bracket_asides(const TrimContext &c, Cuts *out) {
    const u8 *s = c.s;
    // Brackets: "(PMF)" "[forces]", with the space before them.
    for (uint32_t i = 0; i < c.body_end; ++i) {
        if ((s[i] != '(' && s[i] != '[') || in_quotes(c, i)) continue;
        u8 close = s[i] == '(' ? ')' : ']';
        int depth = 0;
        uint32_t j = i;
        for (; j < c.body_end; ++j) {
            if (s[j] == s[i]) ++depth;
            if (s[j] == close && --depth == 0) break;
        }
        if (j >= c.body_end) break;  // unclosed: nothing after it is an aside
        uint32_t begin = i, end = j + 1;
        while (begin > 0 && is_space(s[begin - 1])) --begin;
        if (begin == 0) end = skip_spaces(s, c.body_end, end);  // a leading aside takes the space after it
        out->add(begin, end);
        i = j;
    }
}

PRECIS_NOINLINE void dash_asides(const TrimContext &c, Cuts *out) {
    const u8 *s = c.s;
    // Dash asides: " — ... — " (the space after the second dash stays) or " — ..." to the end;
    // "--", and "-" and wire copy's "_" between spaces, are dashes too.
    uint16_t dash_begin[8], dash_end[8];
    uint32_t ndash = 0;
    const bool tokenized = c.body_end > 0 && c.body_end < c.n && is_space(s[c.body_end - 1]);
    for (uint32_t i = 0; i < c.body_end && ndash < 8; ++i) {
        uint32_t len = 0;
        if (s[i] == 0xE2 && i + 2 < c.n && s[i + 1] == 0x80 && (s[i + 2] == 0x93 || s[i + 2] == 0x94)) len = 3;
        else if (s[i] == '-' && i + 1 < c.n && s[i + 1] == '-') len = 2;
        else if (s[i] == '_') len = 1;  // wire copy's dash (AP, NYT): " _ usually from the Corps _ "
        // A hyphen between spaces, as the BBC sets a dash (" - albeit by a fine margin - "), but
        // not between numbers ("won 2 - 1"), nor in tokenized text, which sets a blank before
        // the terminator and around every hyphen ("a three - part process", "deja - vu"; its
        // dashes are "--", en and em dashes).
        else if (s[i] == '-' && i >= 2 && !is_digit(s[i - 2]) && i + 2 < c.n && !is_digit(s[i + 2]) && !tokenized) len = 1;
        if (len == 0 || in_quotes(c, i)) continue;
        // Only a dash that stands between spaces (or an em dash anywhere) sets off an aside.
        bool spaced = i > 0 && is_space(s[i - 1]) && i + len < c.n && is_space(s[i + len]);
        bool em = len == 3 && s[i + 2] == 0x94;
        if (!spaced && !em) {
            i += len - 1;
            continue;
        }
        uint32_t b = i;
        while (b > 0 && is_space(s[b - 1])) --b;
        dash_begin[ndash] = static_cast<uint16_t>(b);
        dash_end[ndash++] = static_cast<uint16_t>(i + len);
        i += len - 1;
    }
    for (uint32_t d = 0; d < ndash; d += 2) {
        if (d + 1 < ndash) {
            out->add(dash_begin[d], dash_end[d + 1]);
            continue;
        }
        // To the end only after a verb: "One of the puzzles -- two white spots." and "Between
        // now and then -- managers hope ..." hold their only clause after the dash. Nor when what
        // follows revises it ("profits rose - but it warned of a slowdown"), as a tail cut may not.
        TrimWord first;
        const bool revises = next_word_in(s, dash_end[d], c.body_end, &first) && is_revising(s, first);
        if (!revises && tail_has_verb(c, 1, word_index_at(c, stored_words(c), dash_begin[d]))) {
            out->add(dash_begin[d], c.body_end);
        }
    }
}

PRECIS_NOINLINE void comma_asides(const TrimContext &c, Cuts *out) {
    const u8 *s = c.s;
    // Comma asides: ", however," ", for its part," (both commas go; the space after stays).
    for (uint32_t k = 0; k < c.ncommas; ++k) {
        uint32_t from = c.commas[k] + 1, to = clause_end(c, k);
        TrimWord w[4];
        uint32_t nw = words_of(s, from, to, w, 4);
        if (nw == 0 || nw > 3) continue;
        for (const char *phrase : kAsidePhrases) {
            // Compare word by word with the phrase's words.
            const char *p = phrase;
            uint32_t i = 0;
            bool match = true;
            while (match && *p != 0) {
                const char *e = p;
                while (*e != 0 && *e != ' ') ++e;
                if (i >= nw || uint32_t{w[i].end} - w[i].begin != static_cast<uint32_t>(e - p)) {
                    match = false;
                    break;
                }
                for (uint32_t b = w[i].begin; b < w[i].end; ++b) {
                    if (ascii_lower(s[b]) != static_cast<u8>(p[b - w[i].begin])) match = false;
                }
                ++i;
                p = *e == ' ' ? e + 1 : e;
            }
            if (!match || i != nw) continue;
            out->add(c.commas[k], to < c.body_end ? to + 1 : c.body_end);
            break;
        }
    }
}

}  // namespace

void propose_asides(const TrimContext &c, Cuts *out) {
    bracket_asides(c, out);
    dash_asides(c, out);
    comma_asides(c, out);
}

namespace {

// Whether the clause after the last comma says who said it: ", X said (today)", ", said X",
// ", according to X". In a frame of its own: its words would otherwise lie under the verb test
// that follows it (trimming runs deepest in a summary's calls).
PRECIS_NOINLINE bool ends_on_attribution(const TrimContext &c) {
    const u8 *s = c.s;
    TrimWord w[17];
    uint32_t k = c.ncommas - 1, from = c.commas[k] + 1;
    uint32_t nw = words_of(s, from, c.body_end, w, 17);
    uint32_t verb = 0;
    if (nw < 1 || nw > 16) return false;
    // ", said the mayor." is an attribution; ", said SeaWorld has rescued 500 sea lions."
    // and "The detective, Saldate, said Scott told him ..." are the sentence's own verb:
    // the inverted form is short, holds no "that", and follows the only clause comma.
    bool inverted = is_reporting(s, w[0]) && nw <= 6 && c.ncommas == 1;
    for (uint32_t i = 1; i < nw && inverted; ++i) inverted = !word_is(s, w[i], "that");
    bool cut = inverted || (nw >= 3 && word_is(s, w[0], "according") && word_is(s, w[1], "to"));
    if (!cut && !word_in(s, w[0], kBlockerTable) && has_reporting_verb(s, w, nw, &verb)) {
        cut = verb >= 1 && nw - verb - 1 <= 4;
        // Who said it, not a clause of its own: ", the club is still running and is
        // \"better than ever,\" Mazur said" keeps its clause.
        for (uint32_t i = 0; i < verb && cut; ++i) cut = !word_in(s, w[i], kFiniteTable);
    }
    return cut;
}

// Whether the words between the comma before c.commas[k] (or the start) and it hold a verb. A
// stretch beyond the stored words counts as a clause.
bool clause_before(const TrimContext &c, uint32_t k) {
    const uint32_t stored = stored_words(c);
    const uint32_t from = k == 0 ? 0 : word_index_at(c, stored, c.commas[k - 1]);
    const uint32_t to = word_index_at(c, stored, c.commas[k]);
    if (to == stored && stored < c.nwords) return true;
    return tail_has_verb(c, from > 0 ? from : 1, to);
}

// The other attributions: between two commas, at the start, and at the end without a comma.
PRECIS_NOINLINE void inner_attributions(const TrimContext &c, Cuts *out) {
    const u8 *s = c.s;
    TrimWord w[17];
    if (c.ncommas > 0) {
        // Inside: ", police said," ", according to X,".
        for (uint32_t j = 0; j + 1 < c.ncommas; ++j) {
            uint32_t to = c.commas[j + 1];
            uint32_t nw = words_of(s, c.commas[j] + 1, to, w, 9);
            if (nw < 2 || nw > 8) continue;
            // The verb ends the clause, or a weekday or "today" follows it (", officials
            // announced Wednesday,").
            uint32_t verb = nw - 1;
            if (word_in(s, w[verb], kWeekdayTable) || word_in(s, w[verb], kTimeAloneTable)) --verb;
            bool said = is_reporting(s, w[verb]) && !word_in(s, w[0], kBlockerTable);
            bool according = word_is(s, w[0], "according") && word_is(s, w[1], "to") && nw >= 3;
            if (!said && !according) continue;
            // ", according to X, the chief of Y." ends on X's appositive, and ", according to an
            // affiliate in Greenville, South Carolina." on X's region: they go with X.
            TrimWord next;
            bool last = according && j + 2 == c.ncommas && next_word_in(s, to + 1, c.body_end, &next);
            bool appositive = last && word_in(s, next, kAppositiveTable);
            for (uint32_t k = 0, at = to + 1; last && !appositive && k <= 3; ++k, at = next.end) {
                if (!next_word_in(s, at, c.body_end, &next)) {
                    appositive = k > 0;  // one to three capitalized words: a place
                    break;
                }
                if (!is_ascii_upper(s[next.begin])) break;
            }
            // The clause goes on after the attribution ("The jogger, police said, suffered"): both
            // commas go. What is not a verb there adds to the clause before it ("seized the
            // airport, officials said Monday, a major blow"): its comma stays.
            // So do both when what comes before holds no verb: it is the subject of what follows
            // ("Keeping busy, she says, keeps her sane.").
            uint32_t cut_end = appositive ? c.body_end : to;
            if (!appositive && next_word_in(s, to + 1, c.body_end, &next) &&
                (is_verb_form(s, next) || is_adverb(s, next) || !clause_before(c, j)))
                cut_end = to + 1;
            out->add(c.commas[j], cut_end);
        }
        // At the start: "According to X, The ..." (only when what follows starts a sentence).
        uint32_t nw = words_of(s, 0, c.commas[0], w, 13);
        if (nw >= 3 && nw <= 12 && word_is(s, w[0], "according") && word_is(s, w[1], "to")) {
            out->add(0, skip_spaces(s, c.body_end, c.commas[0] + 1));
        }
    }
    // At the end without a comma: "... struck the jogger according to police."
    uint32_t nw = words_of(s, 0, c.body_end, w, 17);
    if (nw <= 16) {
        for (uint32_t i = 3; i + 2 < nw; ++i) {
            if (word_is(s, w[i], "according") && word_is(s, w[i + 1], "to") && (c.ncommas == 0 || c.commas[c.ncommas - 1] < w[i].begin)) {
                uint32_t b = w[i].begin;
                if (b > 0 && is_space(s[b - 1])) {
                    while (b > 0 && is_space(s[b - 1])) --b;
                    if (s[b - 1] != ',') out->add(b, c.body_end);
                }
                break;
            }
        }
    }
}

}  // namespace

namespace {

// Only blanks between words a and b.
bool only_blanks_between(const u8 *s, const TrimWord &a, const TrimWord &b) {
    if (a.end == b.begin) return false;
    for (uint32_t i = a.end; i < b.begin; ++i) {
        if (!is_space(s[i])) return false;
    }
    return true;
}

// Words that open a clause after "that": a determiner or a subject pronoun ("said that the
// ...", "says that he ...").
bool opens_clause(const u8 *s, const TrimWord &w) {
    return word_in(s, w, kSubjectPronounTable) ||
           (word_in(s, w, kDeterminerTable) && !word_is(s, w, "that") && !word_is(s, w, "of") && !word_is(s, w, "this") &&
            !word_is(s, w, "these") && !word_is(s, w, "those"));
}

// The "that" after a reporting verb, before the clause it reports: "Authorities said that a
// former officer has been arrested" keeps "Authorities said a former officer has been arrested".
// Not a "that" a verb follows ("said that was wrong": it is the object), nor one before
// "this" or "those" (a determiner's noun may follow).
PRECIS_NOINLINE void reported_that(const TrimContext &c, Cuts *out) {
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    const uint32_t nw = stored_words(c);
    for (uint32_t i = 1; i + 1 < nw; ++i) {
        if (!word_is(s, w[i], "that") || !is_reporting(s, w[i - 1]) || !opens_clause(s, w[i + 1])) continue;
        // "told"/"warned" take a person as object: "Sources told the man was arrested" would
        // read as told to the man.
        if (word_is(s, w[i - 1], "told") || word_is(s, w[i - 1], "warned")) continue;
        if (!only_blanks_between(s, w[i - 1], w[i]) || !only_blanks_between(s, w[i], w[i + 1])) continue;
        out->add(w[i - 1].end, w[i].end);
    }
}

}  // namespace

void propose_attribution(const TrimContext &c, Cuts *out) {
    reported_that(c, out);
    // At the end, when what stays holds a verb: "According to the White House, only if the
    // President says it is." has none before the comma.
    if (c.ncommas > 0 && ends_on_attribution(c)) {
        uint32_t comma = c.commas[c.ncommas - 1];
        if (tail_has_verb(c, 1, word_index_at(c, stored_words(c), comma))) out->add(comma, c.body_end);
    }
    inner_attributions(c, out);
}

namespace {

// A role before a name ("defender Jonny Evans"): a role word in lower case.
bool is_role(const u8 *s, const TrimWord &w) { return is_ascii_lower(s[w.begin]) && word_in(s, w, kRoleTable); }

// A capitalized word that is no function word ("Manchester", "Republican"; not "When", "The").
bool is_capitalized_content(const u8 *s, const TrimWord &w) {
    char buf[kLongestTableWord];  // a longer word is no stopword
    uint32_t len = w.end - w.begin;
    if (!is_ascii_upper(s[w.begin])) return false;
    if (len > sizeof buf) return true;
    for (uint32_t k = 0; k < len; ++k) buf[k] = static_cast<char>(ascii_lower(s[w.begin + k]));
    return !is_stopword(buf, len);
}

// A role before a name of two or more capitalized words: "Hollywood star Tom Hanks was in
// London" keeps "Tom Hanks was in London", "charged by team owner Robert Kraft" keeps "charged
// by Robert Kraft", "The Republican presidential candidate Jeb Bush said" keeps "Jeb Bush said".
// The role runs back over capitalized words, roles and role modifiers ("former", "presidential")
// to the sentence's start (with a "The" there: the name then opens the sentence, which must go on
// after it) or to a word it may follow: a comma, a preposition, a conjunction or a verb. Not
// after a determiner or an owner ("the team's coach Joe Smith", "a former star Tom Hanks" would
// keep a determiner without its noun). Only blanks inside: no cut across a comma ("Madison,
// Wisconsin, police officer") or a quotation.
PRECIS_NOINLINE void roles_before_names(const TrimContext &c, Cuts *out) {
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    const uint32_t nw = stored_words(c);
    for (uint32_t i = 0; i + 2 < nw; ++i) {
        if (!is_role(s, w[i]) || !only_blanks_between(s, w[i], w[i + 1])) continue;
        // The name: two or more capitalized words, then a word of the sentence or its end.
        uint32_t j = i + 1;
        while (j < nw && is_ascii_upper(s[w[j].begin]) && (j == i + 1 || only_blanks_between(s, w[j - 1], w[j]))) ++j;
        if (j - (i + 1) < 2 || (j < nw && is_ascii_upper(s[w[j].begin]))) continue;
        // The role's first word.
        uint32_t b = i;
        while (b > 0 && only_blanks_between(s, w[b - 1], w[b]) &&
               (is_capitalized_content(s, w[b - 1]) || is_role(s, w[b - 1]) ||
                (is_ascii_lower(s[w[b - 1].begin]) && word_in(s, w[b - 1], kRoleModifierTable))))
            --b;
        if (b == 1 && word_is(s, w[0], "the") && only_blanks_between(s, w[0], w[1])) b = 0;
        if (b == 0) {
            // The name opens the sentence, its own first word, and the sentence goes on after it
            // ("First officer Fariq Abdul Hamid?" is no sentence without its role).
            if (w[0].begin != 0 || j >= nw) continue;
        } else {
            // (The sentence's first word may be capitalized: "When photographer Richard Ross
            // wants" keeps "When Richard Ross wants".)
            const TrimWord &before = w[b - 1];
            bool follows = comma_before(s, w[b]) ||
                           ((is_ascii_lower(s[before.begin]) || b == 1) &&
                            (word_in(s, before, kTailStartTable) || word_is(s, before, "of") || word_is(s, before, "to") ||
                             word_is(s, before, "that") || word_is(s, before, "or") || is_verb_form(s, before) ||
                             is_reporting(s, before)));
            if (!follows) continue;
            // After "to", a modal or "did"/"does" a role word right there is a verb ("will star
            // Tom Hanks", "agreed to coach Manchester United"): the cut would take the verb.
            const bool bare_verb_slot = word_is(s, before, "to") || word_in(s, before, kModalTable) ||
                                        word_is(s, before, "did") || word_is(s, before, "does");
            if (bare_verb_slot && b == i) continue;
        }
        out->add(w[b].begin, w[i + 1].begin);
        i = j - 1;
    }
}

PRECIS_NOINLINE void comma_appositives(const TrimContext &c, Cuts *out) {
    constexpr uint32_t kMaxAppositiveWords = 16, kMaxRelativeWords = 24;
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    uint32_t stored = stored_words(c);
    for (uint32_t k = 0; k < c.ncommas; ++k) {
        uint32_t comma = c.commas[k], to = clause_end(c, k);
        // The word before the comma: a name (capitalized) for a noun phrase or an age; any noun for
        // a relative clause (below). Not a sentence-initial connective.
        uint32_t p = comma;
        while (p > 0 && is_space(s[p - 1])) --p;
        uint32_t b = p;
        while (b > 0 && is_trim_word_byte(s[b - 1])) --b;
        if (b == p) continue;
        TrimWord name{static_cast<uint16_t>(b), static_cast<uint16_t>(p)};
        if (word_in(s, name, kConnectiveTable) || word_in(s, name, kOpenerTable)) continue;
        // The phrase's words, w[first..last), all among the stored ones.
        uint32_t first = word_index_at(c, stored, comma), last = word_index_at(c, stored, to);
        if (last == stored && stored < c.nwords) continue;
        uint32_t nw = last - first;
        if (nw == 0 || nw > kMaxRelativeWords) continue;
        // A relative clause inside the sentence, about the noun before it ("Stacey Addison, who
        // says she was detained for months, is headed home", "A Canadian pastor, who went to North
        // Korea, is being held"): it may hold any verb.
        bool relative_clause = (word_is(s, w[first], "who") || word_is(s, w[first], "which")) && nw >= 3 &&
                               to < c.body_end;
        // After a common noun, or when long, the clause must sit between a subject and its verb
        // (", who ..., is being held"): a comma inside it may close it early ("the cover, which
        // portrays the Joker with a gun, with makeup on her mouth").
        bool bare = nw > kMaxAppositiveWords || !is_ascii_upper(s[b]);
        if (bare && !relative_clause) continue;
        bool age = nw == 1 && w[first].end - w[first].begin <= 3 && is_digit(s[w[first].begin]);
        bool noun_phrase = word_in(s, w[first], kAppositiveTable) && nw >= 2;
        if (!age && !noun_phrase && !relative_clause) continue;
        // What the cut keeps must hold a verb, before the phrase or after it: "After the protests
        // in Rivers, his party demanded ..." and "Overall, the results seemed ..., with ..." are
        // no name with its appositive ("Crosby, 73, was driving", "flew from Sanaa, which ...,
        // to the palace" are).
        if (!tail_has_verb(c, 1, first) && (to >= c.body_end || !tail_has_verb(c, last, stored))) continue;
        // A noun phrase, not a clause: no reporting verb, and before any relative clause ("the
        // Marine reservist who made headlines") no verb form and no conjunction ("as" may stay:
        // "the actor best known as ...").
        bool clause = false, relative = relative_clause;
        for (uint32_t i = first + 1; i < last; ++i) {
            if (is_reporting(s, w[i]) && !relative_clause) clause = true;
            if (is_relative(s, w[i]) || word_is(s, w[i], "that")) relative = true;
            if (relative || word_is(s, w[i], "as")) continue;
            if (word_in(s, w[i], kBlockerTable) || word_in(s, w[i], kVerbTable)) clause = true;
        }
        if (clause) continue;
        // Inside the sentence the phrase must close before the sentence goes on ("..., said",
        // "..., died"), not before a name that is another appositive ("..., Conrad Hilton") nor
        // before a conjunction ("In March, the firm cut 500 jobs, and its ..." holds no
        // appositive), unless a verb follows it ("support for Iraq, its government, and pledged").
        TrimWord next, after;
        bool aside_follows = false;
        if (to < c.body_end) {
            if (!next_word_in(s, to + 1, c.body_end, &next) || !is_ascii_lower(s[next.begin])) continue;
            bool conjunction = word_is(s, next, "and") || word_is(s, next, "but") || word_is(s, next, "or");
            bool joins_verb = conjunction && next_word_in(s, next.end, c.body_end, &after) &&
                              is_verb_form(s, after);
            if ((conjunction || word_in(s, next, kBlockerTable)) && !joins_verb) continue;
            // (A finite verb: after "who was shot, stabbed and beaten," a past is the clause's
            // own, and "mother, who lives in Texas, worried about" has no verb after it.)
            if (bare && !word_in(s, next, kFiniteTable)) continue;
            // Nor before the next item of a list: the comma that seemed to close the phrase
            // separates the list's items ("approved the budget on Monday, which includes money for
            // new lighthouses, dredging, pontoons and cranes" is no relative clause to cut: what
            // followed it would be glued to "Monday"). An item has no verb, and another item
            // follows it, after a comma or an "and"/"or"; a place or time ("to the palace") opens
            // on a preposition, an aside on an adverb ("allegedly by an activist").
            if (!word_in(s, next, kTailStartTable) && !word_is(s, next, "of") && !is_adverb(s, next)) {
                const uint32_t item_end = word_index_at(c, stored, clause_end(c, k + 1));
                bool more = k + 2 < c.ncommas;
                for (uint32_t i = last; i < item_end && !more; ++i) more = word_is(s, w[i], "and") || word_is(s, w[i], "or");
                if (more && !tail_has_verb(c, last, item_end)) continue;
            }
            // Another aside follows, closed by a comma of its own ("Mark Lippert, the ambassador,
            // allegedly by an activist, was ..."): it keeps the comma that opens it.
            aside_follows = (is_adverb(s, next) || word_in(s, next, kTailStartTable)) && k + 2 < c.ncommas;
        }
        out->add(comma, to >= c.body_end ? c.body_end : aside_follows ? to : to + 1);
    }
}

}  // namespace

void propose_appositives(const TrimContext &c, Cuts *out) {
    comma_appositives(c, out);
    roles_before_names(c, out);
}

void propose_openers(const TrimContext &c, Cuts *out) {
    constexpr uint32_t kMaxOpenerWords = 16;
    if (c.ncommas == 0) return;
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    uint32_t stored = stored_words(c);
    uint32_t end = c.commas[0], nw = word_index_at(c, stored, end);
    if (nw == 0 || w[0].begin != 0) return;
    // A place named with its region ("In Mesa, Arizona, police ...") closes at the next comma.
    if (nw < stored && is_ascii_upper(s[w[nw].begin]) && c.ncommas > 1) {
        uint32_t region = word_index_at(c, stored, c.commas[1]);
        if (region - nw <= 3 && comma_before(s, w[region < stored ? region : stored - 1])) {
            bool names = true;
            for (uint32_t j = nw; j < region; ++j) names = names && is_ascii_upper(s[w[j].begin]);
            if (names) end = c.commas[1], nw = region;
        }
    }
    // A date's year closes at the comma after it ("On October 24, 1944, warplanes ...").
    if (end == c.commas[0] && nw + 1 < stored && c.ncommas > 1 && w[nw].end - w[nw].begin == 4 &&
        is_digit(s[w[nw].begin]) && comma_before(s, w[nw + 1])) {
        end = c.commas[1], ++nw;
    }
    if (nw > kMaxOpenerWords || (nw == stored && stored < c.nwords)) return;
    // A time or place adverbial ("On Thursday", "Earlier this year"), a participle phrase
    // ("Nestled in a tranquil hillside") or a time clause ("After weeks of talks", "As a
    // November dawn breaks over a bar"), not a condition ("If Iran builds a bomb") nor a clause
    // that holds the main verb too ("When the storm hit it destroyed homes, Smith said.").
    bool adverbial = word_in(s, w[0], kOpenerTable) || opens_on_participle(s, w[0]) ||
                     (word_in(s, w[0], kSubordinatorTable) && !word_is(s, w[0], "if") && !word_is(s, w[0], "unless") &&
                      !word_is(s, w[0], "whether"));
    if (!adverbial || verbs_between(c, 1, nw, false, 2) > 1) return;
    for (uint32_t j = 0; j < nw; ++j) {
        if (is_reporting(s, w[j])) return;  // "As police said, ..." attributes
    }
    out->add(0, skip_spaces(s, c.body_end, end + 1));
}

void propose_trailing(const TrimContext &c, Cuts *out) {
    if (c.ncommas == 0) return;
    const u8 *s = c.s;
    uint32_t comma = c.commas[c.ncommas - 1];
    if (words_of(s, 0, comma, nullptr, 0) < 5) return;  // the rest must stand alone
    TrimWord w, first;
    if (!next_word_in(s, comma + 1, c.body_end, &w)) return;
    // A participle may follow an adverb (", even uniting ...", ", possibly leaving ...").
    TrimWord after;
    if ((is_adverb(s, w) || word_in(s, w, kTrailingAdverbTable)) && next_word_in(s, w.end, c.body_end, &after) &&
        is_participle(s, after))
        w = after;
    if ((!is_participle(s, w) || hyphenated(s, w)) && !word_in(s, w, kTrailingTable)) return;  // not "low-lying"
    // After a clause that "Since", "When" ... open, the only comma ends it: the main clause follows.
    if (c.ncommas == 1 && next_word_in(s, 0, comma, &first) && word_in(s, first, kSubordinatorTable)) return;
    if (is_question(c)) return;  // "With security a key issue, which candidate will voters trust?"
    // What stands alone holds a verb: "A combination of bad weather, rising costs and ... has
    // hit sales" lists its subject across the comma.
    if (!tail_has_verb(c, 1, word_index_at(c, stored_words(c), comma))) return;
    out->add(comma, c.body_end);
}

void propose_time(const TrimContext &c, Cuts *out) {
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    uint32_t nw = stored_words(c);
    for (uint32_t i = 1; i < nw; ++i) {
        uint32_t first = i, last = nw;  // the phrase is w[first..last]
        if (word_in(s, w[i], kTimeAloneTable) && is_ascii_lower(s[w[i].begin])) {  // not "USA Today"
            last = i;
        } else if ((word_is(s, w[i], "on") || word_is(s, w[i], "late") || word_is(s, w[i], "early")) && i + 1 < nw &&
                   word_in(s, w[i + 1], kWeekdayTable)) {
            last = i + 1;  // "on Tuesday", "late Saturday"
        } else if (word_in(s, w[i], kWeekdayTable) &&
                   (is_reporting(s, w[i - 1]) ||
                    (is_ascii_lower(s[w[i - 1].begin]) && !word_in(s, w[i - 1], kNoEndTable) &&
                     !(i >= 2 && (word_is(s, w[i - 2], "a") || word_is(s, w[i - 2], "an")))))) {
            last = i;  // "said Tuesday", "released 19 hostages Sunday"; not "on a slow Thursday"
        } else if ((word_is(s, w[i], "last") || word_is(s, w[i], "this") || word_is(s, w[i], "next")) && i + 1 < nw &&
                   !word_in(s, w[i - 1], kDeterminerTable) &&  // "for the next year" is an object
                   word_in(s, w[i + 1], kPeriodTable)) {
            last = i + 1;
        } else if ((word_is(s, w[i], "earlier") || word_is(s, w[i], "later")) && i + 2 < nw && word_is(s, w[i + 1], "this") &&
                   word_in(s, w[i + 2], kPeriodTable)) {
            last = i + 2;
        }
        if (last == nw) continue;
        if (last + 1 < nw && word_in(s, w[last], kWeekdayTable) && word_in(s, w[last + 1], kDayPartTable)) ++last;
        // A weekday that a date follows stays: "on sale Monday, March 9" cut to "on sale, March 9".
        if (last + 1 < nw && word_in(s, w[last], kWeekdayTable) && comma_before(s, w[last + 1]) &&
            (is_digit(s[w[last + 1].begin]) || is_ascii_upper(s[w[last + 1].begin]))) {
            i = last;
            continue;
        }
        // Nor a phrase that owns what follows ("in next weekend 's grand prix" is not "in 's
        // grand prix").
        if (owns_what_follows(c, w[last])) {
            i = last;
            continue;
        }
        // Only between words: the phrase is preceded by a blank and followed by a blank or punctuation.
        uint32_t begin = w[first].begin;
        if (begin == 0 || !is_space(s[begin - 1])) continue;
        while (begin > 0 && is_space(s[begin - 1])) --begin;
        out->add(begin, w[last].end);
        i = last;
    }
}

namespace {

// A sentence cut short keeps at least this many words ("Police arrested two men."): four against
// five, check halves of cnndm_val, dailymail_val_lc and bbc_news_summary at 80-320 bytes.
constexpr uint32_t kTailMinWords = 4;

// A word after which an -ing word is part of a noun phrase: a hyphenated adjective or a quantity
// ("a years-long waiting list", "two manufacturing sites", "12 mining towns").
bool modifies_a_noun(const u8 *s, const TrimWord &w) {
    return hyphenated(s, w) || is_digit(s[w.begin]) || word_in(s, w, kNumberTable);
}

// An -ing word at w[i] that a form of "be" makes the verb, right before it or before an adverb
// ("is approaching", "is now approaching", "was still waiting").
bool progressive(const u8 *s, const TrimWord *w, uint32_t i) {
    return word_in(s, w[i - 1], kPassiveAuxTable) || (i >= 2 && word_in(s, w[i - 2], kPassiveAuxTable));
}

// A past participle that opens a reduced relative clause after a noun: "photos released by the
// Kremlin", where the agent shows that the participle is not the noun's verb. (Before other
// prepositions it may be a clause's own verb: "believe the fire started in ...".)
bool reduced_relative(const u8 *s, const TrimWord *w, uint32_t nw, uint32_t i) {
    return i + 1 < nw && is_past_form(s, w[i]) && !comma_before(s, w[i]) && word_is(s, w[i + 1], "by") &&
           !word_in(s, w[i - 2], kPassiveAuxTable);  // "will be executive produced by" is the verb
}

// Whether w[k] is "and", "but", "then" or "yet" joining a clause: a verb within the three words
// after it, before any comma ("held at his home and is being questioned", "and died two days
// later"; not "a ground and aerial offensive"), and not between two capitalized words ("the
// Trade and Industry Secretary").
bool joins_clause(const TrimContext &c, uint32_t nw, uint32_t k) {
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    if (!word_is(s, w[k], "and") && !is_revising(s, w[k])) return false;
    if (k + 1 < nw && is_ascii_upper(s[w[k - 1].begin]) && is_ascii_upper(s[w[k + 1].begin])) return false;
    for (uint32_t j = k + 1; j < nw && j <= k + 3 && !comma_before(s, w[j]); ++j) {
        // (Not a verb form before "of": a noun, "the growth and spread of superbugs".)
        if (j + 1 < nw && word_is(s, w[j + 1], "of")) continue;
        if ((is_verb_form(s, w[j]) || is_negated_verb(s, w[j])) && !word_in(s, w[j - 1], kDeterminerTable)) return true;
    }
    return false;
}

// Whether the first verb of the main clause before the cut at w[i] is a past participle after
// the subject, the head of a reduced relative clause ("The primary suspect jailed in connection
// with the death of X withdrew his confession", "Oversized military trucks painted in desert
// beige hauled tanks"), when the main clause's verb follows the cut: the cut would keep the
// subject and its participle ("The primary suspect jailed."). The participle (a regular past)
// follows a noun and a preposition follows it; it is the only verb before the cut; after the
// cut, before any comma or clause opener, comes a verb that is not itself a participle of a
// place or an agent ("the car parked outside", "a field owned by").
PRECIS_NOINLINE bool subject_participle(const TrimContext &c, uint32_t nw, uint32_t i, uint32_t from, uint32_t limit) {
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    uint32_t v = from;
    while (v < limit && !tail_has_verb(c, v, v + 1)) ++v;
    if (v == 0 || v >= i || v >= limit) return false;
    // (A regular past: "withdrew" or "rose" is no participle. A clause the cut word opens has its
    // own verb: "withdrew in 2021 after the cost of steel rose".)
    if (!is_past_form(s, w[v]) || !word_in(s, w[v + 1], kTailStartTable) || comma_before(s, w[v]) ||
        word_in(s, w[i], kSubordinatorTable) || word_in(s, w[i], kBlockerTable) ||
        word_in(s, w[v - 1], kSubjectPronounTable) || word_in(s, w[v - 1], kPassiveAuxTable) ||
        word_in(s, w[v - 1], kFiniteTable) || is_adverb(s, w[v - 1])) {
        return false;
    }
    if (tail_has_verb(c, v + 1, i)) return false;
    for (uint32_t k = i + 1; k < nw && !comma_before(s, w[k]); ++k) {
        if (word_in(s, w[k], kBlockerTable) || word_in(s, w[k], kSubordinatorTable) || word_is(s, w[k], "that") ||
            word_in(s, w[k], kSubjectPronounTable) || in_quotes(c, w[k].begin)) {
            return false;
        }
        if (!is_ascii_lower(s[w[k].begin]) || word_in(s, w[k - 1], kDeterminerTable) || !is_verb_form(s, w[k])) continue;
        const bool placed = k + 1 < nw && (word_in(s, w[k + 1], kTailStartTable) || word_is(s, w[k + 1], "to") ||
                                           word_is(s, w[k + 1], "of"));
        return !placed;
    }
    return false;
}

// Whether w[i] opens an amount: "over", "around", "under" or "about" before a number ("has gotten
// over 4,800 signatures", "will cost the city about four million dollars"), "at least" or "at
// most" ("killed at least 37 people"). It says how much of the object there is, or is the
// object: a cut there leaves the verb without it ("The petition has gotten." "... in northern
// Peru killed."), and at the start it is part of the subject ("At least six people have died").
bool opens_amount(const u8 *s, const TrimWord *w, uint32_t nw, uint32_t i) {
    if (i + 1 >= nw) return false;
    if (word_is(s, w[i], "at")) return word_is(s, w[i + 1], "least") || word_is(s, w[i + 1], "most");
    return (word_is(s, w[i], "over") || word_is(s, w[i], "around") || word_is(s, w[i], "under") ||
            word_is(s, w[i], "about")) &&
           (is_digit(s[w[i + 1].begin]) || word_in(s, w[i + 1], kNumberTable));
}

// Whether w[i] lies inside a comparison, after its first "as" and at or before the "as" that
// closes it, in one clause ("was as eagerly anticipated in Tehran as it was in Washington", "as
// good as it gets"): cut there, the first "as" is left comparing with nothing.
bool inside_comparison(const u8 *s, const TrimWord *w, uint32_t nw, uint32_t i) {
    bool opened = false;
    for (uint32_t j = i; j-- > 0 && !opened && !comma_before(s, w[j + 1]);) opened = word_is(s, w[j], "as");
    for (uint32_t k = i; opened && k < nw && (k == i || !comma_before(s, w[k])); ++k) {
        if (word_is(s, w[k], "as")) return true;
    }
    return false;
}

// Whether w[i - 3..i) is a form of "be", "get" or "have" with only an article and a noun for its
// complement ("he'd had a bout", "Hausfeld is the attorney", "Omar is a student", "he had no
// ties"): what that noun is or has comes after it ("with depression", "who beat the NCAA", "at the
// Teacher Training College"), and cut there the sentence says next to nothing.
bool bare_noun_predicate(const u8 *s, const TrimWord *w, uint32_t i) {
    if (i < 3 || !is_ascii_lower(s[w[i - 1].begin])) return false;
    const bool article = word_is(s, w[i - 2], "a") || word_is(s, w[i - 2], "an") || word_is(s, w[i - 2], "the") ||
                         word_is(s, w[i - 2], "no");
    return article && (word_in(s, w[i - 3], kPassiveAuxTable) || word_is(s, w[i - 3], "has") ||
                       word_is(s, w[i - 3], "have") || word_is(s, w[i - 3], "had"));
}

// Whether the sentence can end before w[i]: w[i] opens a trailing phrase (a preposition, a clause
// opener, a participle after a noun, or after a comma a participle or relative clause), the word
// before it can end a sentence, a verb comes first, the sentence does not open on a subordinate
// clause, the cut does not split a name ("Church in Wales") and does not fall inside a clause a
// comma opened (", who has been living ..." keeps its verb or goes whole).
bool is_tail_start(const TrimContext &c, uint32_t nw, uint32_t i) {
    const u8 *s = c.s;
    const TrimWord *w = c.words;
    if (i < kTailMinWords || i >= nw || !is_ascii_lower(s[w[i].begin])) return false;
    // First what most words fail (the conditions are all required: their order is speed only).
    // A participle after a noun that a preposition opens is a compound ("via video conferencing").
    // After an article and one word, with no object after it, it is a noun ("a new ending, with"
    // or "a new ending for" is not "a new."; "a video showing members" is a participle).
    auto compound = [&] {
        return word_in(s, w[i - 2], kTailStartTable) || word_is(s, w[i - 2], "via") || word_is(s, w[i - 2], "of") ||
               word_is(s, w[i - 2], "to") ||
               ((word_is(s, w[i - 2], "a") || word_is(s, w[i - 2], "an")) &&
                (i + 1 == nw || comma_before(s, w[i + 1]) || word_in(s, w[i + 1], kTailStartTable))) ||
               (word_in(s, w[i - 2], kDeterminerTable) && is_adjective_form(s, w[i - 1]));
    };
    // An -ing word after a bare verb that a modal or "to" governs is the verb's object ("would
    // require modeling agencies to ...", "to avoid paying"): the verb would be left without it.
    auto object_of_bare_verb = [&] {
        return is_ascii_lower(s[w[i - 1].begin]) && (word_in(s, w[i - 2], kModalTable) || word_is(s, w[i - 2], "to"));
    };
    // Nor after "past", a preposition here ("down a dark highway past glowing billboards").
    auto after_past = [&] { return word_is(s, w[i - 1], "past"); };
    // "as" opens a clause before a subject pronoun ("advice from Leno as he trained to be ..."),
    // not in "such as", "as well as", "known as" before a noun.
    // "about" after a noun ("a story about ..."), not after a verb ("knew about", "worried about",
    // "would protect about") nor before a number ("about 2,300 homes": approximately).
    auto about = [&] {
        return word_is(s, w[i], "about") && !is_verb_form(s, w[i - 1]) && !is_participle(s, w[i - 1]) &&
               !word_in(s, w[i - 2], kFiniteTable) && !word_is(s, w[i - 2], "to") &&
               !(i + 1 < nw && is_digit(s[w[i + 1].begin]));
    };
    bool opens = word_in(s, w[i], kTailStartTable) || about() ||
                 (word_is(s, w[i], "as") && i + 1 < nw && word_in(s, w[i + 1], kSubjectPronounTable)) ||
                 (is_participle(s, w[i]) && !compound() && !hyphenated(s, w[i]) && !modifies_a_noun(s, w[i - 1]) &&
                  !progressive(s, w, i) && !word_in(s, w[i - 1], kParticleTable) && !object_of_bare_verb() &&
                  !after_past() && !owns_what_follows(c, w[i])) ||
                 reduced_relative(s, w, nw, i) ||
                 (comma_before(s, w[i]) && (is_past_form(s, w[i]) || word_in(s, w[i], kTrailingTable)));
    if (!opens) return false;
    if (opens_amount(s, w, nw, i) || inside_comparison(s, w, nw, i)) return false;
    // Nor before a preposition that ends the sentence: it belongs to the verb ("a lot to answer
    // for.", "an executive producer on.").
    if (i + 1 == c.nwords && c.nwords <= TrimContext::kMaxWords && word_in(s, w[i], kTailStartTable)) return false;
    // Nor before "of" after an -ing word: a noun ("the wrongful jailing of 11 people").
    if (is_participle(s, w[i]) && i + 1 < nw && word_is(s, w[i + 1], "of")) return false;
    const TrimWord &prev = w[i - 1];
    if (word_in(s, prev, kNoEndTable) || is_reporting(s, prev)) return false;
    // Nor on a span of time that "after" or "before" measures ("came a day after the minister
    // said ..." is not "came a day."), nor on an active verb whose "for", "on", "with" or "into"
    // names what it is about ("have called for ...", "sided with ...", "has looked into ..."); a
    // passive one stands alone ("was arrested for ...").
    if ((word_is(s, w[i], "after") || word_is(s, w[i], "before")) && word_in(s, prev, kTimeSpanTable)) return false;
    // "caught up with", "came up with", "came out with" (not "came out.")
    if (word_is(s, w[i], "with") && (word_is(s, prev, "up") || word_is(s, prev, "out"))) return false;
    // Nor on a distance that "from" or "outside" measures from a place ("crashed a few miles from
    // the airport" is not "crashed a few miles.").
    if (word_in(s, w[i], kDistancePrepositionTable) && word_in(s, prev, kDistanceUnitTable)) return false;
    // Nor on a verb in the present or base form whose "on" or "for" says what it is about ("A
    // petition calls on Amazon to ..." is not "A petition calls.", "have to depend on feel").
    if ((word_is(s, w[i], "on") || word_is(s, w[i], "for")) && is_ascii_lower(s[prev.begin]) &&
        word_in(s, prev, kPrepositionalVerbTable)) {
        return false;
    }
    if ((word_is(s, w[i], "for") || word_is(s, w[i], "on") || word_is(s, w[i], "with") || word_is(s, w[i], "into")) &&
        is_ascii_lower(s[prev.begin]) &&
        is_past_form(s, prev) && !word_in(s, w[i - 2], kPassiveAuxTable) && !word_in(s, w[i - 2], kDeterminerTable)) {
        return false;
    }
    // Nor on a one-letter word, an abbreviation ("U.S.." would double the period), a contraction
    // or a possessive ("wasn't." "Nigeria's."), curly apostrophes included.
    if ((prev.end - prev.begin < 2 && !is_digit(s[prev.begin])) || s[prev.end - 1] == '.' || s[prev.end] == 0xE2) {
        return false;  // "closed up 9%." may end, "I." may not
    }
    // Nor on a superlative that wants its noun ("has been the largest refugee-producing country").
    if (word_is(s, w[i - 2], "the") && is_superlative(s, prev)) return false;
    if (bare_noun_predicate(s, w, i)) return false;
    for (uint32_t k = prev.begin; k < prev.end; ++k) {
        if (s[k] == '\'') return false;
    }
    // Nor in an existential sentence: what there is is said in its tail ("There are no recent
    // statistics about the forces in Iraq." is not "There are no recent statistics.").
    if (word_in(s, w[0], kSubordinatorTable) || word_is(s, w[0], "there's") ||
        (word_is(s, w[0], "there") && word_in(s, w[1], kFiniteTable))) {
        return false;
    }
    if (is_ascii_upper(s[prev.begin]) && i + 1 < nw && is_ascii_upper(s[w[i + 1].begin])) return false;
    // Nor before a subordinator that opens a clause without a verb ("while in office", "when in
    // doubt") when a finite verb follows it before any comma: that verb is the main clause's,
    // and the words before the cut are its subject ("The first ambassador assassinated while in
    // office was John Gordon Mein" is not "The first ambassador assassinated.").
    if (word_in(s, w[i], kSubordinatorTable) && i + 1 < nw && word_in(s, w[i + 1], kTailStartTable)) {
        for (uint32_t j = i + 2; j < nw && !comma_before(s, w[j]); ++j) {
            if (is_finite_at(s, w, j, nw)) return false;
        }
    }
    for (uint32_t j = i - 1; j > 0; --j) {
        if (!comma_before(s, w[j])) continue;
        if (i - j < 3) return false;  // "reopened, a day." : too little after the comma to close it
        // A clause a conjunction adds keeps its verb ("It might sound like a tale, but a potion.").
        bool joined = word_is(s, w[j], "but") || word_is(s, w[j], "and") || word_is(s, w[j], "yet");
        if (joined && !tail_has_verb(c, j + 1, i)) return false;
        if (is_participle(s, w[j]) || is_past_form(s, w[j]) || word_in(s, w[j], kTrailingTable) ||
            is_reporting(s, w[j])) {
            return false;  // ", said a statement issued." : an attribution goes whole or stays
        }
        break;
    }
    // Nor after a participle ("foreigners working.") or an adverb ("a large, rapidly."), nor in a
    // list ("cows, horses and ..."), nor inside a fixed phrase ("in connection with": a
    // preposition, a common noun, the cut).
    if (is_participle(s, prev)) return false;
    if (is_adverb(s, prev)) return false;
    bool conjunction = word_is(s, w[i], "and") || word_is(s, w[i], "but");
    for (uint32_t j = i >= 3 ? i - 3 : 0; conjunction && j < i; ++j) {
        if (comma_before(s, w[j + 1])) return false;
    }
    // Nor inside a noun phrase a conjunction joins ("launched a ground and aerial offensive",
    // "with compatriot and heartthrob Justin Bieber": cutting one of two names changes the story;
    // but "held at his home and is being questioned" and "destroyed the data and the information
    // was not distributed" join clauses: a verb within three words, before any comma),
    // nor before the agent of a participle, with its auxiliary or without ("The letter was read by
    // the deputy", "Osbourne has been praised by police for ...", "humanism guided by science":
    // who did it is what the passive is about).
    if (conjunction && !joins_clause(c, nw, i)) return false;
    // (A participle by its form, or after a form of "be" or "get": "was read by", "were driven
    // by"; or before a particle: "carried out by".)
    if (word_is(s, w[i], "by") && (is_past_form(s, prev) || word_in(s, w[i - 2], kPassiveAuxTable) ||
                                   (word_in(s, prev, kParticleTable) && is_past_form(s, w[i - 2])))) {
        return false;
    }
    const bool with = word_is(s, w[i], "with"), from = word_is(s, w[i], "from");
    for (uint32_t j = i; j-- > 0 && j + 5 > i;) {  // a placing, "with" or "from" verb up to four words back
        if (word_in(s, w[j], kPlacingTable) || (with && word_in(s, w[j], kWithVerbTable)) ||
            (from && j + 1 < i && is_ascii_lower(s[w[j].begin]) && word_in(s, w[j], kFromVerbTable))) {
            return false;
        }
    }
    if (i >= 2 && is_ascii_lower(s[prev.begin]) && word_in(s, w[i - 2], kPhrasePrepositionTable) && !conjunction) {
        return false;
    }
    // The verb must belong to the main clause: after a leading adverbial ("In an audio message
    // posted online, ...") and before any relative clause the cut would end in.
    uint32_t verb_from = 1, verb_limit = i;
    // "At least six people have died": a quantity, not an adverbial.
    if (!opens_amount(s, w, nw, 0) && (word_in(s, w[0], kOpenerTable) || word_in(s, w[0], kTailStartTable))) {
        while (verb_from < i && !comma_before(s, w[verb_from])) ++verb_from;
    } else if (opens_on_participle(s, w[0])) {
        // A participle phrase closed by a comma ("Wrapped up in a scarf, which ..., Nneka sits")
        // holds no verb of the main clause; without a comma the participle may be the subject's
        // modifier and a verb follows ("Armed men abducted ...").
        uint32_t j = 1;
        while (j <= i && !comma_before(s, w[j])) ++j;
        if (j <= i) verb_from = j;
    }
    for (uint32_t j = 1; j < i; ++j) {
        if (is_relative(s, w[j]) && !comma_before(s, w[j])) verb_limit = j;
    }
    // Nor the verb of a relative clause commas set off ("students, who were members, reciting"
    // has none of its own before the cut).
    bool verb = false;
    for (uint32_t j = verb_from; j < verb_limit && !verb; ++j) {
        if (is_relative(s, w[j]) && comma_before(s, w[j])) {
            while (j + 1 < verb_limit && !comma_before(s, w[j + 1])) ++j;
            continue;
        }
        verb = tail_has_verb(c, j, j + 1);
    }
    if (!verb) return false;
    if (subject_participle(c, nw, i, verb_from, verb_limit)) return false;
    // Nor at or before a later clause that "but", "yet" or "then" joins: it revises what came
    // before, and the sentence cut short would say what did not happen ("She was scheduled to die
    // at 7 p.m., but the execution was called off" is not "She was scheduled to die."; "kidnapped
    // 20 foreigners, then released them"). A clause "and" adds may go with the rest. A
    // subordinate or relative clause, at the cut or after it, ends the search: what follows is
    // its own ("found the car after the driver fled but was caught" may end before "after").
    if (word_is(s, w[i], "but")) return false;
    const bool subordinate = word_in(s, w[i], kSubordinatorTable) || is_relative(s, w[i]);
    for (uint32_t j = i + 1; j < nw && !subordinate; ++j) {
        if (word_in(s, w[j], kSubordinatorTable) || is_relative(s, w[j]) || word_is(s, w[j], "that")) break;
        // (After a comma "but" and "yet" always join a clause, even one that opens on a phrase:
        // "was scheduled to die at 7 p.m., but for the second time in a week, it was called off".)
        if (is_revising(s, w[j]) && !in_quotes(c, w[j].begin) &&
            (joins_clause(c, nw, j) || (comma_before(s, w[j]) && !word_is(s, w[j], "then")))) {
            return false;
        }
    }
    // Nor after a negation: what follows limits it ("Chelsea have not played Barcelona since
    // 2005", "Alonso will not race in Melbourne", "Neither man had a gun when ..."); without it
    // the sentence says more than it did.
    for (uint32_t j = 0; j < i; ++j) {
        if (word_is(s, w[j], "not") || word_is(s, w[j], "never") || word_is(s, w[j], "neither") ||
            word_is(s, w[j], "nor") || is_negated_verb(s, w[j])) {
            return false;
        }
    }
    // A clause "that" opens after a word that is not a preposition keeps its verb ("Nor does it
    // mean that al Qaeda." "The reality is that the retreat."), also where "that" names ("He
    // left that day.": too rare to tell apart).
    for (uint32_t j = i - 1; j > verb_from; --j) {
        if (!word_is(s, w[j], "that")) continue;
        if (!word_in(s, w[j - 1], kTailStartTable) && !tail_has_verb(c, j + 1, i)) return false;
        break;
    }
    // Nor a clause "after", "when", "because" ... opens, before its verb: "recovering after an
    // animal shelter in Bali took him in" (a verb follows the cut) is not "after a standoff with
    // police" (none does). Nor inside such a clause before any verb of the main clause ("Twelve
    // months after Flight 370 vanished without a trace, Gonzales hasn't given up"): the main
    // clause is what the cut would drop.
    for (uint32_t j = i - 1; j > verb_from; --j) {
        if (!word_in(s, w[j], kSubordinatorTable)) continue;
        if (!tail_has_verb(c, verb_from, j)) return false;
        if (tail_has_verb(c, j + 1, i)) break;
        for (uint32_t k = i; k < nw && k < i + 4 && !comma_before(s, w[k]); ++k) {
            if (tail_has_verb(c, k, k + 1)) return false;
        }
        break;
    }
    // Nor between a subject and its verb: "A Florida man arrested in the UAE for a post has
    // been released", "Officials confirmed the man in custody was the gunman", "The acquisition
    // meant its sales in Europe rose". A finite verb (has, were, rose ...) after the cut, before
    // any comma, clause opener ("after engineers warned it was") or subordinator, is the verb of
    // what the cut keeps. (A past there is as often a participle: "found the body in a house
    // owned by ...", "the dialogue held between ...".)
    for (uint32_t j = i; j < nw && !comma_before(s, w[j]); ++j) {
        if (word_in(s, w[j], kBlockerTable) || word_in(s, w[j], kSubordinatorTable)) break;
        if (word_in(s, w[j], kSubjectPronounTable)) break;  // "on speculation it is to ...": its own clause
        if (is_finite_at(s, w, j, nw)) return false;
    }
    // The last reporting verb of the main clause before the cut (0: none); w[i - 1] is none.
    uint32_t reporting = 0;
    for (uint32_t j = i - 1; j >= verb_from && reporting == 0; --j) {
        if (is_reporting(s, w[j])) reporting = j;
    }
    // Nor on a participle that stands for a relative clause after the main verb ("faces lawsuits
    // filed." from "... filed in federal court"): a past form after a noun, a verb before it
    // (not a reporting verb: "said the plane crashed" reports a clause with its own verb).
    if (reporting == 0 && is_past_form(s, prev)) {
        const TrimWord &before = w[i - 2];
        bool own_verb = word_in(s, before, kPassiveAuxTable) || word_is(s, before, "has") || word_is(s, before, "have") ||
                        word_is(s, before, "had") || word_is(s, before, "and") || word_is(s, before, "or") ||
                        is_adverb(s, before);
        if (!own_verb && tail_has_verb(c, verb_from, i - 1)) return false;
    }
    // A comma phrase the cut would end in, after a subject with no verb yet, is an aside that
    // never closes ("The film, to be directed by ..., opens" is not "The film, to be directed.").
    uint32_t comma = i, commas = 0;
    for (uint32_t j = verb_from > 1 ? verb_from + 1 : 1; j < i; ++j) {
        if (comma_before(s, w[j])) comma = j, ++commas;
    }
    if (commas == 1 && !tail_has_verb(c, verb_from, comma)) return false;
    // What a reporting verb reports keeps its own verb: "The agency said it would not reopen the
    // pass." stands, "Fire chief Ellen Marsh said 90 firefighters." does not.
    return reporting == 0 || tail_has_verb(c, reporting + 1, i, true);
}

// The tail cut before w: from the blank (and a comma) before the word to the terminator.
uint32_t tail_cut_begin(const u8 *s, const TrimWord &w) {
    uint32_t b = blanks_before(s, w.begin);
    return b > 0 && s[b - 1] == ',' ? blanks_before(s, b - 1) : b;
}

// Where the closing mark of quotation q starts when the quotation closes the sentence after its
// terminator ('... than harm."'): only terminator marks lie between the body and the closing
// mark. 0 when it does not.
uint32_t closing_mark_after_terminator(const TrimContext &c, const TrimRange &q) {
    if (q.end <= c.body_end || q.begin >= c.body_end) return 0;
    uint32_t p = c.body_end;
    while (p < q.end && (c.s[p] == '.' || c.s[p] == '!' || c.s[p] == '?')) ++p;
    if (p == c.body_end) return 0;
    uint32_t mark = q.end - p;  // '"', '' or a curly closing quote
    bool closes = mark == 1   ? c.s[p] == '"'
                  : mark == 2 ? c.s[p] == '\'' && c.s[p + 1] == '\''
                              : mark == 3 && c.s[p] == 0xE2 && c.s[p + 1] == 0x80 && c.s[p + 2] == 0x9D;
    return closes ? p : 0;
}

// The tail cut on its own: as cut_is_clean, except that a quotation may go whole with the rest
// of the sentence: it must open after the cut and close before the terminator, or close right
// after it, when its closing mark goes too and the sentence keeps its own full stop
// ('... of taking money from "friends of the foundation."' -> '... of taking money.'). *mark
// receives where that closing mark starts (0: none goes).
bool tail_is_clean(const TrimContext &c, uint32_t begin, uint32_t *mark) {
    *mark = 0;
    for (uint32_t q = 0; q < c.nquotes; ++q) {
        const TrimRange &quote = c.quotes[q];
        if (quote.begin < begin) {
            if (overlaps(quote, begin, c.body_end)) return false;
            continue;
        }
        if (quote.end <= c.body_end || quote.begin >= c.body_end) continue;
        uint32_t p = closing_mark_after_terminator(c, quote);
        if (p == 0 || quote.end != c.n) return false;
        *mark = p;
    }
    return cut_is_balanced(c, begin, c.body_end);
}

// The words a tail cut may start at, as is_tail_start's word count: all of a short sentence's;
// of a longer one, the stored words but the last (whose next word, which the name test reads,
// is not stored).
uint32_t tail_words(const TrimContext &c) {
    return c.nwords <= TrimContext::kMaxWords ? c.nwords : TrimContext::kMaxWords - 1;
}

bool inside_cut(const CutSet &cuts, uint32_t i) {
    for (uint32_t k = 0; k < cuts.count; ++k) {
        if (i >= cuts.cut[k].begin && i < cuts.cut[k].end) return true;
    }
    return false;
}

}  // namespace

namespace {

// The rule steps, in the order they apply.
using TrimRule = void (*)(const TrimContext &, Cuts *);
struct TrimStep {
    uint32_t bit;
    TrimRule propose;
};
constexpr TrimStep kTrimSteps[] = {
    {PRECIS_TRIM_ASIDES, propose_asides},         {PRECIS_TRIM_ATTRIBUTION, propose_attribution},
    {PRECIS_TRIM_APPOSITIVES, propose_appositives}, {PRECIS_TRIM_OPENERS, propose_openers},
    {PRECIS_TRIM_TIME, propose_time},             {PRECIS_TRIM_TRAILING, propose_trailing},
};
constexpr uint32_t kTrimStepCount = sizeof kTrimSteps / sizeof kTrimSteps[0];

// The sentence of n bytes kept whole: one fragment (none for an empty one).
void keep_whole(uint32_t n, Trimmed *out) {
    out->count = 0;
    if (n > 0) out->fragment[out->count++] = ByteRange{0, n};
}

// Keeps each cut of the step that leaves the text well formed. Its cut sets are the Trimmer's
// (Trimmer::step), not this frame's, which lies under every rule.
void apply_step(Trimmer *t, const TrimStep &step) {
    const TrimContext &c = t->context;
    // Assigned through the member access, which makes `step` the union's active member
    // ([class.union]: an assignment to E1.E2 begins its lifetime), before any use through `w`.
    t->step.proposed = Cuts{};
    TrimStepScratch &w = t->step;
    step.propose(c, &w.proposed);
    for (uint32_t k = 0; k < w.proposed.count; ++k) {
        const TrimRange &cut = w.proposed.cut[k];
        if (!cut_is_clean(c, cut.begin, cut.end) || !insert_cut(t->kept, cut.begin, cut.end, &w.next)) continue;
        if (!kept_is_well_formed(c, w.next)) continue;
        t->kept = w.next;
        t->cut_rules |= step.bit;
    }
}

// Ends the sentence the trimmer holds before word i, a tail start outside its cuts, when the
// text stays well formed: writes t->result with the tail and returns true, else false. Out of
// line: its cut sets (the result is being written, Trimmer::step is not free) then take no room
// under trimmer_apply's call of is_tail_start, the deepest of the tail rule.
PRECIS_NOINLINE bool cut_tail(Trimmer *t, uint32_t i) {
    const TrimContext &c = t->context;
    Trimmed *out = &t->result;
    uint32_t begin = tail_cut_begin(c.s, c.words[i]), mark = 0;
    CutSet next, with_mark;
    bool cut = tail_is_clean(c, begin, &mark) && insert_cut(t->kept, begin, c.body_end, &next);
    if (cut && mark != 0) {
        cut = insert_cut(next, mark, c.n, &with_mark);
        next = with_mark;
    }
    if (!cut || !kept_is_well_formed(c, next, kTailMinWords)) return false;
    out->rules |= PRECIS_TRIM_TAIL_AT(i);
    out->count = fragments_of(next, c.n, out->fragment);
    return true;
}

// is_tail_start(c, tail_words(c), i) for the sentence t holds: from the candidates when
// trimmer_tail_candidates found them (it asks the same of every word, in order), else asked.
bool is_tail_candidate(const Trimmer &t, uint32_t i) {
    if (t.ntails == Trimmer::kTailsUnknown) return is_tail_start(t.context, tail_words(t.context), i);
    for (uint32_t k = 0; k < t.ntails; ++k) {
        if (t.tails[k] == i) return true;
    }
    return false;
}

}  // namespace

void trimmer_load(Trimmer *t, const unsigned char *s, uint32_t n) {
    t->analyzed = trim_analyze(s, n, &t->context);
    t->ntails = Trimmer::kTailsUnknown;
    t->steps_done = 0;
    t->applied = 0;
    t->cut_rules = 0;
    t->kept.count = 0;
}

const Trimmed &trimmer_apply(Trimmer *t, uint32_t rules) {
    const TrimContext &c = t->context;
    if (rules == 0 || !t->analyzed) {
        t->result.rules = 0;
        keep_whole(c.n, &t->result);
        return t->result;
    }
    // The steps considered so far must have been asked for exactly as now, or trimming starts over.
    uint32_t asked = rules & kTrimAllRules, considered = 0;
    for (uint32_t k = 0; k < t->steps_done; ++k) considered |= kTrimSteps[k].bit;
    if ((asked & considered) != t->applied) {
        t->steps_done = t->applied = t->cut_rules = t->kept.count = 0;
        considered = 0;
    }
    for (uint32_t k = t->steps_done; k < kTrimStepCount && (asked & ~considered) != 0; ++k) {
        if (asked & kTrimSteps[k].bit) apply_step(t, kTrimSteps[k]);
        considered |= kTrimSteps[k].bit;
        t->steps_done = k + 1;
    }
    t->applied = asked & considered;
    // The steps are done with Trimmer::step: its bytes are the result's again.
    t->result.rules = t->cut_rules;
    Trimmed *out = &t->result;
    // Last, the tail: it ends what the other rules left, so it is checked against their cuts.
    if (rules & PRECIS_TRIM_TAIL) {
        uint32_t i = PRECIS_TRIM_TAIL_WORD(rules);
        const TrimWord *w = c.words;
        if (!is_question(c) && is_tail_candidate(*t, i) && !inside_cut(t->kept, w[i].begin) && cut_tail(t, i)) {
            return *out;
        }
    }
    out->count = fragments_of(t->kept, c.n, out->fragment);
    return *out;
}

uint32_t trimmer_tail_candidates(Trimmer *t) {
    const TrimContext &c = t->context;
    if (!t->analyzed || is_question(c)) return 0;
    uint32_t count = 0, nw = tail_words(c);
    for (uint32_t i = kTailMinWords; i < nw; ++i) {
        if (is_tail_start(c, nw, i)) t->tails[count++] = static_cast<uint8_t>(i);
    }
    t->ntails = static_cast<uint8_t>(count);
    return count;
}

uint32_t tail_candidates(const unsigned char *s, uint32_t n, uint8_t *out, uint32_t cap) {
    Trimmer t;
    trimmer_load(&t, s, n);
    uint32_t count = trimmer_tail_candidates(&t);
    for (uint32_t k = 0; k < count && k < cap; ++k) out[k] = t.tails[k];
    return count < cap ? count : cap;
}

void trim_sentence(const unsigned char *s, uint32_t n, uint32_t rules, Trimmed *out) {
    if (rules == 0) {  // no rules: nothing to analyze (precis_join's usual case)
        out->rules = 0;
        keep_whole(n, out);
        return;
    }
    Trimmer t;
    trimmer_load(&t, s, n);
    *out = trimmer_apply(&t, rules);
}

#endif  // PRECIS_TRIMMING

uint32_t write_fragments(const unsigned char *s, const ByteRange *fragments, uint32_t count, char *out) {
    uint32_t n = 0;
    bool pending_space = false;
    for (uint32_t f = 0; f < count; ++f) {
        n = append_collapsed(s, fragments[f].begin, fragments[f].end, out, n, &pending_space);
    }
    return n;
}

uint32_t count_fragment_words(const unsigned char *s, const ByteRange *fragments, uint32_t count) {
    uint32_t words = 0;
    WordGap gap = WordGap::kSpace;
    for (uint32_t f = 0; f < count; ++f) words += count_words_from(s, fragments[f].begin, fragments[f].end, &gap);
    return words;
}

}  // namespace precis::detail
