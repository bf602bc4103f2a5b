// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// One piece of a card's Markdown: prose for Qt's Markdown support, or a fenced code block for
/// the Highlighter (Qt's Markdown renders code blocks uncoloured).
struct MarkdownSegment {
    enum class Kind { Markdown, Code };

    Kind kind = Kind::Markdown;
    /// Markdown source, or the block's code without its fences (line breaks `\n`, no final one).
    QString text;
    /// For code: the first word of the info string as written (` ```python title="x" ` → `python`);
    /// empty when the fence has none. Always empty for Markdown.
    QString language;

    friend bool operator==(const MarkdownSegment &, const MarkdownSegment &) = default;
};

/// Splits card Markdown at its top-level fenced code blocks (CommonMark fences: ``` or ~~~, at
/// least three, indented by at most three spaces, closed by a fence of the same character that is
/// at least as long; an unterminated fence runs to the end of the text). Prose segments that are
/// only blank lines are dropped. A fence opened on a list item's line (`- ```python`) is left in the
/// Markdown up to its closer, as are fences inside block quotes; a fence indented up to three
/// spaces under a list item counts as a top-level block.
[[nodiscard]] QList<MarkdownSegment> splitMarkdownCode(const QString &markdown);
