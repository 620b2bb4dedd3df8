// Snowball's French stemmer (snowballstem.org/algorithms/french), as Snowball 2.2 implements it.
#include "snowball.h"
#include "stem_languages.h"

namespace precis::detail {
namespace snowball {
namespace fr {  // inside snowball: its names are found before any of precis's own

constexpr char32_t kVowels[] = U"aeiouyâàëéêèïîôûù";
constexpr char32_t kKeepWithS[] = U"aiouès";  // a final s after these stays

bool vowel(char32_t c) { return is_in(c, kVowels); }
bool consonant_before(const Word &w, uint32_t i) { return i > 0 && !vowel(w.c[i - 1]); }

// Marks the letters that act as consonants: u, i between vowels (U, I), y next to a vowel (Y),
// the u of qu (U). ë and ï are spelt He and Hi: the H is a consonant that parts them from the
// vowel before ("naHive" has a syllable break where "naive" has none), the e or i is still a
// vowel, and the postlude writes ë and ï again. Snowball scans left to right and, after a change,
// tries the same position again (an ë after a marked u or i is only then spelt out).
void prelude(Word &w) {
  uint32_t i = 0;
  while (i < w.len) {
    const char32_t c = w.c[i];
    const char32_t next = i + 1 < w.len ? w.c[i + 1] : 0;
    const bool vowel_after_next = i + 2 < w.len && vowel(w.c[i + 2]);
    if (vowel(c) && ((next == U'u' || next == U'i') && vowel_after_next)) {
      w.c[i + 1] = next == U'u' ? U'U' : U'I';
    } else if (vowel(c) && next == U'y') {
      w.c[i + 1] = U'Y';
    } else if (c == U'ë') {
      replace(w, i, 1, U"He");
    } else if (c == U'ï') {
      replace(w, i, 1, U"Hi");
    } else if (c == U'y' && vowel(next)) {
      w.c[i] = U'Y';
    } else if (c == U'q' && next == U'u') {
      w.c[i + 1] = U'U';
    } else {
      ++i;
    }
    if (w.overflow) return;
  }
}

void postlude(Word &w) {
  uint32_t o = 0;
  for (uint32_t i = 0; i < w.len; ++i) {
    char16_t c = w.c[i];
    if (c == U'I') c = U'i';
    else if (c == U'U') c = U'u';
    else if (c == U'Y') c = U'y';
    else if (c == U'H') {
      const char16_t next = i + 1 < w.len ? w.c[i + 1] : 0;
      if (next != U'e' && next != U'i') continue;  // a lone H (its e was removed) goes
      c = next == U'e' ? U'ë' : U'ï';
      ++i;
    }
    w.c[o++] = c;
  }
  w.len = o;
}

// RV: after the third letter if the word starts with two vowels or with par, col or tap, else
// after the first vowel that is not the first letter.
uint32_t rv(const Word &w) {
  if (w.len >= 3 && vowel(w.c[0]) && vowel(w.c[1])) return 3;
  if (ends_at(w, 3, U"par") || ends_at(w, 3, U"col") || ends_at(w, 3, U"tap")) return 3;
  for (uint32_t i = 1; i < w.len; ++i)
    if (vowel(w.c[i])) return i + 1;
  return w.len;
}

struct Regions {
  uint32_t pv, p1, p2;
};

enum : uint8_t {
  kDeleteR2, kIcAfterAtion, kLogie, kUsion, kEnce, kEment, kIte, kIf, kEaux, kAux, kEuse,
  kIssement, kAmment, kEmment, kMent,
  kDelete, kIons, kDeleteThenE,  // verb suffixes
  kIon, kIer,                    // residual suffixes
};

constexpr Among kStandard[] = {
    {kDeleteR2, U"ance iqUe isme able iste eux ances iqUes ismes ables istes"},
    {kIcAfterAtion, U"atrice ateur ation atrices ateurs ations"},
    {kLogie, U"logie logies"},
    {kUsion, U"usion ution usions utions"},
    {kEnce, U"ence ences"},
    {kEment, U"ement ements"},
    {kIte, U"ité ités"},
    {kIf, U"if ive ifs ives"},
    {kEaux, U"eaux"},
    {kAux, U"aux"},
    {kEuse, U"euse euses"},
    {kIssement, U"issement issements"},
    {kAmment, U"amment"},
    {kEmment, U"emment"},
    {kMent, U"ment ments"},
};
enum : uint8_t { kIv, kEus, kAblIqU, kIer2, kAbil, kIc };
constexpr Among kAfterEment[] = {
    {kIv, U"iv"}, {kEus, U"eus"}, {kAblIqU, U"abl iqU"}, {kIer2, U"ièr Ièr"}};
constexpr Among kAfterIte[] = {{kAbil, U"abil"}, {kIc, U"ic"}, {kIv, U"iv"}};

// -ic before a removed suffix: deleted in R2, else spelt iqU (to match -ique).
void ic(Word &w, const Regions &r) {
  if (ends_with(w, U"ic")) {
    if (w.len - 2 >= r.p2) cut(w, 2);
    else replace_end(w, 2, U"iqU");
  }
}

// Step 1. Returns false when nothing applied, and for -ment, which is removed and then leaves
// the word to the verb steps.
bool standard_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kStandard);
  if (m.len == 0) return false;
  const uint32_t start = w.len - m.len;
  const bool r1 = start >= r.p1, r2 = start >= r.p2, rv = start >= r.pv;
  switch (m.action) {
    case kDeleteR2:
      if (!r2) return false;
      cut(w, m.len);
      return true;
    case kIcAfterAtion:
      if (!r2) return false;
      cut(w, m.len);
      ic(w, r);
      return true;
    case kLogie:
      if (!r2) return false;
      replace_end(w, m.len, U"log");
      return true;
    case kUsion:
      if (!r2) return false;
      replace_end(w, m.len, U"u");
      return true;
    case kEnce:
      if (!r2) return false;
      replace_end(w, m.len, U"ent");
      return true;
    case kEment: {
      if (!rv) return false;
      cut(w, m.len);
      const Match n = longest(w, kAfterEment);
      const uint32_t s = w.len - n.len;
      if (n.len == 0) return true;
      if (n.action == kIv) {
        if (s >= r.p2) {
          cut(w, n.len);
          replace_suffix(w, U"at", U"", r.p2);
        }
      } else if (n.action == kEus) {
        if (s >= r.p2) cut(w, n.len);
        else if (s >= r.p1) replace_end(w, n.len, U"eux");
      } else if (n.action == kAblIqU) {
        if (s >= r.p2) cut(w, n.len);
      } else if (s >= r.pv) {  // ièr, Ièr
        replace_end(w, n.len, U"i");
      }
      return true;
    }
    case kIte: {
      if (!r2) return false;
      cut(w, m.len);
      const Match n = longest(w, kAfterIte);
      const uint32_t s = w.len - n.len;
      if (n.len == 0) return true;
      if (s >= r.p2) cut(w, n.len);
      else if (n.action == kAbil) replace_end(w, n.len, U"abl");
      else if (n.action == kIc) replace_end(w, n.len, U"iqU");
      return true;
    }
    case kIf:
      if (!r2) return false;
      cut(w, m.len);
      if (replace_suffix(w, U"at", U"", r.p2)) ic(w, r);
      return true;
    case kEaux:
      replace_end(w, m.len, U"eau");
      return true;
    case kAux:
      if (!r1) return false;
      replace_end(w, m.len, U"al");
      return true;
    case kEuse:
      if (r2) cut(w, m.len);
      else if (r1) replace_end(w, m.len, U"eux");
      else return false;
      return true;
    case kIssement:
      if (!r1 || !consonant_before(w, start)) return false;
      cut(w, m.len);
      return true;
    case kAmment:
      if (rv) replace_end(w, m.len, U"ant");
      return false;
    case kEmment:
      if (rv) replace_end(w, m.len, U"ent");
      return false;
    case kMent:  // after a vowel in RV
      if (start > r.pv && vowel(w.c[start - 1])) cut(w, m.len);
      return false;
    default:
      return false;
  }
}

constexpr Among kIVerb[] = {
    {kDelete, U"îmes ît îtes i ie ies ir ira irai iraIent irais irait iras irent irez iriez "
              U"irions irons iront is issaIent issais issait issant issante issantes issants "
              U"isse issent isses issez issiez issions issons it"},
};

// Step 2a: verb endings in -i, in RV after a consonant (itself in RV) that is not the H of ë/ï.
bool i_verb_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kIVerb, r.pv);
  if (m.len == 0) return false;
  const uint32_t start = w.len - m.len;
  if (start <= r.pv || w.c[start - 1] == U'H' || vowel(w.c[start - 1])) return false;
  cut(w, m.len);
  return true;
}

constexpr Among kVerb[] = {
    {kIons, U"ions"},
    {kDelete, U"é ée ées és èrent er era erai eraIent erais erait eras erez eriez erions erons "
              U"eront ez iez"},
    {kDeleteThenE, U"âmes ât âtes a ai aIent ais ait ant ante antes ants as asse assent asses "
                   U"assiez assions"},
};

// Step 2b: other verb endings, in RV.
bool verb_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kVerb, r.pv);
  if (m.len == 0) return false;
  if (m.action == kIons && w.len - m.len < r.p2) return false;
  cut(w, m.len);
  if (m.action == kDeleteThenE) replace_suffix(w, U"e", U"", r.pv);
  return true;
}

constexpr Among kResidual[] = {
    {kIon, U"ion"},
    {kIer, U"ier ière Ier Ière"},
    {kDelete, U"e"},
};

// Step 4, when steps 1 and 2 found nothing: a final s, then -ion, -ier, -e in RV.
void residual_suffix(Word &w, const Regions &r) {
  if (ends_with(w, U"s")) {
    const uint32_t s = w.len - 1;
    if (ends_at(w, s, U"Hi") || (s > 0 && !is_in(w.c[s - 1], kKeepWithS))) cut(w, 1);
  }
  const Match m = longest(w, kResidual, r.pv);
  if (m.len == 0) return;
  const uint32_t start = w.len - m.len;
  if (m.action == kIon) {
    const char32_t c = start > r.pv ? w.c[start - 1] : 0;
    if (start >= r.p2 && (c == U's' || c == U't')) cut(w, m.len);
  } else if (m.action == kIer) {
    replace_end(w, m.len, U"i");
  } else {
    cut(w, m.len);
  }
}

void stem(Word &w) {
  prelude(w);
  if (w.overflow) return;
  Regions r;
  r.pv = rv(w);
  r.p1 = region_after(w, 0, kVowels);
  r.p2 = region_after(w, r.p1, kVowels);

  if (standard_suffix(w, r) || i_verb_suffix(w, r) || verb_suffix(w, r)) {
    if (ends_with(w, U"Y")) w.c[w.len - 1] = U'i';
    else if (ends_with(w, U"ç")) w.c[w.len - 1] = U'c';
  } else {
    residual_suffix(w, r);
  }
  // Undouble -enn -onn -ett -ell -eill.
  if (ends_with(w, U"enn") || ends_with(w, U"onn") || ends_with(w, U"ett") ||
      ends_with(w, U"ell") || ends_with(w, U"eill"))
    cut(w, 1);
  // An é or è before the final consonants becomes e.
  uint32_t j = w.len;
  while (j > 0 && !vowel(w.c[j - 1])) --j;
  if (j < w.len && j > 0 && (w.c[j - 1] == U'é' || w.c[j - 1] == U'è')) w.c[j - 1] = U'e';
  postlude(w);
}

}  // namespace fr
}  // namespace snowball

uint32_t stem_french(unsigned char *s, uint32_t len, uint32_t cap) {
  return snowball::run(s, len, cap, snowball::fr::stem);
}

}  // namespace precis::detail
