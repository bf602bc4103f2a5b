// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// Markdown to readable plain text for job postings: the markup people type, not all of CommonMark.
namespace JobMarkdown
{
/// True when headings, emphasis or links in the head of the text say it is Markdown.
[[nodiscard]] bool looksLikeMarkdown(QStringView head);
/// Removes heading hashes, emphasis markers, code backticks, link targets and images, and turns "* " and
/// "+ " bullets into "- ", line by line, so lines keep their meaning for sectioning.
[[nodiscard]] QString toPlainText(QStringView markdown);
}
