// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscsv.h"

#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

class Table
{
public:
    explicit Table(QString *out) : m_stream(out)
    {
        m_stream << "section,date,group,measure,value\r\n";
    }

    void row(const QString &section, QDate date, const QString &group, const QString &measure, double value)
    {
        m_stream << section << ',' << (date.isValid() ? date.toString(Qt::ISODate) : QString()) << ',' << field(group) << ',' << measure << ','
                 << QString::number(value, 'g', 10) << "\r\n";
    }

private:
    QTextStream m_stream;
};

QString binLabel(const Distribution &distribution, qsizetype bin)
{
    const double to = distribution.edges.at(bin + 1);
    return std::isinf(to) ? u"%1+"_s.arg(distribution.edges.at(bin)) : u"%1-%2"_s.arg(distribution.edges.at(bin)).arg(to);
}

void distribution(Table &table, const QString &section, const Distribution &values)
{
    for (qsizetype bin = 0; bin < values.counts.size(); ++bin) {
        table.row(section, {}, binLabel(values, bin), u"cards"_s, values.counts.at(bin));
    }
    table.row(section, {}, {}, u"mean"_s, values.mean());
}

void groups(Table &table, const QString &section, const QList<GroupStats> &list)
{
    for (const GroupStats &group : list) {
        table.row(section, {}, group.name, u"total"_s, group.counts.total);
        table.row(section, {}, group.name, u"new"_s, group.counts.newCards);
        table.row(section, {}, group.name, u"learning"_s, group.counts.learning);
        table.row(section, {}, group.name, u"review"_s, group.counts.review);
        table.row(section, {}, group.name, u"relearning"_s, group.counts.relearning);
        table.row(section, {}, group.name, u"suspended"_s, group.counts.suspended);
        table.row(section, {}, group.name, u"mastery_now"_s, group.masteryNow());
        table.row(section, {}, group.name, u"mastery_on_interview"_s, group.masteryOnDate());
    }
}

void retention(Table &table, const QString &section, const QList<RetentionPeriod> &periods)
{
    for (const RetentionPeriod &period : periods) {
        table.row(section, period.start, {}, u"answers"_s, period.answers);
        table.row(section, period.start, {}, u"passed"_s, period.passed);
        table.row(section, period.start, {}, u"true_retention"_s, period.rate());
    }
}
}

QString StatsCsv::write(const DashboardStats &stats)
{
    QString out;
    {
        Table table(&out);
        const TodayStats &today = stats.todayStats;
        table.row(u"today"_s, stats.today, {}, u"answers"_s, today.answered.total());
        table.row(u"today"_s, stats.today, {}, u"again"_s, today.answered.again);
        table.row(u"today"_s, stats.today, {}, u"again_rate"_s, today.againRate());
        table.row(u"today"_s, stats.today, {}, u"seconds"_s, today.answered.durationMs / 1000.0);
        table.row(u"today"_s, stats.today, {}, u"due_now"_s, today.dueNow);
        table.row(u"streak"_s, stats.today, {}, u"current"_s, stats.streaks.current);
        table.row(u"streak"_s, stats.today, {}, u"longest"_s, stats.streaks.longest);

        for (const DayActivity &day : stats.activity) {
            table.row(u"reviews"_s, day.day, {}, u"learning"_s, day.learning);
            table.row(u"reviews"_s, day.day, {}, u"young"_s, day.young);
            table.row(u"reviews"_s, day.day, {}, u"mature"_s, day.mature);
            table.row(u"reviews"_s, day.day, {}, u"relearning"_s, day.relearning);
            table.row(u"reviews"_s, day.day, {}, u"filtered"_s, day.filtered);
            table.row(u"reviews"_s, day.day, {}, u"again"_s, day.again);
            table.row(u"reviews"_s, day.day, {}, u"seconds"_s, day.durationMs / 1000.0);
        }
        table.row(u"retention"_s, {}, {}, u"desired"_s, stats.desiredRetention);
        table.row(u"retention"_s, {}, {}, u"true_retention"_s, stats.retention.rate());
        retention(table, u"retention_week"_s, stats.retentionByWeek);
        retention(table, u"retention_month"_s, stats.retentionByMonth);
        for (const DueDay &day : stats.forecast) {
            table.row(u"forecast"_s, day.day, {}, u"due"_s, day.due);
        }

        const StateCounts &counts = stats.cards.counts;
        table.row(u"cards"_s, {}, {}, u"total"_s, counts.total);
        table.row(u"cards"_s, {}, {}, u"new"_s, counts.newCards);
        table.row(u"cards"_s, {}, {}, u"learning"_s, counts.learning);
        table.row(u"cards"_s, {}, {}, u"review"_s, counts.review);
        table.row(u"cards"_s, {}, {}, u"relearning"_s, counts.relearning);
        table.row(u"cards"_s, {}, {}, u"suspended"_s, counts.suspended);
        table.row(u"cards"_s, {}, {}, u"estimated_known"_s, stats.cards.knowledge);
        groups(table, u"deck"_s, stats.cards.decks);
        groups(table, u"topic"_s, stats.cards.topics);
        distribution(table, u"stability_days"_s, stats.cards.stability);
        distribution(table, u"difficulty_percent"_s, stats.cards.difficulty);
        distribution(table, u"retrievability_percent"_s, stats.cards.retrievability);

        for (const DesignRound &round : stats.designRounds.rounds) {
            table.row(u"design_round"_s, round.day, round.promptKey, u"seconds"_s, round.timeUsedMs / 1000.0);
            table.row(u"design_round"_s, round.day, round.promptKey, u"rubric_score"_s, round.score());
        }
    }
    return out;
}
