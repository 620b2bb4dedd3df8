// Calibration of precis_rouge against NIST's official ROUGE-1.5.5 run for DUC 2006
// (../shared/data/duc2006_nist_rouge: the configuration rougejk.in, the peers and models, and
// ROUGE-1.5.5's outputs). NIST ran
//   ROUGE-1.5.5.pl -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d rougejk.in
// How the jackknife is expressed: rougejk.in has one <EVAL> per topic and left-out model
// ("D0601.M.250.A-B" leaves out model B): its MODELS are the other 3 of the 4 human summaries,
// its PEERS are the 35 systems plus the left-out human. ROUGE-1.5.5 itself knows nothing of the
// jackknife: a system's "Average" is over all the EVALs it appears in (200 = 50 topics x 4 for a
// system, 20 for a human), i.e. the mean over topics of the mean of its 4 jackknife scores. It
// prints the mean of 1000 bootstrap resamples of those scores; we compute the plain mean.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "rouge.h"

namespace {

using namespace precis::rouge;

const std::string kDir = std::string(PRECIS_SHARED_DIR) + "/data/duc2006_nist_rouge";

struct Official {
  // (system, metric) -> official Average_R; (eval label, metric) -> per-eval R, P, F.
  std::map<std::pair<std::string, std::string>, double> average_r;
  std::map<std::pair<std::string, std::string>, Score> per_eval;
};

// Reads "SYS METRIC Average_R: 0.12345 ..." and "SYS METRIC Eval LABEL R:x P:y F:z" lines.
bool read_rouge_out(const std::string &path, Official *o) {
  std::ifstream f(path);
  if (!f) return false;
  std::string line;
  while (std::getline(f, line)) {
    std::istringstream ls(line);
    std::string sys, metric, kind;
    if (!(ls >> sys >> metric >> kind)) continue;
    if (kind == "Average_R:") {
      double v = 0;
      if (ls >> v) o->average_r[{sys, metric}] = v;
    } else if (kind == "Eval") {
      std::string label, r, p, fm;
      if (ls >> label >> r >> p >> fm && r.size() > 2 && p.size() > 2 && fm.size() > 2) {
        o->per_eval[{label, metric}] = {std::stod(r.substr(2)), std::stod(p.substr(2)),
                                        std::stod(fm.substr(2))};
      }
    }
  }
  return true;
}

// Reads NIST's "SYS 0.12345 (95%-conf.int. ...)" average files.
bool read_avg(const std::string &path, const std::string &metric, Official *o) {
  std::ifstream f(path);
  if (!f) return false;
  std::string sys;
  double v = 0;
  std::string rest;
  while (f >> sys >> v && std::getline(f, rest)) o->average_r[{sys, metric}] = v;
  return true;
}

class NistDuc2006 : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::ifstream probe(kDir + "/rougejk.in");
    if (!probe) {
      skip_ = "../shared/data/duc2006_nist_rouge is absent";
      return;
    }
    Options opt;  // NIST's flags as far as they concern what we compute
    opt.max_n = 2;
    opt.lcs = true;
    opt.skip = true;
    opt.skip_gap = 4;
    opt.skip_unigrams = true;
    opt.stem = true;
    opt.alpha = 0.5;
    scorer_ = new Scorer(opt);
    bool wordnet = false;
    for (const std::string &d : default_wordnet_dirs()) {
      if (scorer_->stemmer().load_wordnet(d, nullptr)) {
        wordnet = true;
        break;
      }
    }
    if (!wordnet) {
      skip_ = "WordNet exception lists absent (apt-get install wordnet-base); without them "
              "ROUGE-1 is off by up to 0.005";
      return;
    }
    official_ = new Official;
    if (!read_rouge_out(kDir + "/rougejk.m.out", official_) ||
        !read_avg(kDir + "/rouge2.jk.m.avg", "ROUGE-2", official_) ||
        !read_avg(kDir + "/rougeSU4.jk.m.avg", "ROUGE-SU4", official_)) {
      error_ = "cannot read NIST's outputs in " + kDir;
      return;
    }
    std::string xml;
    if (!read_text_file(kDir + "/rougejk.in", &xml) || !parse_config(xml, &items_, &error_)) {
      error_ = "cannot parse rougejk.in: " + error_;
      return;
    }
  }
  // Scores the whole run (a few seconds), once per process.
  static void score_all() {
    if (scored_) return;
    scored_ = true;
    const auto t0 = std::chrono::steady_clock::now();
    std::string notes;
    run_config(scorer_, items_, Roots{"", "", kDir}, {}, &per_eval_, &means_, &notes, &error_);
    seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  static void TearDownTestSuite() {
    delete scorer_;
    delete official_;
    scorer_ = nullptr;
    official_ = nullptr;
  }
  void SetUp() override {
    if (!skip_.empty()) GTEST_SKIP() << skip_;
    ASSERT_TRUE(error_.empty()) << error_;
  }
  std::size_t metric(const std::string &name) const {
    const auto names = scorer_->metric_names();
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  }

  static std::string skip_, error_;
  static Scorer *scorer_;
  static Official *official_;
  static std::vector<EvalItem> items_;
  static std::vector<EvalScores> per_eval_;
  static std::vector<SystemMean> means_;
  static double seconds_;
  static bool scored_;
};

std::string NistDuc2006::skip_, NistDuc2006::error_;
Scorer *NistDuc2006::scorer_ = nullptr;
Official *NistDuc2006::official_ = nullptr;
std::vector<EvalItem> NistDuc2006::items_;
std::vector<EvalScores> NistDuc2006::per_eval_;
std::vector<SystemMean> NistDuc2006::means_;
double NistDuc2006::seconds_ = 0;
bool NistDuc2006::scored_ = false;

TEST_F(NistDuc2006, JackknifeIsOneEvalPerTopicAndLeftOutModel) {
  ASSERT_EQ(items_.size(), 200u);  // 50 topics x 4 models
  for (const EvalItem &it : items_) {
    ASSERT_EQ(it.models.size(), 3u) << it.id;
    const std::string left_out = it.id.substr(it.id.rfind('-') + 1);
    for (const auto &m : it.models) EXPECT_NE(m.first, left_out) << it.id;
    bool peer = false;
    for (const auto &p : it.peers) peer = peer || p.first == left_out;
    EXPECT_TRUE(peer) << it.id << ": the left-out model is scored as a peer";
  }
}

TEST_F(NistDuc2006, EverySystemsRecallIsWithin0002OfNistsAverages) {
  // Official: ROUGE-2 and ROUGE-SU4 from rouge2.jk.m.avg / rougeSU4.jk.m.avg, ROUGE-1 and
  // ROUGE-L from rougejk.m.out. The remaining gap is ROUGE-1.5.5's bootstrap mean (we report the
  // plain mean), largest for the human summaries, which have 20 evaluations each.
  score_all();
  ASSERT_TRUE(error_.empty()) << error_;
  const char *const metrics[] = {"ROUGE-1", "ROUGE-2", "ROUGE-SU4", "ROUGE-L"};
  ASSERT_EQ(means_.size(), 45u);  // 35 systems + 10 humans
  for (const char *m : metrics) {
    const std::size_t k = metric(m);
    double worst = 0, sum = 0;
    std::string worst_sys;
    for (const SystemMean &s : means_) {
      const auto it = official_->average_r.find({s.system, m});
      ASSERT_NE(it, official_->average_r.end()) << s.system << " " << m;
      const double d = std::fabs(s.mean[k].recall - it->second);
      EXPECT_LE(d, 0.002) << m << " system " << s.system << ": ours " << s.mean[k].recall
                          << ", NIST " << it->second;
      sum += d;
      if (d > worst) {
        worst = d;
        worst_sys = s.system;
      }
    }
    std::printf("[ calib    ] %-9s recall, %zu systems: worst deviation %.5f (system %s), mean "
                "%.5f\n",
                m, means_.size(), worst, worst_sys.c_str(), sum / static_cast<double>(means_.size()));
  }
  std::printf("[ calib    ] scored %zu evaluations in %.2f s\n", per_eval_.size(), seconds_);
}

TEST_F(NistDuc2006, EveryEvaluationMatchesRouge155ToItsPrintedFiveDecimals) {
  // NIST's -d output lists R, P, F of every system in every EVAL with 5 decimals: ours must
  // round to the same R and P. ROUGE-1.5.5 computes F from R and P already rounded to 5 decimals
  // (that reproduces all 50400 F values it printed here); we compute it from the exact R and P,
  // so F may differ by up to about 1.5 units of the last decimal.
  score_all();
  ASSERT_TRUE(error_.empty()) << error_;
  ASSERT_EQ(per_eval_.size(), 7200u);
  const char *const metrics[] = {"ROUGE-1", "ROUGE-2", "ROUGE-SU4", "ROUGE-L"};
  for (const char *m : metrics) {
    const std::size_t k = metric(m);
    std::size_t compared = 0, off = 0;
    for (const EvalScores &e : per_eval_) {
      const auto it = official_->per_eval.find({e.eval_id + "." + e.system, m});
      ASSERT_NE(it, official_->per_eval.end()) << e.eval_id << "." << e.system;
      const Score &want = it->second, &got = e.scores[k];
      ++compared;
      const bool ok = std::fabs(got.recall - want.recall) <= 0.5e-5 + 1e-9 &&
                      std::fabs(got.precision - want.precision) <= 0.5e-5 + 1e-9 &&
                      std::fabs(got.f - want.f) <= 1.5e-5;
      if (!ok && ++off <= 5) {
        ADD_FAILURE() << m << " " << e.eval_id << "." << e.system << ": ours R " << got.recall
                      << " P " << got.precision << " F " << got.f << ", ROUGE-1.5.5 R "
                      << want.recall << " P " << want.precision << " F " << want.f;
      }
    }
    std::printf("[ calib    ] %-9s %zu evaluations, %zu differ from ROUGE-1.5.5's printed "
                "values\n",
                m, compared, off);
    EXPECT_EQ(off, 0u) << m;
    EXPECT_EQ(compared, 7200u);
  }
}

}  // namespace
