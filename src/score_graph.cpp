// Graph centrality: TextRank (Mihalcea & Tarau 2004) and continuous LexRank (Erkan & Radev 2004).
// Both rank sentences by the stationary value of a random walk over a similarity graph; they
// differ in the similarity. Each edge weight is computed once, before the iterations, into the
// caller's workspace (ScoreScratch::edges, 16 bits an edge): the time is O(kGraphSentences^2 x
// sentence terms) for the edges plus O(iterations x kGraphSentences^2) for the walk.
#include <cstddef>

#include "fixed.h"
#include "score.h"
#include "tokenize.h"

#if PRECIS_CLASSIC_ALGORITHMS

namespace precis::detail {
namespace {

constexpr uint32_t kDamping = 55706;       // 0.85 in 16.16, the value both papers use
constexpr uint32_t kMaxIterations = 100;
constexpr uint32_t kConvergence = 7;       // stop when no score moves by 0.0001 (16.16) or more
constexpr uint32_t kMaxWeight = 1u << 24;  // edge weights saturate here (16.16)

// Graph members go into `nodes`: each document's first quota sentences, boilerplate left out, and
// never more than kGraphSentences in all (with more documents than that, the first ones' leads).
// The quota shares the graph among the documents that have sentences: an empty one takes none.
uint32_t graph_nodes(const Model *m, uint32_t *nodes) {
    uint32_t quota = m->docs_with_sentences == 0 ? 0 : kGraphSentences / m->docs_with_sentences;
    if (quota == 0) quota = 1;
    uint32_t n = 0;
    for (uint32_t s = 0; s < m->nsentences && n < kGraphSentences; ++s) {
        if (m->position_in_document(s) < quota && !(m->sentences[s].flags & kSentenceBoilerplate)) nodes[n++] = s;
    }
    return n;
}

uint32_t shared_terms(const Model *m, uint32_t a, uint32_t b) {
    uint32_t shared = 0;
    for_each_shared_term(m, a, b, [&](uint32_t, uint32_t, uint32_t) { ++shared; });
    return shared;
}

// sum over shared terms of tf_a * tf_b * idf^2 (idf in 24.8, so the sum is in 16.16 units)
uint64_t idf_dot(const Model *m, uint32_t a, uint32_t b) {
    uint64_t dot = 0;
    for_each_shared_term(m, a, b, [&](uint32_t t, uint32_t ca, uint32_t cb) {
        uint64_t idf = m->term(t).idf;
        uint64_t add = uint64_t{ca} * cb * idf * idf;
        dot = dot > ~uint64_t{0} - add ? ~uint64_t{0} : dot + add;
    });
    return dot;
}

// A similarity: the weight of the edge between sentences a and b (a == b: a's self loop), from
// the model and a per-sentence value the algorithm computed (`per_sentence`).
using Similarity = uint64_t (*)(const Model *m, const uint32_t *per_sentence, uint32_t a, uint32_t b);

// The graph's edges, stored once: the strict upper triangle by node index, row after row, 16 bits
// an edge. A weight of kRecompute or more (TextRank: at least as many shared words as the two
// sentences' log2 lengths add up to; LexRank: a cosine within 1/65536 of 1.0; in news, near
// duplicates, about 1 edge in 1000) is stored as kRecompute and computed again where it is used,
// so that every weight the walk reads is exact.
constexpr uint16_t kRecompute = 0xFFFF;

struct Graph {
    const Model *m;
    const uint32_t *nodes;
    uint32_t n;
    const uint16_t *edges;
    Similarity weight;
    const uint32_t *per_sentence;
};

// Calls f(j, weight between nodes i and j) for j = 0 .. n - 1 in order, node i's self loop included.
template <typename F>
void for_each_edge(const Graph &g, uint32_t i, F f) {
    // Edge (j, i), j < i, is at row_start(j) + i - j - 1 with row_start(j) = j (2n - j - 1) / 2,
    // so the next j's is n - j - 2 further on; node i's own row follows its self loop.
    const uint32_t n = g.n, a = g.nodes[i];
    std::size_t at = i - 1;
    for (uint32_t j = 0; j < i; at += n - j - 2, ++j) {
        uint16_t e = g.edges[at];
        f(j, e == kRecompute ? g.weight(g.m, g.per_sentence, g.nodes[j], a) : e);
    }
    f(i, g.weight(g.m, g.per_sentence, a, a));
    at = std::size_t{i} * (2 * n - i - 1) / 2;
    for (uint32_t j = i + 1; j < n; ++j, ++at) {
        uint16_t e = g.edges[at];
        f(j, e == kRecompute ? g.weight(g.m, g.per_sentence, a, g.nodes[j]) : e);
    }
}

// PageRank over the nodes with symmetric weights w(a, b): score = (1 - d) + d * sum over
// neighbours b of w(b, a) / (sum of b's weights) * score(b), from scores of 1.0. Updates are in
// place (Gauss-Seidel): the same fixed point as the textbook iteration, reached in fewer rounds
// and without a second score array. `row` is per-sentence scratch for the weight sums, `edges`
// room for the graph's edges (n (n - 1) / 2).
void power_iterate(Model *m, const uint32_t *nodes, uint32_t n, uint32_t *row, uint16_t *edges, Similarity weight,
                   const uint32_t *per_sentence) {
    std::size_t at = 0;
    for (uint32_t i = 0; i < n; ++i) {
        for (uint32_t j = i + 1; j < n; ++j) {
            uint64_t w = weight(m, per_sentence, nodes[i], nodes[j]);
            edges[at++] = static_cast<uint16_t>(w < kRecompute ? w : kRecompute);
        }
    }
    const Graph g{m, nodes, n, edges, weight, per_sentence};
    for (uint32_t s = 0; s < m->nsentences; ++s) m->sentences[s].score = 0;
    for (uint32_t i = 0; i < n; ++i) {
        uint64_t sum = 0;
        for_each_edge(g, i, [&](uint32_t, uint64_t w) { sum += w; });
        row[nodes[i]] = static_cast<uint32_t>(sum > 0xFFFFFFFFu ? 0xFFFFFFFFu : sum);
        m->sentences[nodes[i]].score = kOne;
    }
    for (uint32_t iter = 0; iter < kMaxIterations; ++iter) {
        uint32_t moved = 0;
        for (uint32_t i = 0; i < n; ++i) {
            uint64_t flow = 0;
            for_each_edge(g, i, [&](uint32_t j, uint64_t w) {
                uint32_t b = nodes[j];
                if (w != 0) flow += w * m->sentences[b].score / row[b];
            });
            uint64_t v = (kOne - kDamping) + ((flow * kDamping) >> 16);
            uint32_t next = static_cast<uint32_t>(v > 0xFFFFFFFFu ? 0xFFFFFFFFu : v);
            Sentence &s = m->sentences[nodes[i]];
            uint32_t delta = next > s.score ? next - s.score : s.score - next;
            if (delta > moved) moved = delta;
            s.score = next;
        }
        if (moved < kConvergence) break;
    }
    uint32_t best = 1;
    for (uint32_t i = 0; i < n; ++i) best = m->sentences[nodes[i]].score > best ? m->sentences[nodes[i]].score : best;
    for (uint32_t i = 0; i < n; ++i) {
        Sentence &s = m->sentences[nodes[i]];
        s.score = static_cast<uint32_t>((uint64_t{s.score} << 16) / best);
    }
}

// TextRank's similarity: shared words / (log |Si| + log |Sj|), log_words[s] = log2 |S| (16.16).
uint64_t textrank_weight(const Model *m, const uint32_t *log_words, uint32_t a, uint32_t b) {
    if (a == b) return 0;
    uint64_t shared = shared_terms(m, a, b);
    if (shared == 0) return 0;
    uint64_t denom = uint64_t{log_words[a]} + log_words[b];
    if (denom < kOne) denom = kOne;
    uint64_t w = (shared << 32) / denom;
    return w > kMaxWeight ? kMaxWeight : w;
}

// LexRank's similarity: the idf-modified cosine, norms[s] = isqrt(idf_dot(s, s)).
uint64_t lexrank_cosine(const Model *m, const uint32_t *norms, uint32_t a, uint32_t b) {
    uint64_t denom = uint64_t{norms[a]} * norms[b];
    if (denom == 0) return 0;
    uint64_t dot = idf_dot(m, a, b);
    // Cauchy-Schwarz keeps dot <= denom (up to isqrt's rounding), so a large dot has a large
    // denominator and the shifted form loses nothing that matters.
    uint64_t cos = dot < (uint64_t{1} << 47) ? (dot << 16) / denom : dot / ((denom >> 16) | 1);
    return cos > kOne ? kOne : cos;
}

// The same, with the self loop's shortcut: norm = isqrt(dot), so norm^2 <= dot and the cosine is
// 1.0 (clamped) whenever the first form applies (dot < 2^47), which norm < 2^23 guarantees
// (dot < 2^46); a longer vector takes the general computation.
uint64_t lexrank_weight(const Model *m, const uint32_t *norms, uint32_t a, uint32_t b) {
    if (a == b && norms[a] < (1u << 23)) return norms[a] == 0 ? 0 : kOne;
    return lexrank_cosine(m, norms, a, b);
}

}  // namespace

// TextRank: similarity = shared words / (log |Si| + log |Sj|), |S| the sentence's words. Shared
// words are shared content terms (stemmed, stopwords out); no self loops. The log of a one-word
// sentence is 0, so the denominator is at least log 2.
void score_textrank(Model *m, const ScoreScratch &sc) {
    uint32_t *nodes = sc.sentence_c, *log_words = sc.sentence_a;
    uint32_t n = graph_nodes(m, nodes);
    for (uint32_t i = 0; i < n; ++i) {
        uint32_t s = nodes[i];
        log_words[s] = log2_q16(m->sentences[s].words);
    }
    power_iterate(m, nodes, n, sc.sentence_b, sc.edges, textrank_weight, log_words);
}

// Continuous LexRank: similarity = idf-modified cosine of the tf-idf vectors, self loops kept.
void score_lexrank(Model *m, const ScoreScratch &sc) {
    uint32_t *nodes = sc.sentence_c, *norms = sc.sentence_a;
    uint32_t n = graph_nodes(m, nodes);
    for (uint32_t i = 0; i < n; ++i) {
        uint64_t self = idf_dot(m, nodes[i], nodes[i]);
        norms[nodes[i]] = static_cast<uint32_t>(isqrt(self));
    }
    power_iterate(m, nodes, n, sc.sentence_b, sc.edges, lexrank_weight, norms);
}

}  // namespace precis::detail

#endif  // PRECIS_CLASSIC_ALGORITHMS
