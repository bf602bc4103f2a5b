// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "cards/studysettings.h"
#include "collection.h"
#include "progress/dashboardstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("StatsCommand", text);
}

/// A ratio, or null when there is nothing to divide: 0 % retention and "no answers yet" are different.
QJsonValue ratio(double value, int denominator)
{
    return denominator > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject counts(const StateCounts &counts)
{
    return {{u"total"_s, counts.total},
            {u"new"_s, counts.newCards},
            {u"learning"_s, counts.learning},
            {u"review"_s, counts.review},
            {u"relearning"_s, counts.relearning},
            {u"suspended"_s, counts.suspended}};
}

QJsonArray groups(const QList<GroupStats> &list)
{
    QJsonArray result;
    for (const GroupStats &group : list) {
        QJsonObject object = counts(group.counts);
        object.insert(u"name"_s, group.name);
        object.insert(u"mastery_now"_s, group.masteryNow());
        object.insert(u"mastery_on_interview"_s, group.masteryOnDate());
        result.append(object);
    }
    return result;
}

QJsonObject distribution(const Distribution &values)
{
    QJsonArray bins;
    for (qsizetype i = 0; i < values.counts.size(); ++i) {
        const double to = values.edges.at(i + 1);
        bins.append(QJsonObject {
            {u"from"_s, values.edges.at(i)}, {u"to"_s, std::isinf(to) ? QJsonValue(QJsonValue::Null) : QJsonValue(to)}, {u"cards"_s, values.counts.at(i)}});
    }
    return {{u"mean"_s, ratio(values.mean(), values.values)}, {u"cards"_s, values.values}, {u"bins"_s, bins}};
}

QJsonObject retentionByPeriod(const QList<RetentionPeriod> &periods, const QString &format)
{
    QJsonObject result;
    for (const RetentionPeriod &period : periods) {
        result.insert(period.start.toString(format), period.rate());
    }
    return result;
}

QJsonObject toJson(const DashboardStats &stats)
{
    QJsonObject byDay;
    QJsonObject byKind;
    for (const DayActivity &day : stats.activity) {
        const QString date = day.day.toString(Qt::ISODate);
        byDay.insert(date, day.total());
        byKind.insert(date,
                      QJsonObject {{u"learning"_s, day.learning},
                                   {u"young"_s, day.young},
                                   {u"mature"_s, day.mature},
                                   {u"relearning"_s, day.relearning},
                                   {u"filtered"_s, day.filtered},
                                   {u"time_seconds"_s, day.durationMs / 1000.0}});
    }
    QJsonArray forecast;
    for (const DueDay &day : stats.forecast) {
        forecast.append(QJsonObject {{u"date"_s, day.day.toString(Qt::ISODate)}, {u"due"_s, day.due}});
    }
    QJsonArray rounds;
    for (const DesignRound &round : stats.designRounds.rounds) {
        rounds.append(QJsonObject {{u"date"_s, round.day.toString(Qt::ISODate)},
                                   {u"prompt"_s, round.promptKey},
                                   {u"time_seconds"_s, round.timeUsedMs / 1000.0},
                                   {u"rubric_score"_s, ratio(round.score(), round.rubricTotal)}});
    }
    const TodayStats &today = stats.todayStats;
    const int scoredRounds = int(std::count_if(stats.designRounds.rounds.cbegin(), stats.designRounds.rounds.cend(), [](const DesignRound &round) {
        return round.rubricTotal > 0;
    }));

    QJsonObject cards = counts(stats.cards.counts);
    cards.insert(u"by_deck"_s, groups(stats.cards.decks));
    cards.insert(u"by_topic"_s, groups(stats.cards.topics));
    return {
        {u"date"_s, stats.today.toString(Qt::ISODate)},
        {u"interview_date"_s, stats.interviewDate.toString(Qt::ISODate)},
        {u"cards"_s, cards},
        {u"today"_s,
         QJsonObject {{u"answers"_s, today.answered.total()},
                      {u"time_seconds"_s, today.answered.durationMs / 1000.0},
                      {u"again"_s, today.answered.again},
                      {u"again_rate"_s, ratio(today.againRate(), today.answered.total())},
                      {u"due_now"_s, today.dueNow}}},
        {u"reviews"_s,
         QJsonObject {{u"total"_s, stats.answers()}, {u"time_seconds"_s, stats.durationMs() / 1000.0}, {u"by_day"_s, byDay}, {u"by_day_kind"_s, byKind}}},
        {u"retention"_s,
         QJsonObject {{u"true_retention"_s, ratio(stats.retention.rate(), stats.retention.answers)},
                      {u"desired_retention"_s, stats.desiredRetention},
                      {u"answers"_s, stats.retention.answers},
                      {u"passed"_s, stats.retention.passed},
                      {u"by_week"_s, retentionByPeriod(stats.retentionByWeek, u"yyyy-MM-dd"_s)},
                      {u"by_month"_s, retentionByPeriod(stats.retentionByMonth, u"yyyy-MM"_s)}}},
        {u"forecast"_s, forecast},
        {u"streak"_s, QJsonObject {{u"current"_s, stats.streaks.current}, {u"longest"_s, stats.streaks.longest}}},
        {u"fsrs"_s,
         QJsonObject {{u"stability_days"_s, distribution(stats.cards.stability)},
                      {u"difficulty_percent"_s, distribution(stats.cards.difficulty)},
                      {u"retrievability_percent"_s, distribution(stats.cards.retrievability)},
                      {u"estimated_known"_s, stats.cards.knowledge}}},
        {u"design_rounds"_s,
         QJsonObject {{u"done"_s, stats.designRounds.rounds.size()},
                      {u"time_seconds"_s, stats.designRounds.timeUsedMs() / 1000.0},
                      {u"mean_rubric_score"_s, ratio(stats.designRounds.meanScore(), scoredRounds)},
                      {u"rounds"_s, rounds}}},
    };
}

void printText(const DashboardStats &stats, QTextStream &out)
{
    const StateCounts &cards = stats.cards.counts;
    const TodayStats &today = stats.todayStats;
    out << tr("Cards: %1 (new %2, learning %3, review %4, relearning %5, suspended %6)")
               .arg(cards.total)
               .arg(cards.newCards)
               .arg(cards.learning)
               .arg(cards.review)
               .arg(cards.relearning)
               .arg(cards.suspended)
        << '\n'
        << tr("Today: %1 answers in %2 minutes, %3 again, %4 due now")
               .arg(today.answered.total())
               .arg(qRound(today.answered.durationMs / 60000.0))
               .arg(today.answered.again)
               .arg(today.dueNow)
        << '\n'
        << tr("Reviews: %1 in %2 minutes on %3 days").arg(stats.answers()).arg(qRound(stats.durationMs() / 60000.0)).arg(stats.activity.size()) << '\n'
        << tr("Streak: %1 days (longest %2)").arg(stats.streaks.current).arg(stats.streaks.longest) << '\n';
    if (stats.retention.answers > 0) {
        out << tr("True retention: %1 % of %2 review answers (desired %3 %)")
                   .arg(stats.retention.rate() * 100.0, 0, 'f', 1)
                   .arg(stats.retention.answers)
                   .arg(stats.desiredRetention * 100.0, 0, 'f', 0)
            << '\n';
    }
    int dueInWeek = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(7, stats.forecast.size()); ++i) {
        dueInWeek += stats.forecast.at(i).due;
    }
    out << tr("Due in the next 7 days: %1").arg(dueInWeek) << Qt::endl;
}
}

QString StatsCommand::name() const
{
    return u"stats"_s;
}

QString StatsCommand::summary() const
{
    return tr("Print the statistics: cards, reviews, retention, forecast, streaks (--json for machines).");
}

void StatsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(u"json"_s, tr("Print one JSON object.")));
}

int StatsCommand::run(const QCommandLineParser &parser, const CommandContext &context) const
{
    const auto collection = context.openCollection();
    if (!collection) {
        return ExitInput;
    }
    QString error;
    const auto stats
        = DashboardStats::compute(collection->connection(), StudySettings::load(collection->connection()), QDateTime::currentMSecsSinceEpoch(), &error);
    if (!stats) {
        context.err << "mlprep: " << tr("cannot read the statistics of %1: %2").arg(collection->dataDir(), error) << Qt::endl;
        return ExitInput;
    }
    if (parser.isSet(u"json"_s)) {
        context.out << QJsonDocument(toJson(*stats)).toJson(QJsonDocument::Indented);
        context.out.flush();
    } else {
        printText(*stats, context.out);
    }
    return ExitOk;
}
