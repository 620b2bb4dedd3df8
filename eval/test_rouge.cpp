// precis_rouge on small cases whose scores are worked out by hand in the comments.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "rouge.h"

namespace {

using namespace precis::rouge;
using Lines = std::vector<std::string>;

Options plain(int max_n = 2) {
  Options o;
  o.max_n = max_n;
  return o;
}

// Scores of peer text against reference texts, one entry per metric_names().
std::vector<Score> run(const Options &o, const std::string &peer, const Lines &refs,
                       Scorer *with = nullptr) {
  Scorer own(o);
  Scorer &s = with != nullptr ? *with : own;
  Document p = s.prepare_text(peer);
  std::vector<Document> r;
  for (const std::string &t : refs) r.push_back(s.prepare_text(t));
  std::vector<const Document *> models;
  for (const Document &d : r) models.push_back(&d);
  return s.score(p, models);
}

std::size_t index_of(const Scorer &s, const std::string &metric) {
  const auto names = s.metric_names();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == metric) return i;
  }
  ADD_FAILURE() << "no metric " << metric;
  return 0;
}

// ---- Reading, truncation, tokens ----

TEST(RougeText, TokensAreLowerCaseRunsOfLettersAndDigits) {
  const Lines lines = read_sentences("Al-Kadhimi's 1,200 U.S. troops\n", InputFormat::kSpl, 0, 0);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(tokenize(lines[0]),
            (Lines{"al", "kadhimi", "s", "1", "200", "u", "s", "troops"}));
}

TEST(RougeText, NonAsciiBytesSeparateTokens) {
  EXPECT_EQ(tokenize("caf\xc3\xa9 na\xc3\xafve"), (Lines{"caf", "na", "ve"}));
}

TEST(RougeText, SplLinesAreTrimmedAndEmptyLinesDropped) {
  EXPECT_EQ(read_sentences("  One Two \r\n\n \t\nThree\n", InputFormat::kSpl, 0, 0),
            (Lines{"one two", "three"}));
}

TEST(RougeText, SeeFormatReadsTheSentenceAnchors) {
  const std::string html =
      "<html><body bgcolor=\"white\">\n"
      "<a name=\"1\">[1]</a> <a href=\"#1\" id=1>First one.</a>\n"
      "<a size=\"10\" name=\"1\">[1]</a> <a href=\"#1\" id=1>First one.</a>\n"
      "<a size=\"10\" name=\"2\">[2]</a>  <a href=\"#2\" id=2>Second</a>\n</body></html>\n";
  EXPECT_EQ(read_sentences(html, InputFormat::kSee, 0, 0), (Lines{"first one.", "second"}));
}

TEST(RougeText, WordLimitCutsTheFirstLineThatDoesNotFit) {
  EXPECT_EQ(truncate_lines({"a b c", "d e f"}, 4, 0), (Lines{"a b c", "d"}));
}

TEST(RougeText, WordLimitKeepsLaterLinesThatFitTheBudgetLeftBeforeTheCut) {
  // ROUGE-1.5.5 does not count the cut line: after "a b c" (3 words) and "d" (cut from 3), the
  // one-word line "g" still fits 3 + 1 <= 4 and is kept.
  EXPECT_EQ(truncate_lines({"a b c", "d e f", "g", "h i"}, 4, 0), (Lines{"a b c", "d", "g"}));
}

TEST(RougeText, ByteLimitCountsLineBytesWithoutNewlinesAndMayCutAWord) {
  // "abc" uses 3 bytes; "defgh" would need 5 more than the 5 allowed: cut to "de".
  EXPECT_EQ(truncate_lines({"abc", "defgh"}, 0, 5), (Lines{"abc", "de"}));
  EXPECT_EQ(truncate_lines({"hello world"}, 0, 8), (Lines{"hello wo"}));
}

TEST(RougeText, TruncationAppliesToReferencesToo) {
  // With -b 9 the reference "aaaa bbbb cccc" becomes "aaaa bbbb": recall 2/2, not 2/3.
  Options o = plain(1);
  o.byte_limit = 9;
  const auto s = run(o, "aaaa bbbb", {"aaaa bbbb cccc"});
  EXPECT_DOUBLE_EQ(s[0].recall, 1.0);
}

// ---- Stemming ----

TEST(RougeStem, WordNetExceptionsComeBeforePorter) {
  Stemmer st;
  st.add_exception("said", "say");
  EXPECT_EQ(st.stem("said"), "say");
  EXPECT_EQ(st.stem("cats"), "cat");
}

TEST(RougeStem, OnlyTokensLongerThanThreeCharactersAreStemmed) {
  // "was" -> stays "was" (Porter would make it "wa"); "cats" -> "cat" matches "cat".
  Options o = plain(1);
  o.stem = true;
  const auto s = run(o, "was cats", {"wa cat"});
  EXPECT_DOUBLE_EQ(s[0].recall, 0.5);  // only cat/cat: 1 of 2
}

TEST(RougeStem, StripsASecondStep4SuffixLikeRouge155) {
  Stemmer st;
  EXPECT_EQ(st.stem("environmental"), "environ");  // reference Porter: environment
  EXPECT_EQ(st.stem("commissioner"), "commiss");   // reference: commission
  EXPECT_EQ(st.stem("congressional"), "congress");
  EXPECT_EQ(st.stem("representation"), "repres");
  EXPECT_EQ(st.stem("accidental"), "accid");
}

TEST(RougeStem, KeepsReferenceStemsWhereRouge155Agrees) {
  Stemmer st;
  EXPECT_EQ(st.stem("environment"), "environ");
  EXPECT_EQ(st.stem("circumvention"), "circumvent");  // -ion removed first: no second suffix
  EXPECT_EQ(st.stem("element"), "element");
  EXPECT_EQ(st.stem("atmospheric"), "atmospher");      // no second -er
  EXPECT_EQ(st.stem("computerized"), "computer");
}

TEST(RougeStem, DigitsActAsConsonants) {
  Stemmer st;
  EXPECT_EQ(st.stem("1990s"), "1990");
  EXPECT_EQ(st.stem("mp3s"), "mp3");
  EXPECT_EQ(st.stem("2006"), "2006");
}

TEST(RougeStem, ReadsWordNetExceptionFilesLastEntryWinning) {
  char dir[] = "/tmp/precis_wn_XXXXXX";
  ASSERT_NE(mkdtemp(dir), nullptr);
  const std::string d = dir;
  std::ofstream(d + "/adj.exc") << "best good\nbetter good well\n";
  std::ofstream(d + "/adv.exc") << "best well\n";
  std::ofstream(d + "/verb.exc") << "said say\n";
  Stemmer st;
  std::string err;
  ASSERT_TRUE(st.load_wordnet(d, &err)) << err;
  EXPECT_EQ(st.stem("best"), "well");  // adv.exc is read after adj.exc, as ROUGE-1.5.5's DB has it
  EXPECT_EQ(st.stem("better"), "good");
  EXPECT_EQ(st.stem("said"), "say");
  EXPECT_EQ(st.exception_count(), 3u);
  std::remove((d + "/adj.exc").c_str());
  std::remove((d + "/adv.exc").c_str());
  std::remove((d + "/verb.exc").c_str());
  rmdir(dir);
  EXPECT_FALSE(st.load_wordnet(d, &err));
}

// ---- Scores ----
// peer "the cat sat on the mat", reference "the cat lay on the mat" (6 tokens each).

TEST(RougeScore, Rouge1CountsClippedUnigramMatches) {
  // the x2, cat, on, mat: 5 of 6 both ways.
  const auto s = run(plain(1), "the cat sat on the mat", {"the cat lay on the mat"});
  EXPECT_DOUBLE_EQ(s[0].recall, 5.0 / 6);
  EXPECT_DOUBLE_EQ(s[0].precision, 5.0 / 6);
  EXPECT_DOUBLE_EQ(s[0].f, 5.0 / 6);
}

TEST(RougeScore, Rouge2CountsBigramMatches) {
  // 5 bigrams each; shared: "the cat", "on the", "the mat" -> 3/5.
  const auto s = run(plain(2), "the cat sat on the mat", {"the cat lay on the mat"});
  EXPECT_DOUBLE_EQ(s[1].recall, 0.6);
  EXPECT_DOUBLE_EQ(s[1].precision, 0.6);
}

TEST(RougeScore, NgramsRunAcrossSentenceBoundaries) {
  // "a b" / "c": the bigram "b c" spans the line break, as ROUGE-1.5.5 joins the summary.
  const auto s = run(plain(2), "a b\nc\n", {"b c"});
  EXPECT_DOUBLE_EQ(s[1].recall, 1.0);
}

TEST(RougeScore, RougeLIsTheLcsForOneSentence) {
  // LCS "the cat on the mat" = 5 -> 5/6 both ways.
  Scorer sc(plain(0));
  const auto s = run(plain(0), "the cat sat on the mat", {"the cat lay on the mat"}, &sc);
  const std::size_t l = index_of(sc, "ROUGE-L");
  EXPECT_DOUBLE_EQ(s[l].recall, 5.0 / 6);
  EXPECT_DOUBLE_EQ(s[l].precision, 5.0 / 6);
}

TEST(RougeScore, RougeLTakesTheUnionLcsOverSummarySentences) {
  // Lin (2004), section 3.2: reference r = a b c d e; summary c1 = a b f g h, c2 = a c h i e.
  // LCS(r, c1) = a b, LCS(r, c2) = a c e; union = a b c e -> 4 hits. R = 4/5, P = 4/10,
  // F = 2 * 0.8 * 0.4 / 1.2 = 0.5333.
  Scorer sc(plain(0));
  const auto s = run(plain(0), "a b f g h\na c h i e", {"a b c d e"}, &sc);
  EXPECT_DOUBLE_EQ(s[0].recall, 0.8);
  EXPECT_DOUBLE_EQ(s[0].precision, 0.4);
  EXPECT_NEAR(s[0].f, 0.8 * 0.4 / 0.6, 1e-12);
}

TEST(RougeScore, UnionLcsHitsAreClippedByTokenCounts) {
  // Reference "a b" twice, summary "a b" once: each reference line has 2 LCS hits, but the
  // summary holds one a and one b, so only 2 count. R = 2/4, P = 2/2.
  Scorer sc(plain(0));
  const auto s = run(plain(0), "a b", {"a b\na b"}, &sc);
  EXPECT_DOUBLE_EQ(s[0].recall, 0.5);
  EXPECT_DOUBLE_EQ(s[0].precision, 1.0);
}

TEST(RougeScore, Su4CountsSkipBigramsAndUnigramsButNotTheLastUnigram) {
  // 6 tokens, gap <= 4: all 15 pairs (i < j) of each text. Shared: (the,cat) (the,on) (the,the)
  // (the,mat)x2 (cat,on) (cat,the) (cat,mat) (on,the) (on,mat) = 10. Unigrams: ROUGE-1.5.5 adds
  // those of every token but the last: the cat sat on the / the cat lay on the -> 4 shared
  // (the x2, cat, on). (10 + 4) / (15 + 5) = 0.7 both ways.
  Options o = plain(0);
  o.lcs = false;
  o.skip = true;
  o.skip_gap = 4;
  o.skip_unigrams = true;
  Scorer sc(o);
  EXPECT_EQ(sc.metric_names(), (Lines{"ROUGE-SU4"}));
  const auto s = run(o, "the cat sat on the mat", {"the cat lay on the mat"}, &sc);
  EXPECT_DOUBLE_EQ(s[0].recall, 0.7);
  EXPECT_DOUBLE_EQ(s[0].precision, 0.7);
}

TEST(RougeScore, SkipGapLimitsTheWordsBetweenThePair) {
  // 7 tokens, at most 1 word between: i = 0..4 pair with i+1 and i+2 (10), i = 5 with 6 (1).
  Options o = plain(0);
  o.lcs = false;
  o.skip = true;
  o.skip_gap = 1;
  Scorer sc(o);
  EXPECT_EQ(sc.prepare_text("a b c d e f g").skip.total, 11u);
  o.skip_gap = -1;  // any distance: 7 * 6 / 2
  Scorer any(o);
  EXPECT_EQ(any.prepare_text("a b c d e f g").skip.total, 21u);
  EXPECT_EQ(any.metric_names(), (Lines{"ROUGE-S*"}));
}

TEST(RougeScore, SeveralReferencesSumHitsAndCounts) {
  // peer "a b"; ref1 "a c" (1 hit of 2), ref2 "a b c d e f" (2 hits of 6).
  // R = (1 + 2) / (2 + 6) = 0.375 (the mean of per-reference recalls would be 0.4167);
  // P = 3 / (2 + 2) = 0.75; F = 2 * 0.375 * 0.75 / 1.125 = 0.5.
  const auto s = run(plain(1), "a b", {"a c", "a b c d e f"});
  EXPECT_DOUBLE_EQ(s[0].recall, 0.375);
  EXPECT_DOUBLE_EQ(s[0].precision, 0.75);
  EXPECT_DOUBLE_EQ(s[0].f, 0.5);
}

TEST(RougeScore, AlphaWeighsPrecisionAgainstRecall) {
  // R = 0.5, P = 1: F = P R / ((1 - a) P + a R).
  EXPECT_NEAR(f_measure(0.5, 1.0, 0.5), 2.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(f_measure(0.5, 1.0, 1.0), 1.0);  // precision
  EXPECT_DOUBLE_EQ(f_measure(0.5, 1.0, 0.0), 0.5);  // recall
  EXPECT_NEAR(f_measure(0.5, 1.0, 0.8), 0.5 / 0.6, 1e-12);
  EXPECT_DOUBLE_EQ(f_measure(0.0, 0.0, 0.5), 0.0);
}

TEST(RougeScore, EmptySummaryScoresZero) {
  Scorer sc(plain(2));
  const auto s = run(plain(2), "", {"the cat"}, &sc);
  for (const Score &x : s) {
    EXPECT_EQ(x.recall, 0.0);
    EXPECT_EQ(x.precision, 0.0);
    EXPECT_EQ(x.f, 0.0);
  }
}

TEST(RougeScore, MeanIsThePlainMeanOfItemScores) {
  Mean m;
  m.add({{1.0, 0.5, 0.25}});
  m.add({{0.0, 0.5, 0.75}});
  ASSERT_EQ(m.items(), 2u);
  EXPECT_DOUBLE_EQ(m.mean()[0].recall, 0.5);
  EXPECT_DOUBLE_EQ(m.mean()[0].precision, 0.5);
  EXPECT_DOUBLE_EQ(m.mean()[0].f, 0.5);
}

// ---- ROUGE-1.5.5 configuration ----

TEST(RougeConfig, ParsesEvalItems) {
  const std::string xml =
      "<ROUGE_EVAL version=\"1.5.5\">\n<EVAL ID=\"T1-A\">\n<PEER-ROOT>\n/p\n</PEER-ROOT>\n"
      "<MODEL-ROOT>/m</MODEL-ROOT>\n<INPUT-FORMAT TYPE=\"SPL\">\n</INPUT-FORMAT>\n"
      "<PEERS>\n<P ID=\"1\">T1.1</P>\n<P ID=\"A\">T1.A</P>\n</PEERS>\n"
      "<MODELS>\n<M ID=\"B\">T1.B</M>\n<M ID=\"C\">T1.C</M>\n</MODELS>\n</EVAL>\n"
      "<EVAL ID=\"T1-B\"><PEER-ROOT>/p</PEER-ROOT><MODEL-ROOT>/m</MODEL-ROOT>"
      "<INPUT-FORMAT TYPE=\"SEE\"></INPUT-FORMAT><PEERS><P ID=\"1\">T1.1</P></PEERS>"
      "<MODELS><M ID=\"A\">T1.A</M></MODELS></EVAL></ROUGE_EVAL>\n";
  std::vector<EvalItem> items;
  std::string err;
  ASSERT_TRUE(parse_config(xml, &items, &err)) << err;
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].id, "T1-A");
  EXPECT_EQ(items[0].peer_root, "/p");
  EXPECT_EQ(items[0].model_root, "/m");
  EXPECT_EQ(items[0].format, InputFormat::kSpl);
  ASSERT_EQ(items[0].peers.size(), 2u);
  EXPECT_EQ(items[0].peers[1], std::make_pair(std::string("A"), std::string("T1.A")));
  ASSERT_EQ(items[0].models.size(), 2u);
  EXPECT_EQ(items[0].models[0].second, "T1.B");
  EXPECT_EQ(items[1].format, InputFormat::kSee);
}

TEST(RougeConfig, RejectsUnsupportedInputFormat) {
  std::vector<EvalItem> items;
  std::string err;
  EXPECT_FALSE(parse_config("<EVAL ID=\"x\"><INPUT-FORMAT TYPE=\"ISI\"></INPUT-FORMAT>"
                            "<MODELS><M ID=\"A\">a</M></MODELS></EVAL>",
                            &items, &err));
  EXPECT_NE(err.find("ISI"), std::string::npos);
}

// A temporary directory with files, removed at the end of the test.
struct TempDir {
  std::string path;
  std::vector<std::string> files;
  TempDir() {
    char tmpl[] = "/tmp/precis_eval_XXXXXX";
    path = mkdtemp(tmpl) != nullptr ? tmpl : "/tmp";
  }
  std::string write(const std::string &name, const std::string &text) {
    const std::string p = path + "/" + name;
    std::ofstream(p) << text;
    files.push_back(p);
    return p;
  }
  ~TempDir() {
    for (const auto &f : files) std::remove(f.c_str());
    rmdir(path.c_str());
  }
};

TEST(RougeConfig, AveragesEachSystemOverTheEvaluationsItAppearsIn) {
  // Jackknife as NIST writes it: one EVAL per left-out model. System 1 "a b" against
  // models {"a c"} then {"a b"}: ROUGE-1 recall 1/2 and 2/2 -> mean 0.75.
  TempDir t;
  t.write("peer.1", "a b\n");
  t.write("m.X", "a c\n");
  t.write("m.Y", "a b\n");
  const std::string xml =
      "<ROUGE_EVAL><EVAL ID=\"T-Y\"><PEER-ROOT>" + t.path + "</PEER-ROOT><MODEL-ROOT>" + t.path +
      "</MODEL-ROOT><INPUT-FORMAT TYPE=\"SPL\"></INPUT-FORMAT><PEERS><P ID=\"1\">peer.1</P>"
      "<P ID=\"Y\">m.Y</P></PEERS><MODELS><M ID=\"X\">m.X</M></MODELS></EVAL>"
      "<EVAL ID=\"T-X\"><PEER-ROOT>" + t.path + "</PEER-ROOT><MODEL-ROOT>" + t.path +
      "</MODEL-ROOT><INPUT-FORMAT TYPE=\"SPL\"></INPUT-FORMAT><PEERS><P ID=\"1\">peer.1</P>"
      "<P ID=\"X\">m.X</P></PEERS><MODELS><M ID=\"Y\">m.Y</M></MODELS></EVAL></ROUGE_EVAL>";
  std::vector<EvalItem> items;
  std::string err, notes;
  ASSERT_TRUE(parse_config(xml, &items, &err)) << err;
  Scorer sc(plain(1));
  std::vector<EvalScores> per_eval;
  std::vector<SystemMean> means;
  ASSERT_TRUE(run_config(&sc, items, Roots{}, {}, &per_eval, &means, &notes, &err)) << err;
  ASSERT_EQ(means.size(), 3u);  // "1", "X", "Y", in string order
  EXPECT_EQ(means[0].system, "1");
  EXPECT_EQ(means[0].evals, 2u);
  EXPECT_DOUBLE_EQ(means[0].mean[0].recall, 0.75);
  EXPECT_EQ(means[1].system, "X");
  EXPECT_EQ(means[1].evals, 1u);
  EXPECT_DOUBLE_EQ(means[1].mean[0].recall, 0.5);  // "a c" against "a b"
  EXPECT_EQ(per_eval.size(), 4u);
}

TEST(RougeConfig, MissingRootIsLookedForBesideTheConfiguration) {
  TempDir t;
  t.write("s.1", "a b\n");
  t.write("r.A", "a b\n");
  std::vector<EvalItem> items(1);
  items[0].id = "T";
  items[0].peer_root = "/nonexistent/somewhere/" + t.path.substr(t.path.rfind('/') + 1);
  items[0].model_root = items[0].peer_root;
  items[0].peers = {{"1", "s.1"}};
  items[0].models = {{"A", "r.A"}};
  Scorer sc(plain(1));
  std::vector<SystemMean> means;
  std::string err, notes;
  ASSERT_TRUE(run_config(&sc, items, Roots{"", "", "/tmp"}, {}, nullptr, &means, &notes, &err))
      << err;
  EXPECT_NE(notes.find("not found, using"), std::string::npos);
  ASSERT_EQ(means.size(), 1u);
  EXPECT_DOUBLE_EQ(means[0].mean[0].recall, 1.0);
}

// ---- The precis-eval command line ----

std::string run_cli(const std::string &args, int *status) {
  const std::string cmd = std::string(PRECIS_EVAL_PATH) + " " + args + " 2>&1";
  FILE *p = popen(cmd.c_str(), "r");
  std::string out;
  if (p == nullptr) return out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int rc = pclose(p);
  *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

TEST(RougeCli, HelpDocumentsTheModes) {
  int rc = -1;
  const std::string out = run_cli("--help", &rc);
  EXPECT_EQ(rc, 0);
  EXPECT_NE(out.find("--pairs FILE"), std::string::npos);
  EXPECT_NE(out.find("-a CONFIG.xml"), std::string::npos);
  EXPECT_NE(out.find("-2 GAP"), std::string::npos);
}

TEST(RougeCli, ScoresOneSummaryAgainstItsReferences) {
  TempDir t;
  const std::string s = t.write("sum.txt", "the cat sat on the mat\n");
  const std::string r = t.write("ref.txt", "the cat lay on the mat\n");
  int rc = -1;
  const std::string out = run_cli("-n 2 " + s + " " + r, &rc);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("ROUGE-1        0.83333   0.83333   0.83333"), std::string::npos) << out;
  EXPECT_NE(out.find("ROUGE-2        0.60000   0.60000   0.60000"), std::string::npos) << out;
}

TEST(RougeCli, PairsModePrintsTheMeanOverItems) {
  // Item 1: ROUGE-1 recall 1; item 2: "a" against "b c": 0. Mean 0.5.
  TempDir t;
  t.write("s1", "a b\n");
  t.write("r1", "a b\n");
  t.write("s2", "a\n");
  t.write("r2", "b c\n");
  const std::string list = t.write("pairs.tsv", "# summary<TAB>references\ns1\tr1\n\ns2\tr2\n");
  int rc = -1;
  const std::string out = run_cli("-n 1 -x --pairs " + list, &rc);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("2 items"), std::string::npos) << out;
  EXPECT_NE(out.find("ROUGE-1        0.50000"), std::string::npos) << out;
}

TEST(RougeCli, RejectsUnknownOptions) {
  int rc = -1;
  const std::string out = run_cli("--frobnicate a b", &rc);
  EXPECT_EQ(rc, 2);
  EXPECT_NE(out.find("unknown option"), std::string::npos);
}

TEST(RougeCli, MissingFileIsAnError) {
  int rc = -1;
  const std::string out = run_cli("/nonexistent/summary /nonexistent/ref", &rc);
  EXPECT_EQ(rc, 1);
  EXPECT_NE(out.find("cannot read"), std::string::npos);
}

}  // namespace
