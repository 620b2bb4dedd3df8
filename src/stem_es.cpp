// Snowball's Spanish stemmer (snowballstem.org/algorithms/spanish), as Snowball 2.2 implements it.
#include "snowball.h"
#include "stem_languages.h"

namespace precis::detail {
namespace snowball {
namespace es {  // inside snowball: its names are found before any of precis's own

constexpr char32_t kVowels[] = U"aeiouáéíóúü";

struct Regions {
  uint32_t pv, p1, p2;
};

char16_t without_acute(char16_t c) {
  switch (c) {
    case U'á': return U'a';
    case U'é': return U'e';
    case U'í': return U'i';
    case U'ó': return U'o';
    case U'ú': return U'u';
    default: return c;
  }
}

enum : uint8_t { kDelete, kAccented, kYendo };

constexpr Among kPronouns[] = {
    {kDelete, U"me se sela selo selas selos la le lo las les los nos"}};
constexpr Among kBeforePronoun[] = {
    {kAccented, U"iéndo ándo ár ér ír"},
    {kDelete, U"ando iendo ar er ir"},
    {kYendo, U"yendo"},
};

// Step 0: a pronoun after a gerund or infinitive in RV goes; the accent the ending then needed
// goes too ("haciéndola" -> "haciendo"). After -yendo only when a u precedes it.
void attached_pronoun(Word &w, const Regions &r) {
  const Match p = longest(w, kPronouns);
  if (p.len == 0) return;
  const uint32_t full = w.len;
  cut(w, p.len);
  const Match v = longest(w, kBeforePronoun);
  const uint32_t start = w.len - v.len;
  if (!in_region(w, v, r.pv) || (v.action == kYendo && before(w, start) != U'u')) {
    w.len = full;  // not a pronoun after all: the letters are still there
    return;
  }
  if (v.action == kAccented)
    for (uint32_t i = start; i < w.len; ++i) w.c[i] = without_acute(w.c[i]);
}

enum : uint8_t { kDeleteR2, kIcAfter, kLogia, kUcion, kEncia, kAmente, kMente, kIdad, kIva };

constexpr Among kStandard[] = {
    {kDeleteR2, U"anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso "
                U"osa osos osas amiento amientos imiento imientos"},
    {kIcAfter, U"adora ador ación adoras adores aciones ante antes ancia ancias"},
    {kLogia, U"logía logías"},
    {kUcion, U"ución uciones"},
    {kEncia, U"encia encias"},
    {kAmente, U"amente"},
    {kMente, U"mente"},
    {kIdad, U"idad idades"},
    {kIva, U"iva ivo ivas ivos"},
};
enum : uint8_t { kIv, kOther };
constexpr Among kAfterAmente[] = {{kIv, U"iv"}, {kOther, U"os ic ad"}};
constexpr Among kAfterMente[] = {{kDelete, U"ante able ible"}};
constexpr Among kAfterIdad[] = {{kDelete, U"abil ic iv"}};

// Step 1: standard suffixes. Returns whether one was removed.
bool standard_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kStandard);
  if (m.len == 0) return false;
  const uint32_t start = w.len - m.len;
  if (m.action == kAmente ? start < r.p1 : start < r.p2) return false;
  switch (m.action) {
    case kLogia: replace_end(w, m.len, U"log"); return true;
    case kUcion: replace_end(w, m.len, U"u"); return true;
    case kEncia: replace_end(w, m.len, U"ente"); return true;
    default: break;
  }
  cut(w, m.len);
  if (m.action == kIcAfter) {
    replace_suffix(w, U"ic", U"", r.p2);
  } else if (m.action == kAmente) {
    const Match n = longest(w, kAfterAmente);
    if (in_region(w, n, r.p2)) {
      cut(w, n.len);
      if (n.action == kIv) replace_suffix(w, U"at", U"", r.p2);
    }
  } else if (m.action == kMente || m.action == kIdad) {
    const Match n = m.action == kMente ? longest(w, kAfterMente) : longest(w, kAfterIdad);
    if (in_region(w, n, r.p2)) cut(w, n.len);
  } else if (m.action == kIva) {
    replace_suffix(w, U"at", U"", r.p2);
  }
  return true;
}

constexpr Among kYVerb[] = {{kDelete, U"ya ye yan yen yeron yendo yo yó yas yes yais yamos"}};

// Step 2a: verb endings in y-, in RV, after a u (which may lie outside RV).
bool y_verb_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kYVerb, r.pv);
  if (m.len == 0 || before(w, w.len - m.len) != U'u') return false;
  cut(w, m.len);
  return true;
}

enum : uint8_t { kAfterGu = 1 };
constexpr Among kVerb[] = {
    {kAfterGu, U"en es éis emos"},
    {kDelete,
     U"arían arías arán arás aríais aría aréis aríamos aremos ará aré erían erías erán erás "
     U"eríais ería eréis eríamos eremos erá eré irían irías irán irás iríais iría iréis iríamos "
     U"iremos irá iré aba ada ida ía ara iera ad ed id ase iese aste iste an aban ían aran "
     U"ieran asen iesen aron ieron ado ido ando iendo ió ar er ir as abas adas idas ías aras "
     U"ieras ases ieses ís áis abais íais arais ierais aseis ieseis asteis isteis ados idos "
     U"amos ábamos áramos iéramos iésemos ásemos imos"},
};

// Step 2b: other verb endings in RV; -en -es -éis -emos take the u of a preceding gu along.
bool verb_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kVerb, r.pv);
  if (m.len == 0) return false;
  cut(w, m.len);
  if (m.action == kAfterGu && ends_with(w, U"gu")) cut(w, 1);
  return true;
}

constexpr Among kResidual[] = {{kDelete, U"os a o á í ó"}, {kAfterGu, U"e é"}};

// Step 3: a residual vowel in RV; after -e, the u of a preceding gu if that u is in RV too.
void residual_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kResidual);
  if (!in_region(w, m, r.pv)) return;
  cut(w, m.len);
  if (m.action == kAfterGu && ends_with(w, U"gu") && w.len - 1 >= r.pv) cut(w, 1);
}

void stem(Word &w) {
  Regions r;
  r.pv = rv_standard(w, kVowels);
  r.p1 = region_after(w, 0, kVowels);
  r.p2 = region_after(w, r.p1, kVowels);
  attached_pronoun(w, r);
  if (!standard_suffix(w, r) && !y_verb_suffix(w, r)) verb_suffix(w, r);
  residual_suffix(w, r);
  for (uint32_t i = 0; i < w.len; ++i) w.c[i] = without_acute(w.c[i]);
}

}  // namespace es
}  // namespace snowball

uint32_t stem_spanish(unsigned char *s, uint32_t len, uint32_t cap) {
  return snowball::run(s, len, cap, snowball::es::stem);
}

}  // namespace precis::detail
