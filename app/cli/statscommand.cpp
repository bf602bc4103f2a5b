// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "collection.h"
#include "progress/reviewstats.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString StatsCommand::name() const
{
    return u"stats"_s;
}

QString StatsCommand::summary() const
{
    return QCoreApplication::translate("StatsCommand", "Print card counts and review totals (--json for machines).");
}

void StatsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(u"json"_s, QCoreApplication::translate("StatsCommand", "Print one JSON object.")));
}

int StatsCommand::run(const QCommandLineParser &parser, const CommandContext &context) const
{
    const auto collection = context.openCollection();
    if (!collection) {
        return ExitInput;
    }
    const auto cards = ReviewStats::cardCounts(collection->connection());
    const auto reviews = ReviewStats::reviewTotals(collection->connection());

    if (!parser.isSet(u"json"_s)) {
        context.out << QCoreApplication::translate("StatsCommand", "Cards: %1 (new %2, learning %3, review %4, relearning %5, suspended %6)")
                           .arg(cards.total)
                           .arg(cards.newCards)
                           .arg(cards.learning)
                           .arg(cards.review)
                           .arg(cards.relearning)
                           .arg(cards.suspended)
                    << '\n'
                    << QCoreApplication::translate("StatsCommand", "Reviews: %1 in %2 minutes").arg(reviews.total).arg(qRound(reviews.timeSeconds / 60.0))
                    << Qt::endl;
        return ExitOk;
    }

    QJsonObject byDay;
    for (auto it = reviews.byDay.cbegin(); it != reviews.byDay.cend(); ++it) {
        byDay.insert(it.key().toString(Qt::ISODate), it.value());
    }
    const QJsonObject root {
        {u"cards"_s,
         QJsonObject {{u"total"_s, cards.total},
                      {u"new"_s, cards.newCards},
                      {u"learning"_s, cards.learning},
                      {u"review"_s, cards.review},
                      {u"relearning"_s, cards.relearning},
                      {u"suspended"_s, cards.suspended}}},
        {u"reviews"_s, QJsonObject {{u"total"_s, reviews.total}, {u"time_seconds"_s, reviews.timeSeconds}, {u"by_day"_s, byDay}}},
    };
    context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    context.out.flush();
    return ExitOk;
}
