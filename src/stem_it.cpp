// Snowball's Italian stemmer (snowballstem.org/algorithms/italian), as Snowball 2.2 implements it.
#include "snowball.h"
#include "stem_languages.h"

namespace precis::detail {
namespace snowball {
namespace it {  // inside snowball: its names are found before any of precis's own

constexpr char32_t kVowels[] = U"aeiouàèìòù";

bool vowel(char32_t c) { return is_in(c, kVowels); }

// Acute accents are written grave, the u of qu is a consonant (U), and so are u and i between
// vowels (U, I).
void prelude(Word &w) {
  for (uint32_t i = 0; i < w.len; ++i) {
    switch (w.c[i]) {
      case U'á': w.c[i] = U'à'; break;
      case U'é': w.c[i] = U'è'; break;
      case U'í': w.c[i] = U'ì'; break;
      case U'ó': w.c[i] = U'ò'; break;
      case U'ú': w.c[i] = U'ù'; break;
      case U'q':
        if (i + 1 < w.len && w.c[i + 1] == U'u') w.c[++i] = U'U';
        break;
      default: break;
    }
  }
  for (uint32_t i = 0; i + 2 < w.len; ++i) {
    if (!vowel(w.c[i]) || !vowel(w.c[i + 2])) continue;
    if (w.c[i + 1] == U'u') w.c[i + 1] = U'U';
    else if (w.c[i + 1] == U'i') w.c[i + 1] = U'I';
  }
}

struct Regions {
  uint32_t pv, p1, p2;
};

enum : uint8_t { kDelete, kToE };

constexpr Among kPronouns[] = {
    {kDelete, U"ci gli la le li lo mi ne si ti vi sene gliela gliele glieli glielo gliene mela "
              U"mele meli melo mene tela tele teli telo tene cela cele celi celo cene vela vele "
              U"veli velo vene"}};
constexpr Among kBeforePronoun[] = {{kDelete, U"ando endo"}, {kToE, U"ar er ir"}};

// Step 0: a pronoun after a gerund in RV goes ("guardandogli" -> "guardando"); after an
// infinitive in RV it becomes e ("accomodarci" -> "accomodare").
void attached_pronoun(Word &w, const Regions &r) {
  const Match p = longest(w, kPronouns);
  if (p.len == 0) return;
  const uint32_t full = w.len;
  w.len -= p.len;
  const Match v = longest(w, kBeforePronoun);
  w.len = full;
  if (v.len == 0 || w.len - p.len - v.len < r.pv) return;  // the verb ending starts in RV
  if (v.action == kDelete) cut(w, p.len);
  else replace_end(w, p.len, U"e");
}

enum : uint8_t { kDeleteR2, kIcAfter, kLogia, kUzione, kEnza, kAmento, kAmente, kIta, kIvo };

constexpr Among kStandard[] = {
    {kDeleteR2, U"anza anze ico ici ica ice iche ichi ismo ismi abile abili ibile ibili ista "
                U"iste isti istà istè istì oso osi osa ose mente atrice atrici ante anti"},
    {kIcAfter, U"azione azioni atore atori"},
    {kLogia, U"logia logie"},
    {kUzione, U"uzione uzioni usione usioni"},
    {kEnza, U"enza enze"},
    {kAmento, U"amento amenti imento imenti"},
    {kAmente, U"amente"},
    {kIta, U"ità"},
    {kIvo, U"ivo ivi iva ive"},
};
enum : uint8_t { kIv, kOther };
constexpr Among kAfterAmente[] = {{kIv, U"iv"}, {kOther, U"os ic abil"}};
constexpr Among kAfterIta[] = {{kDelete, U"abil ic iv"}};

// Step 1: standard suffixes. Returns whether one was removed.
bool standard_suffix(Word &w, const Regions &r) {
  const Match m = longest(w, kStandard);
  if (m.len == 0) return false;
  const uint32_t need = m.action == kAmento ? r.pv : m.action == kAmente ? r.p1 : r.p2;
  if (!in_region(w, m, need)) return false;
  switch (m.action) {
    case kLogia: replace_end(w, m.len, U"log"); return true;
    case kUzione: replace_end(w, m.len, U"u"); return true;
    case kEnza: replace_end(w, m.len, U"ente"); return true;
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
  } else if (m.action == kIta) {
    const Match n = longest(w, kAfterIta);
    if (in_region(w, n, r.p2)) cut(w, n.len);
  } else if (m.action == kIvo) {
    if (replace_suffix(w, U"at", U"", r.p2)) replace_suffix(w, U"ic", U"", r.p2);
  }
  return true;
}

constexpr Among kVerb[] = {
    {kDelete,
     U"ammo ando ano are arono asse assero assi assimo ata ate ati ato ava avamo avano avate avi "
     U"avo emmo enda ende endi endo erà erai eranno ere erebbe erebbero erei eremmo eremo ereste "
     U"eresti erete erò erono essero ete eva evamo evano evate evi evo iamo immo irà irai iranno "
     U"ire irebbe irebbero irei iremmo iremo ireste iresti irete irò irono isca iscano isce isci "
     U"isco iscono issero ita ite iti ito iva ivamo ivano ivate ivi ivo ono uta ute uti uto ar ir"},
};

constexpr char32_t kFinalVowels[] = U"aeioàèìò";

void stem(Word &w) {
  prelude(w);
  Regions r;
  r.pv = rv_standard(w, kVowels);
  r.p1 = region_after(w, 0, kVowels);
  r.p2 = region_after(w, r.p1, kVowels);

  attached_pronoun(w, r);
  if (!standard_suffix(w, r)) {
    const Match m = longest(w, kVerb, r.pv);  // step 2: verb endings in RV
    cut(w, m.len);
  }
  // Step 3a: a final vowel in RV, then an i before it in RV ("crocchi" -> "crocch").
  if (w.len > r.pv && is_in(w.c[w.len - 1], kFinalVowels)) {
    cut(w, 1);
    if (w.len > r.pv && w.c[w.len - 1] == U'i') cut(w, 1);
  }
  // Step 3b: ch and gh in RV lose their h ("crocch" -> "crocc").
  if ((ends_at(w, w.len, U"ch", r.pv) || ends_at(w, w.len, U"gh", r.pv))) cut(w, 1);
  unmark(w, U"IU");
}

}  // namespace it
}  // namespace snowball

uint32_t stem_italian(unsigned char *s, uint32_t len, uint32_t cap) {
  return snowball::run(s, len, cap, snowball::it::stem);
}

}  // namespace precis::detail
