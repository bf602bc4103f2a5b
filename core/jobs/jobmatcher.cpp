// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobmatcher.h"

#include <QHash>

#include <bit>

namespace
{
constexpr quint64 EmptyEdge = ~quint64(0);

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// "c++" and "c#" are words; a '+' or '#' directly after letters belongs to the word.
bool isWordSuffix(QChar c)
{
    return c == u'+' || c == u'#';
}

void stem(QString &word)
{
    const qsizetype n = word.size();
    if (n > 4 && word[n - 3] == u'i' && word[n - 2] == u'e' && word[n - 1] == u's') {
        word.chop(3);
        word += u'y';
    } else if (n > 3 && word.back() == u's' && word[n - 2] != u's' && word[n - 2] != u'u' && word[n - 2] != u'i') {
        word.chop(1);
    }
}

void lowerInto(QString &out, QStringView word)
{
    out.resize(word.size());
    QChar *dst = out.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        dst[i] = c < 0x80 ? QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : word[i].toLower();
    }
}

/// Calls `visit(start, end)` for each word of `text`.
template<typename Visit> void forEachWord(QStringView text, Visit visit)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(text[i]))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && isWordChar(text[i]))
            ++i;
        while (i < n && isWordSuffix(text[i]))
            ++i;
        visit(start, i);
    }
}

size_t tableSize(size_t entries)
{
    return std::bit_ceil(std::max<size_t>(16, entries * 2));
}

size_t edgeHash(quint64 key)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return size_t(key);
}
}

QString JobMatcher::normaliseWord(QStringView word)
{
    QString out;
    lowerInto(out, word);
    stem(out);
    return out;
}

JobMatcher::JobMatcher(const QList<JobTerm> &terms)
{
    // Collect the normalised word sequences first, then size the tables once.
    QHash<QString, int> words;
    std::vector<std::pair<std::vector<int>, int>> patterns;
    for (int t = 0; t < terms.size(); ++t) {
        for (const QString &pattern : terms[t].patterns) {
            std::vector<int> sequence;
            forEachWord(pattern, [&](qsizetype start, qsizetype end) {
                const QString word = normaliseWord(QStringView(pattern).sliced(start, end - start));
                const auto it = words.constFind(word);
                sequence.push_back(it != words.cend() ? it.value() : int(words.size()));
                if (it == words.cend())
                    words.insert(word, int(words.size()));
            });
            if (!sequence.empty())
                patterns.emplace_back(std::move(sequence), t);
        }
    }

    m_wordMask = tableSize(size_t(words.size())) - 1;
    m_wordKeys.assign(m_wordMask + 1, QString());
    m_wordIds.assign(m_wordMask + 1, -1);
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        size_t slot = qHash(QStringView(it.key())) & m_wordMask;
        while (m_wordIds[slot] >= 0)
            slot = (slot + 1) & m_wordMask;
        m_wordKeys[slot] = it.key();
        m_wordIds[slot] = it.value();
    }

    size_t edges = 0;
    for (const auto &pattern : patterns)
        edges += pattern.first.size();
    m_edgeMask = tableSize(edges) - 1;
    m_edgeKeys.assign(m_edgeMask + 1, EmptyEdge);
    m_edgeTargets.assign(m_edgeMask + 1, -1);
    m_nodeTerm.assign(1, -1);
    for (const auto &[sequence, term] : patterns) {
        int node = 0;
        for (int word : sequence) {
            int next = child(node, word);
            if (next < 0) {
                next = int(m_nodeTerm.size());
                m_nodeTerm.push_back(-1);
                const quint64 key = (quint64(quint32(node)) << 32) | quint32(word);
                size_t slot = edgeHash(key) & m_edgeMask;
                while (m_edgeKeys[slot] != EmptyEdge)
                    slot = (slot + 1) & m_edgeMask;
                m_edgeKeys[slot] = key;
                m_edgeTargets[slot] = next;
            }
            node = next;
        }
        // Two terms sharing a pattern: the first in the lexicon keeps it, so the result does not depend on hashing.
        if (m_nodeTerm[size_t(node)] < 0)
            m_nodeTerm[size_t(node)] = term;
    }
}

int JobMatcher::wordId(QStringView normalised) const
{
    size_t slot = qHash(normalised) & m_wordMask;
    while (m_wordIds[slot] >= 0) {
        if (m_wordKeys[slot] == normalised)
            return m_wordIds[slot];
        slot = (slot + 1) & m_wordMask;
    }
    return -1;
}

int JobMatcher::child(int node, int word) const
{
    const quint64 key = (quint64(quint32(node)) << 32) | quint32(word);
    size_t slot = edgeHash(key) & m_edgeMask;
    while (m_edgeKeys[slot] != EmptyEdge) {
        if (m_edgeKeys[slot] == key)
            return m_edgeTargets[slot];
        slot = (slot + 1) & m_edgeMask;
    }
    return -1;
}

QList<JobMatcher::Hit> JobMatcher::match(QStringView text) const
{
    struct Word {
        qsizetype start;
        qsizetype end;
        int id;
    };
    std::vector<Word> words;
    words.reserve(size_t(text.size() / 6 + 1));
    QString buffer;
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        lowerInto(buffer, text.sliced(start, end - start));
        stem(buffer);
        words.push_back({start, end, wordId(buffer)});
    });

    QList<Hit> hits;
    size_t i = 0;
    while (i < words.size()) {
        int node = 0;
        int bestTerm = -1;
        size_t bestEnd = i;
        for (size_t j = i; j < words.size() && words[j].id >= 0; ++j) {
            node = child(node, words[j].id);
            if (node < 0)
                break;
            if (m_nodeTerm[size_t(node)] >= 0) {
                bestTerm = m_nodeTerm[size_t(node)];
                bestEnd = j;
            }
        }
        if (bestTerm >= 0) {
            hits.append({bestTerm, words[i].start, words[bestEnd].end});
            i = bestEnd + 1;
        } else {
            ++i;
        }
    }
    return hits;
}
