// The language packs (src/language.h, src/lang_*.cpp): segmentation with each pack's
// abbreviations, quotes and ordinals, bylines and rights notices dropped, the lead kept, date
// lines and e-mail furniture left out as in English, and PRECIS_LANGUAGE_AUTO choosing the right
// pack. One behaviour per TEST; the texts are written for these tests. Tests of a pack that this
// build lacks (CMake PRECIS_LANGUAGES) skip.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "boilerplate.h"
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

TEST(Languages, SpanishAccentedNumberAbbreviationsDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_SPANISH);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_SPANISH, "Véase la pág. 12 del informe y el núm. 5 de la lista. Nadie protestó."),
              (S{"Véase la pág. 12 del informe y el núm. 5 de la lista.", "Nadie protestó."}));
}

TEST(Languages, SpanishExcellencyTitlesDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_SPANISH);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_SPANISH, "El Excmo. Sr. Pérez y la Excma. Alcaldesa llegaron. La reunión empezó."),
              (S{"El Excmo. Sr. Pérez y la Excma. Alcaldesa llegaron.", "La reunión empezó."}));
}

TEST(Languages, PortugueseExcellencyTitlesDoNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_PORTUGUESE);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_PORTUGUESE, "O Exmo. Sr. Silva e a Exma. Presidente chegaram. A reunião começou."),
              (S{"O Exmo. Sr. Silva e a Exma. Presidente chegaram.", "A reunião começou."}));
}

TEST(Languages, GermanStreetAbbreviationsDoNotEndASentenceBeforeTheHouseNumber) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_GERMAN);
    // "Str." alone, and the compounds that end in it.
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_GERMAN, "Er wohnt in der Hauptstr. 5 und sie in der Goethestr. 7 neben der Str. 9 in Ulm. Die Post kommt."),
              (S{"Er wohnt in der Hauptstr. 5 und sie in der Goethestr. 7 neben der Str. 9 in Ulm.", "Die Post kommt."}));
}

TEST(Languages, GermanZzglDoesNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_GERMAN);
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_GERMAN, "Der Preis ist 10 Euro zzgl. Versand. Die Lieferung dauert."),
              (S{"Der Preis ist 10 Euro zzgl. Versand.", "Die Lieferung dauert."}));
}

TEST(Languages, ItalianTitleAfterAnElidedArticleDoesNotEndASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_ITALIAN);
    // With the typewriter apostrophe and the typographic one.
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_ITALIAN, "Ha parlato l'avv. Rossi dopo l’ing. Bianchi. La riunione è finita."),
              (S{"Ha parlato l'avv. Rossi dopo l’ing. Bianchi.", "La riunione è finita."}));
}

TEST(Languages, APacksSingleLetterAfterAnApostropheStillEndsASentence) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_DUTCH);
    // Dutch plurals ("foto's"): the "s" is no abbreviation, as it is no elided article's word.
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_DUTCH, "Hij maakte foto's. Jan keek toe."), (S{"Hij maakte foto's.", "Jan keek toe."}));
}

TEST(Languages, FrenchEraAbbreviationsDoNotEndASentenceBeforeJesusChrist) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_FRENCH);
    // "J" of "J.-C." is an initial, not the "J'" that opens a sentence.
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_FRENCH, "César meurt en 44 av. J.-C. et Auguste en 14 apr. J.-C. à Nola. La suite est connue."),
              (S{"César meurt en 44 av. J.-C. et Auguste en 14 apr. J.-C. à Nola.", "La suite est connue."}));
}

TEST(Languages, EachPacksMonthAbbreviationsDoNotEndASentenceBeforeAYear) {
    // Every month that a pack abbreviates with a period, as English does "Oct. 2022"; and one
    // sentence after them.
    const std::vector<std::pair<uint32_t, std::string>> dates = {
        {PRECIS_LANGUAGE_GERMAN, "Vom 3. Jan. 2022 über den 4. Feb. 2022, 5. Apr. 2022, 6. Jun. 2022, 7. Jul. 2022, "
                                 "8. Aug. 2022, 9. Sept. 2022, 10. Okt. 2022 und 11. Nov. 2022 bis zum 12. Dez. 2022 blieb es ruhig."},
        {PRECIS_LANGUAGE_FRENCH, "Du 3 janv. 2022 au 4 févr. 2022, au 5 fév. 2022, au 6 avr. 2022, au 7 juil. 2022, "
                                 "au 8 juill. 2022, au 9 sept. 2022, au 10 oct. 2022 et au 11 nov. 2022 puis au 12 déc. 2022, rien."},
        {PRECIS_LANGUAGE_SPANISH, "Del 3 ene. 2022 al 4 feb. 2022, al 5 mar. 2022, al 6 abr. 2022, al 7 may. 2022, al 8 ago. 2022, "
                                  "al 9 sept. 2022, al 10 oct. 2022 y al 11 dic. 2022, nada."},
        {PRECIS_LANGUAGE_ITALIAN, "Dal 3 gen. 2022 al 4 feb. 2022, al 5 mag. 2022, al 6 giu. 2022, al 7 lug. 2022, al 8 ago. 2022, "
                                  "al 9 set. 2022, al 10 ott. 2022 e al 11 dic. 2022, niente."},
        {PRECIS_LANGUAGE_PORTUGUESE, "De 3 jan. 2022 a 4 fev. 2022, a 5 abr. 2022, a 6 mai. 2022, a 7 ago. 2022, a 8 set. 2022, "
                                     "a 9 out. 2022, a 10 nov. 2022 e a 11 dez. 2022, nada."},
        {PRECIS_LANGUAGE_DUTCH, "Van 3 jan. 2022 tot 4 feb. 2022, 5 mrt. 2022, 6 apr. 2022, 7 aug. 2022, 8 sept. 2022, "
                                "9 okt. 2022 en 10 dec. 2022 bleef het stil."},
    };
    for (const auto &[language, sentence] : dates) {
        if (!precis_language_available(static_cast<int>(language))) continue;
        EXPECT_EQ(split_in(language, sentence + " Ende."), (S{sentence, "Ende."})) << precis_language_name(static_cast<int>(language));
    }
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

// ---- Units in each pack: dates and e-mail furniture, as English has them (test_content.cpp) ------

// A short story in each language, written for these tests, and units around it.
struct Units {
    uint32_t language;
    std::string story;           // two sentences, each selected when the budget holds all
    std::string story_sentence;  // the second
    std::string date_line;       // what news pages leave above a story
    std::string dated;           // one word and a date: two content words
    std::string greeting, sign_off, footer, reply_header;
    std::string lead_in;         // a sentence that introduces a quotation with the reply verb
};

std::vector<Units> units() {
    return {
        {PRECIS_LANGUAGE_FRENCH,
         "Le ferry a été annulé jeudi à cause de la tempête.\n\nLes passagers ont reçu des chambres d'hôtel en ville.\n\n",
         "Les passagers ont reçu des chambres d'hôtel en ville.", "Jeudi 14 juillet 2005", "Élections dimanche.",
         "Bonjour Bob,", "Cordialement,", "Envoyé de mon iPhone",
         "Le 2 oct. 2023 à 09:14, Bob Dupont <bob@example.com> a écrit :",
         "Dans sa lettre au conseil, le capitaine du port a écrit :"},
        {PRECIS_LANGUAGE_GERMAN,
         "Die Fähre wurde am Donnerstag wegen des Sturms abgesagt.\n\nDie Fahrgäste bekamen Hotelzimmer in der Stadt.\n\n",
         "Die Fahrgäste bekamen Hotelzimmer in der Stadt.", "Donnerstag, 14. Juli 2005", "Wahlen am Sonntag.",
         "Hallo Bob,", "Viele Grüße,", "Gesendet von meinem iPhone",
         "Am 02.10.2023 um 09:14 schrieb Bob Dupont <bob@example.com>:",
         "In seinem Brief an den Stadtrat schrieb der Hafenmeister:"},
        {PRECIS_LANGUAGE_SPANISH,
         "El ferry fue cancelado el jueves por la tormenta.\n\nLos pasajeros recibieron habitaciones de hotel en la ciudad.\n\n",
         "Los pasajeros recibieron habitaciones de hotel en la ciudad.", "Jueves, 14 de julio de 2005",
         "Elecciones el domingo.", "Hola Bob,", "Saludos cordiales,", "Enviado desde mi iPhone",
         "El lun, 2 oct 2023 a las 9:14, Bob Dupont (<bob@example.com>) escribió:",
         "En su carta al concejo, el capitán del puerto escribió:"},
        {PRECIS_LANGUAGE_ITALIAN,
         "Il traghetto è stato cancellato giovedì a causa della tempesta.\n\nI passeggeri hanno ricevuto camere "
         "d'albergo in città.\n\n",
         "I passeggeri hanno ricevuto camere d'albergo in città.", "Giovedì 14 luglio 2005", "Elezioni domenica.",
         "Ciao Bob,", "Cordiali saluti,", "Inviato da iPhone",
         "Il giorno lun 2 ott 2023 alle ore 09:14 Bob Dupont <bob@example.com> ha scritto:",
         "Nella sua lettera al consiglio, il capitano del porto ha scritto:"},
        {PRECIS_LANGUAGE_PORTUGUESE,
         "O ferry foi cancelado na quinta-feira por causa da tempestade.\n\nOs passageiros receberam quartos de hotel "
         "na cidade.\n\n",
         "Os passageiros receberam quartos de hotel na cidade.", "Quinta-feira, 14 de julho de 2005",
         "Eleições no domingo.", "Olá Bob,", "Atenciosamente,", "Enviado do meu iPhone",
         "Em seg., 2 de out. de 2023 às 09:14, Bob Dupont <bob@example.com> escreveu:",
         "Na sua carta ao conselho, o capitão do porto escreveu:"},
        {PRECIS_LANGUAGE_DUTCH,
         "De veerboot werd donderdag afgelast vanwege de storm.\n\nDe passagiers kregen hotelkamers in de stad.\n\n",
         "De passagiers kregen hotelkamers in de stad.", "Donderdag 14 juli 2005", "Verkiezingen op zondag.",
         "Hallo Bob,", "Met vriendelijke groet,", "Verzonden vanaf mijn iPhone",
         "Op ma 2 okt 2023 om 09:14 schreef Bob Dupont <bob@example.com>:",
         "In zijn brief aan de gemeenteraad schreef de havenmeester:"},
    };
}

// Every unit of `text` that selection lets through in `language`: a budget of every sentence,
// and only identical term sets count as repeats, so that what is left out is left out by the
// classification of units and not by the ranking.
S selected_in(uint32_t language, const std::string &text, bool keep_boilerplate) {
    std::vector<std::string> texts{text};
    precis_config cfg{};
    cfg.language = language;
    cfg.budget_kind = PRECIS_BUDGET_RATIO;
    cfg.budget = 1000;
    cfg.redundancy = 1000;
    if (keep_boilerplate) cfg.flags = PRECIS_KEEP_BOILERPLATE;
    test::Run r = test::summarize(texts, cfg);
    EXPECT_GE(r.status, 0);
    return test::texts_of(texts, r);
}

bool has_unit(const S &v, const std::string &unit) { return std::find(v.begin(), v.end(), unit) != v.end(); }

// `unit` of `text` is furniture in u's language: left out by default, selected when the caller
// keeps boilerplate; the story is selected either way.
void expect_boilerplate_in(const Units &u, const std::string &text, const std::string &unit) {
    const char *name = precis_language_name(static_cast<int>(u.language));
    const S without = selected_in(u.language, text, false), with = selected_in(u.language, text, true);
    EXPECT_FALSE(has_unit(without, unit)) << name << " selected: " << unit;
    EXPECT_TRUE(has_unit(with, unit)) << name << " kept out with boilerplate: " << unit;
    EXPECT_TRUE(has_unit(without, u.story_sentence)) << name << ": the story is gone";
}

// The pack of `language`, or null when this build lacks it.
const precis::detail::LanguagePack *pack_of(uint32_t language) {
    return precis_language_available(static_cast<int>(language)) ? precis::detail::language_pack(language) : nullptr;
}

// What one of a pack's line tests (boilerplate.h: is_language_sign_off, is_language_boilerplate)
// says of `line`.
bool classified(bool (*test)(const unsigned char *, uint32_t, const precis::detail::LanguagePack *),
                const std::string &line, const precis::detail::LanguagePack *pack) {
    return test(reinterpret_cast<const unsigned char *>(line.data()), static_cast<uint32_t>(line.size()), pack);
}

TEST(Languages, EachPacksBareDateLineIsNeverSelected) {
    // Its weekday's and month's names count with its numbers as one content word, as in English.
    for (const Units &u : units()) {
        if (!precis_language_available(static_cast<int>(u.language))) continue;
        const std::string text = u.story + u.date_line + "\n\n" + u.story;
        for (bool keep : {false, true}) {
            EXPECT_FALSE(has_unit(selected_in(u.language, text, keep), u.date_line)) << u.date_line;
        }
    }
}

TEST(Languages, APacksDateNamesCountInAnyCase) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_FRENCH);
    // Lower case in the running text, capitalized at a line's start, or all capitals.
    const std::string story = units()[0].story;
    for (const char *line : {"mardi 2 juin 2009", "Mardi 2 Juin 2009", "MARDI 2 JUIN 2009", "Le 14 juillet"}) {
        EXPECT_FALSE(has_unit(selected_in(PRECIS_LANGUAGE_FRENCH, story + line + "\n\n" + story, false), line)) << line;
    }
}

TEST(Languages, APacksDateAndOneWordStaySelectable) {
    // A date and a word are two content words, as "Voting ends Friday." is in English.
    for (const Units &u : units()) {
        if (!precis_language_available(static_cast<int>(u.language))) continue;
        EXPECT_TRUE(has_unit(selected_in(u.language, u.story + u.dated, false), u.dated)) << u.dated;
    }
}

TEST(Languages, EachPacksGreetingIsBoilerplate) {
    for (const Units &u : units()) {
        if (!precis_language_available(static_cast<int>(u.language))) continue;
        expect_boilerplate_in(u, u.greeting + "\n\n" + u.story, u.greeting);
    }
}

TEST(Languages, EachPacksSignOffAndTheSignatureUnderItAreLeftOut) {
    // The name and title under the sign-off are boilerplate, as they are under "Best regards,".
    for (const Units &u : units()) {
        if (!precis_language_available(static_cast<int>(u.language))) continue;
        const std::string text = u.story + u.sign_off + "\nBob Dupont\nHarbour Ferries Ltd\n";
        expect_boilerplate_in(u, text, "Bob Dupont");
        expect_boilerplate_in(u, text, "Harbour Ferries Ltd");
        EXPECT_FALSE(has_unit(selected_in(u.language, text, false), u.sign_off)) << u.sign_off;
    }
}

TEST(Languages, EachPacksPhoneFooterIsBoilerplate) {
    for (const Units &u : units()) {
        if (!precis_language_available(static_cast<int>(u.language))) continue;
        expect_boilerplate_in(u, u.story + u.footer, u.footer);
    }
}

TEST(Languages, EachPacksReplyHeaderIsBoilerplate) {
    for (const Units &u : units()) {
        if (!precis_language_available(static_cast<int>(u.language))) continue;
        expect_boilerplate_in(u, u.story + u.reply_header + "\n> ?\n", u.reply_header);
    }
}

// The units of `language` (units()).
Units units_in(uint32_t language) {
    for (const Units &u : units()) {
        if (u.language == language) return u;
    }
    ADD_FAILURE() << "no units for " << language;
    return Units{};
}

TEST(Languages, GermanGmailReplyHeaderWithAMonthAbbreviationIsOneBoilerplateUnit) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_GERMAN);
    const std::string header = "Am Mo., 3. Okt. 2022 um 10:15 Uhr schrieb Max Muster <max@example.de>:";
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_GERMAN, header), S{header});
    const Units u = units_in(PRECIS_LANGUAGE_GERMAN);
    expect_boilerplate_in(u, u.story + header + "\n> ?\n", header);
}

TEST(Languages, FrenchGmailReplyHeaderWithAWeekdayAbbreviationIsOneBoilerplateUnit) {
    PRECIS_REQUIRE_LANGUAGE(PRECIS_LANGUAGE_FRENCH);
    const std::string header = "Le lun. 3 oct. 2022 à 10:15, Marie Dupont <marie@example.fr> a écrit :";
    EXPECT_EQ(split_in(PRECIS_LANGUAGE_FRENCH, header), S{header});
    const Units u = units_in(PRECIS_LANGUAGE_FRENCH);
    expect_boilerplate_in(u, u.story + header + "\n> ?\n", header);
}

TEST(Languages, APacksSentenceThatIntroducesAQuotationIsNotAReplyHeader) {
    // It has the verb and the final colon, but neither an address nor a time of day.
    for (const Units &u : units()) {
        if (!precis_language_available(static_cast<int>(u.language))) continue;
        EXPECT_TRUE(has_unit(selected_in(u.language, u.story + u.lead_in + "\n\n\"Bob Dupont!\"", false), u.lead_in))
            << u.lead_in;
    }
}

// An Outlook header in each language: its sender, date, recipient and subject lines.
std::vector<std::pair<uint32_t, S>> outlook_headers() {
    return {
        {PRECIS_LANGUAGE_FRENCH,
         {"De : Marie Dupont <marie@example.fr>", "Envoyé : lundi 3 octobre 2022 10:15", "À : Bob Martin <bob@example.fr>",
          "Objet : Horaires du ferry pendant la saison d'hiver"}},
        {PRECIS_LANGUAGE_GERMAN,
         {"Von: Max Muster <max@example.de>", "Gesendet: Montag, 3. Oktober 2022 10:15",
          "An: Erika Muster <erika@example.de>", "Betreff: Fahrplan der Fähre im Winter"}},
        {PRECIS_LANGUAGE_SPANISH,
         {"De: Ana López <ana@example.es>", "Enviado: lunes, 3 de octubre de 2022 10:15", "Para: Bob Martín <bob@example.es>",
          "Asunto: Horarios del ferry durante el invierno"}},
        {PRECIS_LANGUAGE_ITALIAN,
         {"Da: Marco Rossi <marco@example.it>", "Inviato: lunedì 3 ottobre 2022 10:15", "A: Anna Bianchi <anna@example.it>",
          "Oggetto: Orari del traghetto durante l'inverno"}},
        {PRECIS_LANGUAGE_PORTUGUESE,
         {"De: Ana Costa <ana@example.pt>", "Enviado: segunda-feira, 3 de outubro de 2022 10:15",
          "Para: Rui Silva <rui@example.pt>", "Assunto: Horários do ferry durante o inverno"}},
        {PRECIS_LANGUAGE_DUTCH,
         {"Van: Jan de Vries <jan@example.nl>", "Verzonden: maandag 3 oktober 2022 10:15",
          "Aan: Piet Jansen <piet@example.nl>", "Onderwerp: Dienstregeling van de veerboot in de winter"}},
    };
}

TEST(Languages, EachPacksOutlookHeaderLinesAreBoilerplate) {
    // Each line is furniture, and none of them is selected under a budget of every sentence.
    for (const auto &[language, lines] : outlook_headers()) {
        const precis::detail::LanguagePack *pack = pack_of(language);
        if (pack == nullptr) continue;
        const Units u = units_in(language);
        std::string text = u.story;
        for (const std::string &line : lines) {
            EXPECT_TRUE(classified(precis::detail::is_language_boilerplate, line, pack)) << line;
            text += line + "\n";
        }
        const S selected = selected_in(language, text, false);
        for (const std::string &line : lines) EXPECT_FALSE(has_unit(selected, line)) << line;
        EXPECT_TRUE(has_unit(selected, u.story_sentence)) << u.story_sentence;
    }
}

TEST(Languages, APacksSentenceThatOpensWithAHeaderFieldWordIsNotFurniture) {
    // The field's word without its colon right after it: a preposition or an article.
    const std::vector<std::pair<uint32_t, std::string>> sentences = {
        {PRECIS_LANGUAGE_FRENCH, "À Paris : la grève des transports continue."},
        {PRECIS_LANGUAGE_FRENCH, "De plus, le ferry partira à 10:15."},
        {PRECIS_LANGUAGE_GERMAN, "An der Küste: Sturmwarnung für Sonntag."},
        {PRECIS_LANGUAGE_SPANISH, "Para el alcalde: una decisión difícil."},
        {PRECIS_LANGUAGE_ITALIAN, "A Roma: sciopero dei trasporti."},
        {PRECIS_LANGUAGE_PORTUGUESE, "De Lisboa: a greve continua."},
        {PRECIS_LANGUAGE_DUTCH, "Van de redactie: de veerboot vaart weer."},
    };
    for (const auto &[language, sentence] : sentences) {
        const precis::detail::LanguagePack *pack = pack_of(language);
        if (pack == nullptr) continue;
        EXPECT_FALSE(classified(precis::detail::is_language_boilerplate, sentence, pack)) << sentence;
    }
}

TEST(Languages, EverySignOffOfEachPackIsOne) {
    // Alone or with a name on its line; not when the line goes on in lower case ("Merci pour ...").
    for (const Units &u : units()) {
        const precis::detail::LanguagePack *pack = pack_of(u.language);
        if (pack == nullptr) continue;
        const precis::detail::PhraseList &l = pack->units->sign_offs;
        for (uint32_t k = 0; k < l.count; ++k) {
            const std::string line = l.phrases[k];
            EXPECT_TRUE(classified(precis::detail::is_language_sign_off, line + ",", pack)) << line;
            EXPECT_TRUE(classified(precis::detail::is_language_sign_off, line + " Anna Kowalski", pack)) << line;
            EXPECT_FALSE(classified(precis::detail::is_language_sign_off, line + " pour le ferry", pack)) << line;
            EXPECT_FALSE(classified(precis::detail::is_language_sign_off, line + "x,", pack)) << line;
        }
    }
}

TEST(Languages, EveryGreetingOfEachPackIsOne) {
    // With at most three words before its final mark, as in English; a word it opens is not one.
    for (const Units &u : units()) {
        const precis::detail::LanguagePack *pack = pack_of(u.language);
        if (pack == nullptr) continue;
        const precis::detail::PhraseList &l = pack->units->greetings;
        for (uint32_t k = 0; k < l.count; ++k) {
            const std::string line = l.phrases[k];
            EXPECT_TRUE(classified(precis::detail::is_language_boilerplate, line + " Anna,", pack)) << line;
            EXPECT_TRUE(classified(precis::detail::is_language_boilerplate, line + "!", pack)) << line;
            EXPECT_FALSE(classified(precis::detail::is_language_boilerplate, line + " a b c d,", pack)) << line;
            EXPECT_FALSE(classified(precis::detail::is_language_boilerplate, line + "x Anna,", pack)) << line;
        }
    }
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
