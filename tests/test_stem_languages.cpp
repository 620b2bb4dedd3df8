// Tests for the Snowball stemmers of stem_languages.h: hand-picked words for what each algorithm
// does (the expected stems are Snowball's), the shared contract (invalid, over-long and
// upper-case input, the capacity), fold_lower_utf8, and for each language a comparison with
// Snowball's own stemwords (Debian's libstemmer-tools) over the whole Debian word list
// (wngerman, wfrench, wspanish, witalian, wportuguese, wdutch), run at test time.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

#include "snowball.h"
#include "stem_languages.h"
#include "support.h"

namespace {

using StemFn = uint32_t (*)(unsigned char *, uint32_t, uint32_t);

std::string stem_with(StemFn fn, const std::string &w) {
  std::string s = w;
  if (s.empty()) return s;
  const uint32_t n = fn(reinterpret_cast<unsigned char *>(&s[0]), static_cast<uint32_t>(s.size()),
                        static_cast<uint32_t>(s.size()));
  s.resize(n);
  return s;
}

using Cases = std::vector<std::pair<const char *, const char *>>;

void expect_stems(StemFn fn, const Cases &cases) {
  for (const auto &c : cases) EXPECT_EQ(stem_with(fn, c.first), c.second) << "word: " << c.first;
}

// ---- German ---------------------------------------------------------------------------------

TEST(StemGerman, InflectedFormsShareAStem) {
  expect_stems(precis::detail::stem_german, {{"aufeinanderfolgende", "aufeinanderfolg"},
                                     {"aufeinanderfolgenden", "aufeinanderfolg"},
                                     {"tage", "tag"}, {"tagen", "tag"}, {"frauen", "frau"}});
}

TEST(StemGerman, UmlautsLoseTheirDotsAndSharpSBecomesSs) {
  expect_stems(precis::detail::stem_german, {{"häuser", "haus"}, {"haus", "haus"}, {"gebäude", "gebaud"},
                                     {"straße", "strass"}, {"strassen", "strass"}});
}

TEST(StemGerman, NisseKeepsOneS) {
  expect_stems(precis::detail::stem_german, {{"kenntnisse", "kenntnis"}, {"kenntnis", "kenntnis"}});
}

TEST(StemGerman, DerivationalSuffixesGoOnlyInR2) {
  // -keit and -isch are in R2 here; lustig's -ig is not (R2 is empty).
  expect_stems(precis::detail::stem_german, {{"freundlichkeit", "freundlich"}, {"heiterkeit", "heiter"},
                                     {"kategorisch", "kategor"}, {"lustig", "lustig"}});
}

TEST(StemGerman, UBetweenVowelsIsAConsonant) {
  // the u of "bauer" counts as a consonant, so R1 starts after "bau" and -er goes
  expect_stems(precis::detail::stem_german, {{"bauer", "bau"}, {"bauen", "bau"}, {"mauer", "mau"}});
}

// ---- French ---------------------------------------------------------------------------------

TEST(StemFrench, PluralAndFeminineEndingsShareAStem) {
  expect_stems(precis::detail::stem_french, {{"maisons", "maison"}, {"maison", "maison"},
                                     {"heureuse", "heureux"}, {"heureux", "heureux"}});
}

TEST(StemFrench, AuxBecomesAl) {
  expect_stems(precis::detail::stem_french, {{"chevaux", "cheval"}, {"journaux", "journal"}});
}

TEST(StemFrench, VerbFormsShareAStem) {
  expect_stems(precis::detail::stem_french, {{"continuer", "continu"}, {"continué", "continu"},
                                     {"continuation", "continu"}, {"finissons", "fin"},
                                     {"finissait", "fin"}, {"mangeaient", "mang"}});
}

TEST(StemFrench, AdverbsInMentLoseIt) {
  expect_stems(precis::detail::stem_french, {{"généralement", "général"}, {"abusivement", "abus"},
                                     {"continuellement", "continuel"}});
}

TEST(StemFrench, DiaeresisIsKeptAsALetterOfItsOwn) {
  expect_stems(precis::detail::stem_french, {{"noël", "noël"}, {"naïve", "naïv"}, {"maïs", "maï"},
                                     {"aiguë", "aigu"}});
}

TEST(StemFrench, LastAccentBeforeFinalConsonantsIsRemoved) {
  expect_stems(precis::detail::stem_french, {{"désespéré", "désesper"}, {"nationalité", "national"}});
}

// ---- Spanish --------------------------------------------------------------------------------

TEST(StemSpanish, AttachedPronounsGoWithTheirAccent) {
  expect_stems(precis::detail::stem_spanish, {{"haciéndola", "hac"}, {"haciendo", "hac"},
                                      {"comiéndoselo", "com"}});
}

TEST(StemSpanish, AcuteAccentsAreRemovedFromTheStem) {
  expect_stems(precis::detail::stem_spanish, {{"acción", "accion"}, {"acciones", "accion"},
                                      {"rápidamente", "rapid"}});
}

TEST(StemSpanish, VerbEndingsInRvGo) {
  expect_stems(precis::detail::stem_spanish, {{"corriendo", "corr"}, {"corrimos", "corr"},
                                      {"arguyendo", "argu"}});
}

TEST(StemSpanish, DiaeresisIsKept) {
  expect_stems(precis::detail::stem_spanish, {{"averigüe", "averigü"}});
}

TEST(StemSpanish, DerivationalSuffixesGoInR2) {
  expect_stems(precis::detail::stem_spanish, {{"nacionalidad", "nacional"}, {"chicas", "chic"},
                                      {"chico", "chic"}});
}

// ---- Italian --------------------------------------------------------------------------------

TEST(StemItalian, AttachedPronounsGoAfterGerundsAndInfinitives) {
  expect_stems(precis::detail::stem_italian, {{"guardandogli", "guard"}, {"accomodarci", "accomod"}});
}

TEST(StemItalian, GenderAndNumberShareAStem) {
  expect_stems(precis::detail::stem_italian, {{"abbandonata", "abbandon"}, {"abbandonate", "abbandon"},
                                      {"abbandonati", "abbandon"}, {"cantavano", "cant"}});
}

TEST(StemItalian, ChAndGhInRvLoseTheirH) {
  expect_stems(precis::detail::stem_italian, {{"crocchi", "crocc"}, {"crocchio", "crocc"}});
}

TEST(StemItalian, AccentedEndingsAndAdverbs) {
  expect_stems(precis::detail::stem_italian, {{"nazionalità", "nazional"}, {"qualità", "qualit"},
                                      {"felicemente", "felic"}, {"perché", "perc"}});
}

// ---- Portuguese -----------------------------------------------------------------------------

TEST(StemPortuguese, NasalVowelsAreKeptAndPluralsShareAStem) {
  expect_stems(precis::detail::stem_portuguese, {{"brasileira", "brasileir"}, {"brasileiras", "brasileir"},
                                         {"coração", "coraçã"}, {"maçã", "maçã"}});
}

TEST(StemPortuguese, VerbEndingsAndAdverbsGo) {
  expect_stems(precis::detail::stem_portuguese, {{"cantaríamos", "cant"}, {"felizmente", "feliz"},
                                         {"atividade", "ativ"}});
}

TEST(StemPortuguese, FinalCedillaIsDropped) {
  expect_stems(precis::detail::stem_portuguese, {{"criança", "crianc"}});
}

// ---- Dutch ----------------------------------------------------------------------------------

TEST(StemDutch, PluralsAndAdjectivesShareAStem) {
  expect_stems(precis::detail::stem_dutch, {{"lichamelijk", "licham"}, {"lichamelijke", "licham"},
                                    {"kinderen", "kinder"}, {"bijbelse", "bijbel"}});
}

TEST(StemDutch, DoubleVowelBeforeAFinalConsonantIsUndoubled) {
  expect_stems(precis::detail::stem_dutch, {{"maan", "man"}, {"manen", "man"}, {"brood", "brod"},
                                    {"broden", "brod"}});
}

TEST(StemDutch, HedenBecomesHeidThenGoesInR2) {
  expect_stems(precis::detail::stem_dutch, {{"mogelijkheden", "mogelijk"}, {"heden", "heden"}});
}

TEST(StemDutch, AccentsOtherThanGraveAreRemoved) {
  expect_stems(precis::detail::stem_dutch, {{"ideeën", "ideeen"}, {"geëist", "geeist"}});
}

// ---- The contract shared by all six ---------------------------------------------------------

constexpr StemFn kAll[] = {precis::detail::stem_german,  precis::detail::stem_french,     precis::detail::stem_spanish,
                           precis::detail::stem_italian, precis::detail::stem_portuguese, precis::detail::stem_dutch};

TEST(StemLanguages, InvalidUtf8IsReturnedUnchanged) {
  const std::string bad[] = {"maison\xff", "\xc3", "ab\xc3\x28", "\xe0\x80\x80s", "\xed\xa0\x80"};
  for (StemFn fn : kAll)
    for (const std::string &w : bad) EXPECT_EQ(stem_with(fn, w), w);
}

TEST(StemLanguages, WordsOfMoreThan64CodePointsAreReturnedUnchanged) {
  const std::string at_limit = std::string(57, 'x') + "maisons";  // 64 code points
  const std::string over = std::string(58, 'x') + "maisons";      // 65
  EXPECT_EQ(stem_with(precis::detail::stem_french, at_limit), std::string(57, 'x') + "maison");
  for (StemFn fn : kAll) EXPECT_EQ(stem_with(fn, over), over);
}

TEST(StemLanguages, WordsWithACodePointBeyondTheBmpAreReturnedUnchanged) {
  const std::string emoji = "maisons\xF0\x9F\x8F\xA0";  // U+1F3E0 after "maisons"
  for (StemFn fn : kAll) EXPECT_EQ(stem_with(fn, emoji), emoji);
  EXPECT_EQ(stem_with(precis::detail::stem_french, "maisons"), "maison");
}

TEST(StemLanguages, AsciiUpperCaseIsStemmedAsLowerCaseLikeStemwords) {
  EXPECT_EQ(stem_with(precis::detail::stem_french, "Maisons"), "maison");
  EXPECT_EQ(stem_with(precis::detail::stem_german, "TAGEN"), "tag");
}

TEST(StemLanguages, AStemLongerThanCapLeavesTheWordUnchanged) {
  // stems never grow, so cap >= len always suffices; a smaller cap is honoured all the same
  std::string w = "maisons";
  unsigned char *s = reinterpret_cast<unsigned char *>(&w[0]);
  EXPECT_EQ(precis::detail::stem_french(s, 7, 3), 7u);
  EXPECT_EQ(w, "maisons");
  EXPECT_EQ(precis::detail::stem_french(s, 7, 6), 6u);
  EXPECT_EQ(w.substr(0, 6), "maison");
}

TEST(StemLanguages, EmptyWordStaysEmpty) {
  unsigned char c = 'x';
  for (StemFn fn : kAll) EXPECT_EQ(fn(&c, 0, 0), 0u);
}

TEST(FoldLowerUtf8, LatinLettersWithDiacriticsKeepTheirLength) {
  std::string s = "ÉTÉ ŒUVRE ŸSTRAßE ÄÖÜ ĀĹŁŃŽ × İ ı Ω \xff";
  const uint32_t n = precis::detail::fold_lower_utf8(reinterpret_cast<unsigned char *>(&s[0]),
                                             static_cast<uint32_t>(s.size()));
  EXPECT_EQ(n, s.size());
  EXPECT_EQ(s, "été œuvre ÿstraße äöü āĺłńž × İ ı Ω \xff");
}

// ---- Agreement with Snowball's stemwords over the Debian word lists -------------------------

bool have_stemwords() { return std::system("command -v stemwords >/dev/null 2>&1") == 0; }

std::string temp_path(const char *tag) {
  const char *dir = std::getenv("TMPDIR");
  std::string p = (dir != nullptr && *dir != '\0') ? dir : "/tmp";
  return p + "/precis_stem_languages_" + tag + "_" + std::to_string(static_cast<long>(::getpid()));
}

using test::read_lines;

uint32_t code_points(const std::string &w) {
  uint32_t n = 0;
  for (unsigned char c : w) n += (c & 0xC0u) != 0x80u;
  return n;
}

// Stems every word of the list (folded with fold_lower_utf8, duplicates dropped) with `fn` and
// with `stemwords -l lang`, and requires 99.9% agreement; lists the words that differ.
void compare_with_stemwords(StemFn fn, const char *lang, const char *list_path,
                            const char *package) {
  if (!have_stemwords()) GTEST_SKIP() << "stemwords not found (apt-get install libstemmer-tools)";
  std::ifstream list(list_path);
  if (!list) GTEST_SKIP() << list_path << " not found (apt-get install " << package << ")";

  std::set<std::string> unique;
  std::string w;
  uint32_t too_long = 0;
  while (std::getline(list, w)) {
    if (!w.empty() && w.back() == '\r') w.pop_back();
    if (w.empty()) continue;
    precis::detail::fold_lower_utf8(reinterpret_cast<unsigned char *>(&w[0]),
                            static_cast<uint32_t>(w.size()));
    if (code_points(w) > precis::detail::snowball::kMaxChars) {
      ++too_long;  // returned unchanged by contract; stemwords would stem them
      continue;
    }
    unique.insert(w);
  }
  const std::vector<std::string> words(unique.begin(), unique.end());
  ASSERT_GT(words.size(), 50000u);

  const std::string in = temp_path("in"), out = temp_path("out");
  {
    std::ofstream f(in);
    for (const auto &x : words) f << x << '\n';
  }
  const std::string cmd = std::string("stemwords -l ") + lang + " -i '" + in + "' -o '" + out + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << "failed: " << cmd;
  const std::vector<std::string> snow = read_lines(out);
  std::remove(in.c_str());
  std::remove(out.c_str());
  ASSERT_EQ(snow.size(), words.size());

  std::size_t differ = 0, longer = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string ours = stem_with(fn, words[i]);
    if (ours.size() > words[i].size()) ++longer;
    if (ours == snow[i]) continue;
    if (++differ <= 50)
      std::printf("[ %s ] %s: ours %s, stemwords %s\n", lang, words[i].c_str(), ours.c_str(),
                  snow[i].c_str());
  }
  const double agreement = 100.0 * static_cast<double>(words.size() - differ) /
                           static_cast<double>(words.size());
  std::printf("[ %s ] %zu words of %s: %zu differ from stemwords (%.4f%% agree); %u over %u code "
              "points not compared\n",
              lang, words.size(), list_path, differ, agreement, too_long,
              precis::detail::snowball::kMaxChars);
  EXPECT_EQ(longer, 0u) << "stems longer than their word";
  EXPECT_GE(agreement, 99.9);
}

TEST(StemLanguages, GermanMatchesStemwordsOnWngerman) {
  compare_with_stemwords(precis::detail::stem_german, "german", "/usr/share/dict/ngerman", "wngerman");
}
TEST(StemLanguages, FrenchMatchesStemwordsOnWfrench) {
  compare_with_stemwords(precis::detail::stem_french, "french", "/usr/share/dict/french", "wfrench");
}
TEST(StemLanguages, SpanishMatchesStemwordsOnWspanish) {
  compare_with_stemwords(precis::detail::stem_spanish, "spanish", "/usr/share/dict/spanish", "wspanish");
}
TEST(StemLanguages, ItalianMatchesStemwordsOnWitalian) {
  compare_with_stemwords(precis::detail::stem_italian, "italian", "/usr/share/dict/italian", "witalian");
}
TEST(StemLanguages, PortugueseMatchesStemwordsOnWportuguese) {
  compare_with_stemwords(precis::detail::stem_portuguese, "portuguese", "/usr/share/dict/portuguese",
                         "wportuguese");
}
TEST(StemLanguages, DutchMatchesStemwordsOnWdutch) {
  compare_with_stemwords(precis::detail::stem_dutch, "dutch", "/usr/share/dict/dutch", "wdutch");
}

}  // namespace
