// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightcache.h"

namespace
{
/// Rough bytes held by one entry: the key's and the fragment's UTF-16 text plus bookkeeping.
qsizetype costOf(const QString &code, const HighlightResult &result)
{
    constexpr qsizetype overhead = 128;
    return (code.size() + result.html.size()) * qsizetype(sizeof(QChar)) + overhead;
}
}

HighlightCache::HighlightCache(std::unique_ptr<Highlighter> inner, qsizetype maxBytes) : m_inner(std::move(inner)), m_cache(maxBytes)
{
    Q_ASSERT(m_inner);
}

HighlightCache::~HighlightCache() = default;

HighlightResult HighlightCache::highlight(const QString &code, const QString &language, Theme theme)
{
    Key key {highlightSyntaxFor(language), theme, code};
    if (const HighlightResult *cached = m_cache.object(key)) {
        return *cached;
    }
    HighlightResult result = m_inner->highlight(code, language, theme);
    const qsizetype cost = costOf(code, result);
    if (cost <= m_cache.maxCost()) {
        m_cache.insert(std::move(key), new HighlightResult(result), cost);
    }
    return result;
}

Highlighter *HighlightCache::inner() const
{
    return m_inner.get();
}

qsizetype HighlightCache::cachedBytes() const
{
    return m_cache.totalCost();
}

qsizetype HighlightCache::count() const
{
    return m_cache.count();
}

void HighlightCache::clear()
{
    m_cache.clear();
}
