// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// HTML to readable plain text for job postings: not a browser, but robust to whatever careers pages emit.
namespace JobHtml
{
/// Drops tags, comments and the contents of script, style, noscript, svg, template and head-only elements;
/// block elements become line breaks, list items "- " lines; entities are decoded; whitespace inside a
/// block collapses as a browser would. Linear time; any input, however malformed, is accepted.
[[nodiscard]] QString toPlainText(QStringView html);
}
