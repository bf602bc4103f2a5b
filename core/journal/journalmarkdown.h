// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journalentry.h"

#include <QList>
#include <QString>

/// The journal as Markdown shaped for behavioural answers (STAR): Situation = context and constraints,
/// Task = the decision to make (the title), Action = the options considered and the decision, Result =
/// the measured result. Sections with nothing recorded say so, so gaps to fill before an interview show.
namespace JournalMarkdown
{
/// One entry as a `##` section (no trailing blank line).
[[nodiscard]] QString entry(const JournalEntry &entry);
/// A `# Decision journal` document with every entry in the given order, separated by blank lines.
[[nodiscard]] QString document(const QList<JournalEntry> &entries);
}
