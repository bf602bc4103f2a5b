// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Turns the bytes of a job posting (plain text, Markdown or HTML, in whatever encoding) into the plain
/// text every later step works on.
///
/// The classifier's evidence offsets point into this text and the Jobs page shows it, so the result is
/// meant to be read by a person: markup is removed, not escaped; headings and list items stay on their own
/// lines so that sectioning still sees them. Input that cannot be a posting (binary, empty, too large, PDF)
/// is refused with a sentence that says why, never guessed at.
namespace JobText
{
/// Postings larger than this are refused: no real posting comes close, and it bounds memory per file.
inline constexpr qsizetype MaxBytes = 50 * 1024 * 1024;

enum class Format { Text, Markdown, Html };

struct Extracted {
    QString text; ///< the plain text; empty when `problem` is set
    Format format = Format::Text;
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "Latin-1"
    /// Non-empty when the text was read but something is worth telling, e.g. "not valid UTF-8; read as Latin-1".
    QString warning;
    /// Non-empty when there is no text to classify, e.g. "binary file (not text)"; then `text` is empty.
    QString problem;
};

/// Decodes, detects the format (from the file name's suffix when it says .html/.htm/.md/.markdown/.txt,
/// otherwise from the content) and strips markup. Pure function; safe on any bytes.
[[nodiscard]] Extracted extract(const QByteArray &raw, const QString &fileNameHint = {});

/// Decodes HTML character references (named, decimal, hex) in `html`; unknown names stay as written.
[[nodiscard]] QString decodeEntities(QStringView html);
}
