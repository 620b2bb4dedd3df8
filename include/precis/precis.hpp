// precis for C++17 hosts: string_view in, sentences out. A thin adapter over the C API in
// precis.h; it owns a workspace (std::vector) so that callers need not size one. Firmware should
// call the C API with a static workspace instead.
#ifndef PRECIS_HPP
#define PRECIS_HPP

#include <precis/precis.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

struct Sentence {
    std::size_t document;   // index of the document it comes from
    std::size_t offset;     // byte offset in that document
    std::string_view text;  // the whole sentence as it stands in the caller's text (not collapsed)
    uint32_t index;         // sentence index over all documents
    uint32_t score;         // 16.16 fixed point
    uint32_t trim = 0;      // PRECIS_TRIM_* deletions: join() writes the trimmed text
};

struct Summary {
    int status = PRECIS_OK;  // PRECIS_OK or a negative precis_status
    std::vector<Sentence> sentences;
    precis_result result{};
    bool ok() const { return status >= 0; }
};

// Limits for a host, which has the memory: bounded from one look at each byte
// (precis_limits_bound: about a tenth of the cost of exact limits, which segment and tokenize
// the input), and beyond what the bound holds exact ones, segmented in `language` as the summary
// will be (another language can end more sentences). Returns PRECIS_OK; PRECIS_ERR_LIMITS when
// the input is beyond the library's ceilings (*limits are then clamped to them, and a summary
// reads a prefix); PRECIS_ERR_ARGUMENT for NULL pointers or a language this build lacks
// (*limits untouched). The CLI, Summarizer and bench/speed size their workspaces so.
inline int host_limits(const precis_doc *docs, std::size_t ndocs, int language, precis_limits *limits) {
    if (precis_limits_bound(docs, ndocs, limits) == PRECIS_OK) return PRECIS_OK;
    return precis_limits_for_language(docs, ndocs, language, limits);
}

class Summarizer {
public:
    // `config` as in precis.h; its limits are ignored: the workspace is sized for each input so
    // that nothing is truncated (up to the library's ceilings).
    explicit Summarizer(const precis_config &config = precis_config{}) : config_(config) {}

    // The sentences point into `documents`' memory: keep it alive while using them.
    Summary summarize(const std::vector<std::string_view> &documents) {
        Summary out;
        std::vector<precis_doc> docs = to_docs(documents);
        precis_config cfg = config_;
        // Beyond the ceilings the limits are clamped and a prefix is read (result.flags says so).
        host_limits(docs.data(), docs.size(), static_cast<int>(config_.language), &cfg.limits);
        workspace_.resize(precis_workspace_size(&cfg.limits));
        std::vector<precis_span> spans(cfg.limits.max_sentences);
        int n = precis_summarize(docs.data(), docs.size(), &cfg, workspace_.data(),
                                 workspace_.size(), spans.data(), spans.size(), &out.result);
        out.status = n < 0 ? n : PRECIS_OK;
        for (int i = 0; i < n; ++i) {
            out.sentences.push_back(to_sentence(documents, spans[static_cast<std::size_t>(i)]));
        }
        return out;
    }

    Summary summarize(std::string_view document) {
        return summarize(std::vector<std::string_view>{document});
    }

    // Every sentence of the documents, as the segmenter sees them in `language` (enum
    // precis_language; English by default).
    static Summary split(const std::vector<std::string_view> &documents, int language = PRECIS_LANGUAGE_ENGLISH) {
        Summary out;
        std::vector<precis_doc> docs = to_docs(documents);
        int n = precis_split_language(docs.data(), docs.size(), language, nullptr, 0, &out.result);
        if (n < 0) {
            out.status = n;
            return out;
        }
        std::vector<precis_span> spans(static_cast<std::size_t>(n));
        n = precis_split_language(docs.data(), docs.size(), language, spans.data(), spans.size(), &out.result);
        for (int i = 0; i < n; ++i) {
            out.sentences.push_back(to_sentence(documents, spans[static_cast<std::size_t>(i)]));
        }
        return out;
    }

    // The sentences joined as precis_join writes them (whitespace collapsed).
    static std::string join(const std::vector<std::string_view> &documents, const Summary &summary,
                            const char *separator = "\n") {
        std::vector<precis_doc> docs = to_docs(documents);
        std::vector<precis_span> spans;
        for (const Sentence &s : summary.sentences) {
            spans.push_back(precis_span{static_cast<uint32_t>(s.document),
                                        static_cast<uint32_t>(s.offset),
                                        static_cast<uint32_t>(s.text.size()), s.index, s.score,
                                        s.trim});
        }
        const precis_span *first = spans.data();
        int n = precis_join(docs.data(), docs.size(), first, spans.size(), separator, nullptr, 0);
        if (n < 0) return std::string();
        std::string text(static_cast<std::size_t>(n) + 1, '\0');
        precis_join(docs.data(), docs.size(), spans.data(), spans.size(), separator, &text[0],
                    text.size());
        text.resize(static_cast<std::size_t>(n));
        return text;
    }

private:
    static std::vector<precis_doc> to_docs(const std::vector<std::string_view> &documents) {
        std::vector<precis_doc> docs;
        for (std::string_view d : documents) docs.push_back(precis_doc{d.data(), d.size()});
        return docs;
    }
    static Sentence to_sentence(const std::vector<std::string_view> &documents,
                                const precis_span &s) {
        return Sentence{s.document, s.offset, documents[s.document].substr(s.offset, s.length),
                        s.sentence, s.score, s.trim};
    }

    precis_config config_;
    std::vector<unsigned char> workspace_;
};

}  // namespace precis

#endif  // PRECIS_HPP
