// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// The cards side of journal links: finding a card to link and naming linked cards. Links store the
/// card's stable key; these lookups turn keys into something a person recognises.
namespace JournalCards
{
struct CardRef {
    QString key;
    QString front; ///< Markdown, as stored
};

/// Live cards whose key equals `text` or whose front contains it (ignoring ASCII case), at most `limit`.
[[nodiscard]] QList<CardRef> matching(const QSqlDatabase &db, const QString &text, int limit);
/// The cards with these keys that exist, in key order.
[[nodiscard]] QList<CardRef> byKeys(const QSqlDatabase &db, const QStringList &keys);
}
