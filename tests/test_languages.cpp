// The language packs (src/language.h, src/lang_*.cpp): segmentation with each pack's
// abbreviations, quotes and ordinals, bylines and rights notices dropped, the lead kept, and
// PRECIS_LANGUAGE_AUTO choosing the right pack. One behaviour per TEST; the texts are written
// for these tests. Tests of a pack that this build lacks (CMake PRECIS_LANGUAGES) skip.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "language.h"
#include "segment.h"
#include "support.h"

#define PRECIS_REQUIRE_LANGUAGE(l) \
    if (!precis_language_available(l)) GTEST_SKIP() << precis_language_name(l) << " is not in this build (PRECIS_LANGUAGES)"

namespace {

using S = std::vector<std::string>;

// Sentences of `text` as the pack of `language` segments them.
S split_in(uint32_t language, const std::string &text) {
    precis::detail::Segmenter s;
    precis::detail::segmenter_init(&s, text.data(), static_cast<uint32_t>(text.size()), precis::detail::language_pack(language));
    precis::detail::SentenceBounds b;
    S out;
    while (precis::detail::segmenter_next(&s, &b)) out.push_back(text.substr(b.begin, b.end - b.begin));
    return out;
}

// The summary of one document in `language`, budget n sentences.
S summary_in(uint32_t language, const std::string &text, uint32_t n) {
    std::vector<std::string> texts{text};
    precis_config cfg{};
    cfg.language = language;
    cfg.budget = n;
    test::Run r = test::summarize(texts, cfg);
    EXPECT_GE(r.status, 0);
    return test::texts_of(texts, r);
}

bool contains(const S &v, const std::string &needle) {
    for (const std::string &s : v) {
        if (s.find(needle) != std::string::npos) return true;
    }
    return false;
}

// ---- Segmentation ------------------------------------------------------------------------------

TEST(Languages, GermanAbbreviationsDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_GERMAN);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_GERMAN, "Es gibt z. B. Äpfel, bzw. Birnen und Nr. 5 im Angebot. Dr. Meier kam."),
              (S{"Es gibt z. B. Äpfel, bzw. Birnen und Nr. 5 im Angebot.", "Dr. Meier kam."}));
}

TEST(Languages, GermanOrdinalsDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_GERMAN);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_GERMAN, "Am 3. Oktober feierte die Stadt den 25. Jahrestag. Die Gäste kamen."),
              (S{"Am 3. Oktober feierte die Stadt den 25. Jahrestag.", "Die Gäste kamen."}));
}

TEST(Languages, GermanQuotationClosedByTheLowNineOpenerPairEndsWithItsQuote) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_GERMAN);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_GERMAN, "Er sagte: „Wir bleiben hier.“ Dann ging er."),
              (S{"Er sagte: „Wir bleiben hier.“", "Dann ging er."}));
}

TEST(Languages, FrenchTitlesDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_FRENCH);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_FRENCH, "M. Dupont et Mme Martin sont arrivés. Le maire les attendait."),
              (S{"M. Dupont et Mme Martin sont arrivés.", "Le maire les attendait."}));
}

TEST(Languages, FrenchGuillemetsWithNoBreakSpacesStayWithTheirSentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_FRENCH);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_FRENCH, "Il a dit\xC2\xA0: «\xC2\xA0" "C'est fini.\xC2\xA0» Puis il est parti."),
              (S{"Il a dit\xC2\xA0: «\xC2\xA0" "C'est fini.\xC2\xA0»", "Puis il est parti."}));
}

TEST(Languages, FrenchEtcEndsASentenceBeforeAnArticle) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_FRENCH);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_FRENCH, "Ils vendent des pommes, des poires, etc. Le marché ouvre à 8 h."),
              (S{"Ils vendent des pommes, des poires, etc.", "Le marché ouvre à 8 h."}));
}

TEST(Languages, SpanishTitlesDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_SPANISH);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_SPANISH, "El Sr. García y la Sra. López llegaron. La reunión empezó."),
              (S{"El Sr. García y la Sra. López llegaron.", "La reunión empezó."}));
}

TEST(Languages, ItalianTitlesDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_ITALIAN);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_ITALIAN, "Il dott. Rossi e il sig. Bianchi sono arrivati. La riunione inizia."),
              (S{"Il dott. Rossi e il sig. Bianchi sono arrivati.", "La riunione inizia."}));
}

TEST(Languages, PortugueseTitlesDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_PORTUGUESE);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_PORTUGUESE, "O Sr. Silva e a Dra. Costa chegaram. A reunião começou."),
              (S{"O Sr. Silva e a Dra. Costa chegaram.", "A reunião começou."}));
}

TEST(Languages, DutchAbbreviationsDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_DUTCH);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_DUTCH, "Dhr. Jansen kocht o.a. appels, bijv. Elstar. De markt sluit om 5 uur."),
              (S{"Dhr. Jansen kocht o.a. appels, bijv. Elstar.", "De markt sluit om 5 uur."}));
}

TEST(Languages, NumbersWithPeriodsAndCommasStayWhole) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_SPANISH);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_SPANISH, "Costó 1.500.000 euros, un 3,5 % más. Nadie protestó."),
              (S{"Costó 1.500.000 euros, un 3,5 % más.", "Nadie protestó."}));
}

TEST(Languages, NumberedListItemsStartSentences) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_GERMAN);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_GERMAN, "1. Die Straße wird gesperrt.\n2. Der Bus fährt um."),
              (S{"1. Die Straße wird gesperrt.", "2. Der Bus fährt um."}));
}

// ---- A short report in each language: the lead stays, the byline goes ---------------------------

struct Report {
    uint32_t language;
    std::string lead, text, byline;
};

std::vector<Report> reports() {
    return {
        {PRECIS_LANGUAGE_GERMAN, "Ein Brand in einer Lagerhalle",
         "Berlin (dpa) - Ein Brand in einer Lagerhalle hat am Montag 600 Anwohner aus ihren Wohnungen getrieben. "
         "Die Feuerwehr war mit 90 Einsatzkräften vor Ort. Verletzt wurde niemand. Die Ursache des Feuers ist noch "
         "unklar, die Polizei ermittelt.\nVon unserem Korrespondenten Hans Weber\nAlle Rechte vorbehalten.",
         "Korrespondenten"},
        {PRECIS_LANGUAGE_FRENCH, "Un incendie dans un entrepôt",
         "PARIS (AFP) - Un incendie dans un entrepôt a forcé 600 habitants à quitter leur logement lundi. Les "
         "pompiers ont envoyé 90 hommes sur place. Personne n'a été blessé. La cause du feu reste inconnue et la "
         "police a ouvert une enquête.\nPar Jean Dupont\nTous droits réservés.",
         "Dupont"},
        {PRECIS_LANGUAGE_SPANISH, "Un incendio en un almacén",
         "MADRID (EFE).- Un incendio en un almacén obligó el lunes a 600 vecinos a dejar sus casas. Los bomberos "
         "enviaron 90 efectivos al lugar. Nadie resultó herido. La causa del fuego sigue sin conocerse y la policía "
         "investiga.\nPor nuestro corresponsal en Madrid\nTodos los derechos reservados.",
         "corresponsal"},
        {PRECIS_LANGUAGE_ITALIAN, "Un incendio in un magazzino",
         "ROMA (ANSA) - Un incendio in un magazzino ha costretto lunedì 600 residenti a lasciare le loro case. I "
         "vigili del fuoco hanno inviato 90 uomini sul posto. Nessuno è rimasto ferito. La causa del fuoco è ancora "
         "sconosciuta e la polizia indaga.\nDal nostro corrispondente Marco Rossi\nRiproduzione riservata.",
         "corrispondente"},
        {PRECIS_LANGUAGE_PORTUGUESE, "Um incêndio num armazém",
         "LISBOA (Lusa) - Um incêndio num armazém obrigou na segunda-feira 600 moradores a deixar as suas casas. Os "
         "bombeiros enviaram 90 homens para o local. Ninguém ficou ferido. A causa do fogo continua desconhecida e a "
         "polícia investiga.\nDo nosso correspondente em Lisboa\nTodos os direitos reservados.",
         "correspondente"},
        {PRECIS_LANGUAGE_DUTCH, "Een brand in een loods",
         "AMSTERDAM (ANP) - Een brand in een loods heeft maandag 600 bewoners uit hun huizen verdreven. De brandweer "
         "stuurde 90 mensen ter plaatse. Niemand raakte gewond. De oorzaak van de brand is nog onbekend en de politie "
         "doet onderzoek.\nVan onze correspondent Jan de Vries\nAlle rechten voorbehouden.",
         "correspondent"},
    };
}

TEST(Languages, EachPacksSummaryKeepsTheLeadAndDropsTheBylineAndRights) {
    for (const Report &r : reports()) {
        if (!precis_language_available(static_cast<int>(r.language))) continue;
        S all = summary_in(r.language, r.text, 10);
        ASSERT_FALSE(all.empty()) << precis_language_name(static_cast<int>(r.language));
        EXPECT_EQ(all[0].rfind(r.lead, 0), 0u) << all[0];  // dateline cut, lead first
        EXPECT_FALSE(contains(all, r.byline)) << precis_language_name(static_cast<int>(r.language));
        EXPECT_FALSE(contains(all, "echt") || contains(all, "roits r") || contains(all, "erechos") ||
                     contains(all, "iservata") || contains(all, "ireitos"))
            << precis_language_name(static_cast<int>(r.language));
        S two = summary_in(r.language, r.text, 2);
        ASSERT_FALSE(two.empty());
        EXPECT_EQ(two[0].rfind(r.lead, 0), 0u) << two[0];
    }
}

TEST(Languages, LowerCaseAgencyDatelineIsCut) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_GERMAN);
    S s = summary_in(PRECIS_LANGUAGE_GERMAN, "Hamburg (dpa) - Der Hafen bleibt wegen des Sturms geschlossen. Schiffe warten.", 1);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0], "Der Hafen bleibt wegen des Sturms geschlossen.");
}

// ---- Choosing the language ----------------------------------------------------------------------

TEST(Languages, AutoDetectionPicksThePackOfEachDocument) {
    for (const Report &r : reports()) {
        if (!precis_language_available(static_cast<int>(r.language))) continue;
        EXPECT_EQ(precis::detail::detect_language(reinterpret_cast<const unsigned char *>(r.text.data()), r.text.size()),
                  r.language)
            << precis_language_name(static_cast<int>(r.language));
    }
    std::string english = test::sample();
    EXPECT_EQ(precis::detail::detect_language(reinterpret_cast<const unsigned char *>(english.data()), english.size()),
              static_cast<uint32_t>(PRECIS_LANGUAGE_ENGLISH));
}

TEST(Languages, AutoDetectionFallsBackForALanguageWithoutAPack) {
    // Polish: "A fire in a warehouse forced 600 residents out of their homes on Monday."
    std::string polish = "Pożar w magazynie zmusił w poniedziałek 600 mieszkańców do opuszczenia domów. "
                         "Strażacy wysłali na miejsce 90 osób. Nikt nie został ranny.";
    EXPECT_EQ(precis::detail::detect_language(reinterpret_cast<const unsigned char *>(polish.data()), polish.size()),
              static_cast<uint32_t>(PRECIS_LANGUAGE_OTHER));
}

TEST(Languages, AutoSummaryOfEnglishIsTheEnglishSummary) {
    std::vector<std::string> texts{test::sample()};
    precis_config en{}, detected{};
    detected.language = PRECIS_LANGUAGE_AUTO;
    test::Run a = test::summarize(texts, en), b = test::summarize(texts, detected);
    ASSERT_EQ(a.status, b.status);
    for (std::size_t i = 0; i < a.spans.size(); ++i) {
        EXPECT_EQ(a.spans[i].offset, b.spans[i].offset);
        EXPECT_EQ(a.spans[i].score, b.spans[i].score);
    }
}

TEST(Languages, FallbackLearnsTheTextsOwnFunctionWords) {
    // Polish with its frequent short words ("w", "na", "nie", "się", "i"): a summary still comes out,
    // and the most frequent short word is not what makes two sentences alike.
    std::string polish =
        "Pożar w magazynie na obrzeżach miasta zmusił w poniedziałek mieszkańców do ucieczki. "
        "Strażacy walczyli z ogniem na miejscu przez całą noc i nie dali się zniechęcić. "
        "Policja w mieście nie wyklucza podpalenia i prowadzi śledztwo na szeroką skalę. "
        "Właściciel magazynu nie chciał się wypowiadać w tej sprawie i nie odbierał telefonu.";
    S s = summary_in(PRECIS_LANGUAGE_OTHER, polish, 2);
    EXPECT_EQ(s.size(), 2u);
}

TEST(Languages, PackMissingFromTheBuildIsAnArgumentError) {
    bool any = false;
    for (int l = 0; l < PRECIS_LANGUAGE_COUNT; ++l) {
        std::vector<std::string> texts{"Some text here. More text there."};
        precis_config cfg{};
        cfg.language = static_cast<uint32_t>(l);
        test::Run r = test::summarize(texts, cfg);
        if (precis_language_available(l)) {
            EXPECT_GE(r.status, 0) << precis_language_name(l);
        } else {
            any = true;
            EXPECT_EQ(r.status, PRECIS_ERR_ARGUMENT) << precis_language_name(l);
        }
    }
    precis_config bad{};
    bad.language = PRECIS_LANGUAGE_COUNT;
    std::vector<std::string> texts{"Some text here."};
    EXPECT_EQ(test::summarize(texts, bad).status, PRECIS_ERR_ARGUMENT);
    (void)any;
}

TEST(Languages, LimitsForALanguageFitItsSummaryWithoutTruncation) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_FRENCH);
    std::vector<std::string> texts{reports()[1].text};
    std::vector<precis_doc> docs = test::docs_of(texts);
    precis_config cfg{};
    cfg.language = PRECIS_LANGUAGE_FRENCH;
    ASSERT_EQ(precis_limits_for_language(docs.data(), docs.size(), PRECIS_LANGUAGE_FRENCH, &cfg.limits), PRECIS_OK);
    test::Run r = test::summarize(texts, cfg);
    EXPECT_GT(r.status, 0);
    EXPECT_EQ(r.result.flags & PRECIS_TRUNCATED, 0u);
}

// precis_split_language: the segmenter's view in a language, as its summary segments.
S split_api(int language, const std::string &text) {
    precis_doc doc{text.data(), text.size()};
    precis_span spans[16];
    int n = precis_split_language(&doc, 1, language, spans, 16, nullptr);
    EXPECT_GE(n, 0);
    S out;
    for (int i = 0; i < n && i < 16; ++i) out.push_back(text.substr(spans[i].offset, spans[i].length));
    return out;
}

TEST(Languages, SplitInALanguageSegmentsAsItsSummaryDoes) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_FRENCH);
    // English rules end the quotation at its period; French ones keep "», a dit Furtado." with it.
    const std::string text = "Il a dit\xC2\xA0: «\xC2\xA0" "Nous pourrions aider. », a dit Furtado. Puis il est parti.";
    EXPECT_EQ(split_api(PRECIS_LANGUAGE_FRENCH, text),
              (S{"Il a dit\xC2\xA0: «\xC2\xA0" "Nous pourrions aider. », a dit Furtado.", "Puis il est parti."}));
    EXPECT_EQ(split_api(PRECIS_LANGUAGE_AUTO, text), split_api(PRECIS_LANGUAGE_FRENCH, text));
    EXPECT_EQ(split_api(PRECIS_LANGUAGE_ENGLISH, text).size(), 3u);
    precis_doc doc{text.data(), text.size()};
    EXPECT_EQ(precis_split_language(&doc, 1, PRECIS_LANGUAGE_COUNT, nullptr, 0, nullptr), PRECIS_ERR_ARGUMENT);
    EXPECT_EQ(precis_split_language(&doc, 1, -1, nullptr, 0, nullptr), PRECIS_ERR_ARGUMENT);
}

TEST(Languages, NamesAreTheCodesTheCliTakes) {
    EXPECT_STREQ(precis_language_name(PRECIS_LANGUAGE_ENGLISH), "en");
    EXPECT_STREQ(precis_language_name(PRECIS_LANGUAGE_AUTO), "auto");
    EXPECT_STREQ(precis_language_name(PRECIS_LANGUAGE_FRENCH), "fr");
    EXPECT_EQ(precis_language_name(PRECIS_LANGUAGE_COUNT), nullptr);
    EXPECT_EQ(precis_language_available(PRECIS_LANGUAGE_ENGLISH), 1);
    EXPECT_EQ(precis_language_available(PRECIS_LANGUAGE_OTHER), 1);
}

}  // namespace
