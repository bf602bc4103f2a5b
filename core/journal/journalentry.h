// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

/// One decision in the journal, in the words the user will later turn into a behavioural answer.
/// Text fields are Markdown.
struct JournalEntry {
    qint64 id = 0; ///< 0 until stored
    QString title; ///< the decision in a line; must have more than whitespace
    QString context;
    QString constraints;
    QString options; ///< the options considered
    QString decision;
    QString result; ///< what was measured afterwards
    QStringList tags;
    QDate day; ///< local day the decision was made
    qint64 createdAt = 0; ///< UTC epoch ms
    qint64 modifiedAt = 0; ///< UTC epoch ms
    QStringList cardKeys; ///< linked cards, sorted

    /// Tags split on whitespace and commas, trimmed, duplicates (ignoring case) dropped, order kept.
    [[nodiscard]] static QStringList normalizedTags(const QStringList &tags);
};
