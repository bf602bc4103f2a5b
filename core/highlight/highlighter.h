// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <memory>

/// One highlighted code block, ready for Qt rich text (QTextDocument, QML `Text.RichText`).
///
/// `html` is a bare `<pre>…</pre>` fragment holding escaped text and `<span style=…>` runs only
/// (colour, background, bold, italic, underline, strike-through). It carries no block background
/// and no default text colour on purpose: `Text.RichText` paints a `<pre>` background only behind
/// the first line (docs/PLATFORM.md, gotcha 5), so the view draws the block with `background`
/// and sets its text colour to `foreground` itself. The fragment is safe to show whatever the card
/// text was: everything in it was escaped or re-emitted from a whitelist.
struct HighlightResult {
    QString html;
    QColor background;
    QColor foreground;
    /// False for plain (escaped, uncoloured) text: no syntax for the language, tool missing or failed.
    bool highlighted = false;
};

/// Turns the code of a card's fenced block into a rich-text fragment.
///
/// An interface so the view does not care whether the KDE tool is installed (KateHighlighter or
/// PlainHighlighter) and so a cache can wrap either (HighlightCache). Implementations are not
/// thread-safe: use one from one thread.
class Highlighter
{
public:
    /// Follows the app's light/dark mode; maps to the "Breeze Light" / "Breeze Dark" themes.
    enum class Theme { Light, Dark };

    Highlighter() = default;
    virtual ~Highlighter();
    Highlighter(const Highlighter &) = delete;
    Highlighter &operator=(const Highlighter &) = delete;

    /// `language` is the fence's language as the card wrote it (`python`, `cuda`, `sh`…; case and
    /// surrounding spaces ignored). Never fails: the worst case is escaped plain text.
    [[nodiscard]] virtual HighlightResult highlight(const QString &code, const QString &language, Theme theme) = 0;
};

/// The KDE syntax definition for a fence language of our cards (`cuda` → `C++`, `sh` → `Bash`…),
/// or an empty string when the block stays plain (`text`, empty, or a language we do not map).
/// Aliases share one definition, so the cache keys on this rather than on the fence name.
[[nodiscard]] QString highlightSyntaxFor(const QString &language);

/// The highlighter the app uses: a cached KateHighlighter when `kate-syntax-highlighter` is
/// installed, else a cached PlainHighlighter. In the second case `notice` (if given) receives one
/// translated sentence for the user, which the app shows once; otherwise it is cleared.
[[nodiscard]] std::unique_ptr<Highlighter> createDefaultHighlighter(QString *notice);
