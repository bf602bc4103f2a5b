// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlighter.h"

/// Escaped, uncoloured code in a monospace `<pre>`: what the app shows when the KDE tool is not
/// installed, and what KateHighlighter falls back to when a language has no syntax or the tool
/// fails. Its colours are the Breeze theme's, so a plain block looks like a highlighted one.
class PlainHighlighter final : public Highlighter
{
public:
    [[nodiscard]] HighlightResult highlight(const QString &code, const QString &language, Theme theme) override;

    /// The plain result for `code`, usable without an instance.
    [[nodiscard]] static HighlightResult plain(const QString &code, Theme theme);

    /// Line breaks made `\n` (CRLF and lone CR), NULs replaced, the last line break dropped: the
    /// text both highlighters actually render.
    [[nodiscard]] static QString normalizedCode(const QString &code);

    /// The Breeze theme's background and default text colours.
    [[nodiscard]] static QColor background(Theme theme);
    [[nodiscard]] static QColor foreground(Theme theme);
};
