// Snowball's Portuguese stemmer (snowballstem.org/algorithms/portuguese), as Snowball 2.2
// implements it.
#include "snowball.h"
#include "stem_languages.h"

namespace precis::detail {
namespace snowball {
namespace pt {  // inside snowball: its names are found before any of precis's own

constexpr char32_t kVowels[] = U"aeiouáéíóúâêô";

// ã and õ are spelt a~ and o~ while stemming: the ~ is a consonant, so "-ões" ends in a
// consonant-vowel-consonant like "-oes" would not.
void prelude(Word &w) {
  for (uint32_t i = 0; i < w.len; ++i) {
    if (w.c[i] == U'ã') replace(w, i, 1, U"a~");
    else if (w.c[i] == U'õ') replace(w, i, 1, U"o~");
  }
}

void postlude(Word &w) {
  uint32_t o = 0;
  for (uint32_t i = 0; i < w.len; ++i) {
    char16_t c = w.c[i];
    if ((c == U'a' || c == U'o') && i + 1 < w.len && w.c[i + 1] == U'~') {
      c = c == U'a' ? U'ã' : U'õ';
      ++i;
    }
    w.c[o++] = c;
  }
  w.len = o;
}

struct Regions {
  uint32_t pv, p1, p2;
};

enum : uint8_t { kDeleteR2, kLogia, kUcao, kEncia, kAmente, kMente, kIdade, kIva, kIra };

constexpr Among kStandard[] = {
    {kDeleteR2, U"eza ezas ico ica icos icas ismo ismos ável ível ista istas oso osa osos osas "
                U"amento amentos imento imentos adora ador aça~o adoras adores aço~es ante "
                U"antes ância"},
    {kLogia, U"logia logias"},
    {kUcao, U"uça~o uço~es"},
    {kEncia, U"ência ências"},
    {kAmente, U"amente"},
    {kMente, U"mente"},
    {kIdade, U"idade idades"},
    {kIva, U"iva ivo ivas ivos"},
    {kIra, U"ira iras"},
};
enum : uint8_t { kIv, kOther };
constexpr Among kAfterAmente[] = {{kIv, U"iv"}, {kOther, U"os ic ad"}};
constexpr Among kAfterMente[] = {{kOther, U"ante avel ível"}};
constexpr Among kAfterIdade[] = {{kOther, U"abil ic iv"}};

// Step 1: standard suffixes. Returns whether the word changed.
bool standard_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kStandard);
  if (m.len == 0) return false;
  const uint32_t start = w.len - m.len;
  if (m.action == kIra) {  // -eira(s) in RV is usually not a verb: it becomes -eir
    if (start < r.pv || before(w, start) != U'e') return false;
    replace_end(w, m.len, U"ir");
    return true;
  }
  if (!in_region(w, m, m.action == kAmente ? r.p1 : r.p2)) return false;
  switch (m.action) {
    case kLogia: replace_end(w, m.len, U"log"); return true;
    case kUcao: replace_end(w, m.len, U"u"); return true;
    case kEncia: replace_end(w, m.len, U"ente"); return true;
    default: break;
  }
  cut(w, m.len);
  if (m.action == kAmente) {
    const Match n = longest(w, kAfterAmente);
    if (in_region(w, n, r.p2)) {
      cut(w, n.len);
      if (n.action == kIv) replace_suffix(w, U"at", U"", r.p2);
    }
  } else if (m.action == kMente || m.action == kIdade) {
    const Match n = m.action == kMente ? longest(w, kAfterMente) : longest(w, kAfterIdade);
    if (in_region(w, n, r.p2)) cut(w, n.len);
  } else if (m.action == kIva) {
    replace_suffix(w, U"at", U"", r.p2);
  }
  return true;
}

constexpr Among kVerb[] = {
    {kOther,
     U"ada ida ia aria eria iria ará ara erá era irá ava asse esse isse aste este iste ei arei "
     U"erei irei am iam ariam eriam iriam aram eram iram avam em arem erem irem assem essem "
     U"issem ado ido ando endo indo ara~o era~o ira~o ar er ir as adas idas ias arias erias "
     U"irias arás aras erás eras irás avas es ardes erdes irdes ares eres ires asses esses "
     U"isses astes estes istes is ais eis íeis aríeis eríeis iríeis áreis areis éreis ereis "
     U"íreis ireis ásseis ésseis ísseis áveis ados idos ámos amos íamos aríamos eríamos "
     U"iríamos áramos éramos íramos ávamos emos aremos eremos iremos ássemos êssemos íssemos "
     U"imos armos ermos irmos eu iu ou ira iras"},
};

constexpr Among kResidual[] = {{kOther, U"os a i o á í ó"}};
constexpr Among kResidualForm[] = {{kOther, U"e é ê"}, {kIv, U"ç"}};

void stem(Word &w) {
  prelude(w);
  if (w.overflow) return;
  Regions r;
  r.pv = rv_standard(w, kVowels);
  r.p1 = region_after(w, 0, kVowels);
  r.p2 = region_after(w, r.p1, kVowels);

  bool changed = standard_suffix(w, r);
  if (!changed) {
    const Match m = longest(w, kVerb, r.pv);  // step 2: verb endings in RV
    cut(w, m.len);
    changed = m.len > 0;
  }
  if (changed) {
    // Step 3: an i in RV after c goes.
    if (ends_at(w, w.len, U"i", r.pv) && before(w, w.len - 1) == U'c') cut(w, 1);
  } else {
    // Step 4: a residual vowel or -os in RV.
    const Match m = longest(w, kResidual);
    if (in_region(w, m, r.pv)) cut(w, m.len);
  }
  // Step 5: a final e in RV goes, and the u of gu or the i of ci before it if in RV; ç -> c.
  const Match m = longest(w, kResidualForm);
  if (m.len > 0 && m.action == kIv) {
    w.c[w.len - 1] = U'c';
  } else if (in_region(w, m, r.pv)) {
    cut(w, 1);
    if ((ends_with(w, U"gu") || ends_with(w, U"ci")) && w.len - 1 >= r.pv) cut(w, 1);
  }
  postlude(w);
}

}  // namespace pt
}  // namespace snowball

uint32_t stem_portuguese(unsigned char *s, uint32_t len, uint32_t cap) {
  return snowball::run(s, len, cap, snowball::pt::stem);
}

}  // namespace precis::detail
