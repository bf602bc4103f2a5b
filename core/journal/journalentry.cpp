// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalentry.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList JournalEntry::normalizedTags(const QStringList &tags)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    QStringList result;
    for (const QString &tag : tags) {
        for (const QString &part : tag.split(separators, Qt::SkipEmptyParts)) {
            if (!result.contains(part, Qt::CaseInsensitive)) {
                result.append(part);
            }
        }
    }
    return result;
}
