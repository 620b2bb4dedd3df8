// Text that is part of a news page or a message but not of the story: datelines, bylines,
// credits, rights, wire codes, message furniture.
#pragma once

#include <cstdint>

namespace precis::detail {

struct LanguagePack;

// Bytes of a dateline that opens a report, with the separator and spaces after it:
// "LONDON (Reuters) - ", "(CNN)", "(CNN) -- ", "WASHINGTON (AP) _ ", "NEW YORK — ". 0 when the
// sentence does not start with one, or when nothing would be left after it.
uint32_t dateline_length(const unsigned char *s, uint32_t n);
// The same with a language pack's conventions besides (null: English only): agencies in lower
// case ("Berlin (dpa) - ", "(afp) -") and a period before the dash ("MADRID (EFE).- ").
uint32_t dateline_length(const unsigned char *s, uint32_t n, const LanguagePack *pack);

// True for a sentence that never belongs in a summary unless the caller asks for boilerplate:
//  - bylines ("Writing by ...", "By Jane Doe.", "By Jane Doe, special correspondent in Lyon"),
//    credits ("... contributed to this report", "Photo: ..."), copyright and rights notices (in
//    Korean, Russian and Chinese too: "무단 전재 및 재배포 금지", "Все права защищены", "版权所有"),
//    page furniture ("Click here ...", "Read more", "More from African Voices .");
//  - wire editors' codes and sign-offs: slugs ("(scl)", "(rn/sl)"), markers alone on their line
//    ("MORE", "(END)", "ENDIT", "XXXX END OF STORY", "(BEGIN OPTIONAL TRIM)", an interview's "Q."
//    or "A."), rules
//    ("___", "-----"), pick-up notes ("The talks, 4th graf pvs"), editors' notes ("Eds: ...");
//  - message furniture: quoted reply lines ("> ..."), reply headers ("On ..., Tom wrote:"),
//    greetings ("Hi Tom,"), sign-offs ("Best regards,"), "Sent from my ..." footers, "-----Original Message-----";
//  - a page's time stamps: "Published 03/10/2024 at 14:32", "Last updated: 3 Oct 2024".
// s is one sentence as the segmenter gives it: no whitespace at either end.
inline bool is_boilerplate(const unsigned char *s, uint32_t n);
// is_boilerplate but for its sign-off test (is_sign_off): for a caller that makes that test anyway.
bool is_boilerplate_but_sign_off(const unsigned char *s, uint32_t n);

// What a language pack adds to is_boilerplate_but_sign_off: its byline, credit and notice openers
// ("Von unserem Korrespondenten", "Lire aussi") and phone footers ("Envoyé de mon iPhone"), its
// rights notices ("Tous droits réservés"), bylines of names after its byline word ("Par Jean
// Dupont"), and its message furniture: greetings ("Bonjour Bob,", read as is_greeting reads
// English ones) and reply headers ("Le lun. 2 oct. 2023 à 09:14, Bob Dupont <bob@example.com> a
// écrit :"). False for English (no additions).
bool is_language_boilerplate(const unsigned char *s, uint32_t n, const LanguagePack *pack);

// What a language pack adds to is_sign_off: its sign-offs ("Cordialement,", "Viele Grüße, Anna"),
// read as English ones are. False for English.
bool is_language_sign_off(const unsigned char *s, uint32_t n, const LanguagePack *pack);

// A message's sign-off, alone or with a name on its line: "Best regards,", "Thanks, Anna". The
// lines after it are the signature (content.h).
bool is_sign_off(const unsigned char *s, uint32_t n);

inline bool is_boilerplate(const unsigned char *s, uint32_t n) { return is_sign_off(s, n) || is_boilerplate_but_sign_off(s, n); }

// A message's greeting line: "Hi Tom,", "Dear Ms Novak,", "Hello everyone!" (a greeting word,
// at most three words, and a final "," "!" or ":").
bool is_greeting(const unsigned char *s, uint32_t n);

// The signature delimiter of e-mail, "-- " on its own line.
bool is_signature_delimiter(const unsigned char *s, uint32_t n);

// Whether the sentence's last run of non-space bytes is an address: it holds "@", "://" or a
// wire's "(at)", or a dot and then a slash ("http://www.navajo.org/", "jane(at)example.com",
// ".example.com/books"). After a short label it makes a link line (content.h), which says nothing
// of the story; a sentence that ends on an address after more words may.
bool ends_on_address(const unsigned char *s, uint32_t n);

}  // namespace precis::detail
