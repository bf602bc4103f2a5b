// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobmodel.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

/// Finds the lexicon's phrases in plain text in one pass, the hot loop of classification.
///
/// Text and patterns go through the same normalisation (lower case, words split on anything that is not
/// a letter or digit, a light plural stemmer), so "KV-caches", "kv cache" and "KV Cache" are one phrase. At
/// each word the longest pattern wins and matches never overlap, so "paged attention" is not also "attention".
class JobMatcher
{
public:
    struct Hit {
        int term; ///< index into JobModel::terms()
        qsizetype start; ///< offsets into the text, [start, end)
        qsizetype end;
    };

    explicit JobMatcher(const QList<JobTerm> &terms);

    [[nodiscard]] QList<Hit> match(QStringView text) const;

    /// The normalised form of one word ("Caches" → "cache"); exposed for tests of the stemmer.
    [[nodiscard]] static QString normaliseWord(QStringView word);

private:
    [[nodiscard]] int wordId(QStringView normalised) const;
    [[nodiscard]] int child(int node, int word) const;

    // Words of all patterns, in an open-addressing table (QHash cannot look up a QString key by view in Qt 6.4).
    std::vector<QString> m_wordKeys;
    std::vector<int> m_wordIds;
    size_t m_wordMask = 0;
    // The pattern trie: edges (node, word) → node in another open-addressing table; terminal term per node.
    std::vector<quint64> m_edgeKeys;
    std::vector<int> m_edgeTargets;
    size_t m_edgeMask = 0;
    std::vector<int> m_nodeTerm;
};
