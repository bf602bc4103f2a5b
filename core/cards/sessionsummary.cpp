// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsummary.h"

#include "sqlvalues.h"
#include "storage/sqlfile.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

double SessionSummary::againRate() const
{
    return answers > 0 ? double(again) / double(answers) : 0.0;
}

std::optional<SessionSummary> SessionSummary::load(const QSqlDatabase &db, const QList<qint64> &deckIds, qint64 fromMs, qint64 nowMs, QString *error)
{
    const QString decks = SqlValues::jsonIds(deckIds);

    QSqlQuery answers = SqlFile::prepare(db, u"review/session_answers"_s);
    answers.bindValue(u":decks"_s, decks);
    answers.bindValue(u":from"_s, fromMs);
    answers.bindValue(u":to"_s, nowMs);
    QSqlQuery nextDue = SqlFile::prepare(db, u"review/next_due"_s);
    nextDue.bindValue(u":decks"_s, decks);
    nextDue.bindValue(u":now"_s, nowMs);
    if (!answers.exec() || !answers.next()) {
        *error = answers.lastError().text();
        return std::nullopt;
    }
    if (!nextDue.exec() || !nextDue.next()) {
        *error = nextDue.lastError().text();
        return std::nullopt;
    }
    SessionSummary summary;
    summary.answers = answers.value(0).toInt();
    summary.cards = answers.value(1).toInt();
    summary.timeMs = answers.value(2).toLongLong();
    summary.again = answers.value(3).toInt();
    summary.nextDueMs = SqlValues::optionalInt64(nextDue.value(0));
    return summary;
}
