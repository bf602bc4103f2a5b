// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillcards.h"

#include "cards/sqlvalues.h"
#include "storage/sqlfile.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

std::optional<QList<InterviewDrill::Card>> DrillCards::load(const QSqlDatabase &db, const QList<qint64> &deckIds, bool allDecks, QString *error)
{
    QSqlQuery query = SqlFile::prepare(db, u"drill/cards"_s);
    query.bindValue(u":all"_s, allDecks ? 1 : 0);
    query.bindValue(u":decks"_s, SqlValues::jsonIds(deckIds));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<InterviewDrill::Card> cards;
    while (query.next()) {
        cards.append({query.value(0).toString(), query.value(1).toString().split(u' ', Qt::SkipEmptyParts), query.value(2).toInt()});
    }
    return cards;
}

QList<InterviewDrill::Card> DrillCards::chainFrom(const QList<InterviewDrill::Card> &cards, const QString &rootKey)
{
    QHash<QString, const InterviewDrill::Card *> byKey;
    for (const InterviewDrill::Card &card : cards) {
        if (!byKey.contains(card.key)) {
            byKey.insert(card.key, &card);
        }
    }
    QList<InterviewDrill::Card> reached;
    if (!byKey.contains(rootKey)) {
        return reached;
    }
    QSet<QString> seen {rootKey};
    QList<QString> pending {rootKey};
    // Breadth first from the root, so the root comes first and InterviewDrill keeps file order below it.
    for (qsizetype i = 0; i < pending.size(); ++i) {
        InterviewDrill::Card card = *byKey.value(pending.at(i));
        card.followUps.removeAll(rootKey);
        for (const QString &next : std::as_const(card.followUps)) {
            if (byKey.contains(next) && !seen.contains(next)) {
                seen.insert(next);
                pending.append(next);
            }
        }
        reached.append(card);
    }
    return reached;
}
