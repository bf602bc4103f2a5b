// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlighter.h"

#include <QCache>
#include <QHashFunctions>

/// Remembers another highlighter's results, so each code block runs the KDE tool once.
///
/// A decorator: the view keeps calling highlight() on every repaint or theme switch and only
/// misses reach the wrapped highlighter. Entries are keyed by (syntax, theme, code), where the
/// syntax is highlightSyntaxFor(language), so `sh` and `bash` share one entry. The cache is bounded
/// by an approximate size in bytes (code + HTML, UTF-16) and drops the least recently used blocks
/// first; a block bigger than the whole budget is returned but not kept. Failed runs (timeouts)
/// are cached too: retrying them on every repaint would freeze the view again and again.
class HighlightCache final : public Highlighter
{
public:
    static constexpr qsizetype DefaultMaxBytes = 8 * 1024 * 1024;

    explicit HighlightCache(std::unique_ptr<Highlighter> inner, qsizetype maxBytes = DefaultMaxBytes);
    ~HighlightCache() override;

    [[nodiscard]] HighlightResult highlight(const QString &code, const QString &language, Theme theme) override;

    /// The wrapped highlighter (owned by the cache).
    [[nodiscard]] Highlighter *inner() const;
    [[nodiscard]] qsizetype cachedBytes() const;
    [[nodiscard]] qsizetype count() const;
    void clear();

private:
    struct Key {
        QString syntax;
        Theme theme;
        QString code;

        friend bool operator==(const Key &a, const Key &b) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.syntax, int(key.theme), key.code);
        }
    };

    std::unique_ptr<Highlighter> m_inner;
    QCache<Key, HighlightResult> m_cache;
};
