// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstats.h"

#include "storage/sqlfile.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

double GroupStats::masteryNow() const
{
    const int studied = counts.total - counts.suspended;
    return studied > 0 ? retrievabilityNow / studied : 0.0;
}

double GroupStats::masteryOnDate() const
{
    const int studied = counts.total - counts.suspended;
    return studied > 0 ? retrievabilityOnDate / studied : 0.0;
}

double Distribution::mean() const
{
    return values > 0 ? sum / values : 0.0;
}

void Distribution::add(double value)
{
    const auto upper = std::upper_bound(edges.cbegin(), edges.cend(), value);
    const qsizetype bin = std::clamp<qsizetype>(upper - edges.cbegin() - 1, 0, counts.size() - 1);
    ++counts[bin];
    sum += value;
    ++values;
}

namespace
{
Distribution evenBins(double from, double to, int bins)
{
    Distribution result;
    for (int i = 0; i <= bins; ++i) {
        result.edges.append(from + (to - from) * i / bins);
    }
    result.counts.fill(0, bins);
    return result;
}

Distribution stabilityBins()
{
    Distribution result;
    result.edges = {0, 1, 2, 4, 7, 14, 21, 30, 60, 90, 180, 365, std::numeric_limits<double>::infinity()};
    result.counts.fill(0, result.edges.size() - 1);
    return result;
}

void count(StateCounts &counts, int state, bool suspended)
{
    ++counts.total;
    if (suspended) {
        ++counts.suspended;
        return;
    }
    switch (Fsrs::CardState(state)) {
    case Fsrs::CardState::New:
        ++counts.newCards;
        break;
    case Fsrs::CardState::Learning:
        ++counts.learning;
        break;
    case Fsrs::CardState::Review:
        ++counts.review;
        break;
    case Fsrs::CardState::Relearning:
        ++counts.relearning;
        break;
    }
}

/// Groups by name, created on first sight; sorted by name at the end.
class Groups
{
public:
    GroupStats &operator[](const QString &name)
    {
        const auto it = m_index.constFind(name);
        if (it != m_index.cend()) {
            return m_groups[*it];
        }
        m_index.insert(name, m_groups.size());
        m_groups.append(GroupStats {name, {}, 0, 0});
        return m_groups.last();
    }

    [[nodiscard]] QList<GroupStats> sorted() &&
    {
        std::sort(m_groups.begin(), m_groups.end(), [](const GroupStats &a, const GroupStats &b) {
            return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
        });
        return std::move(m_groups);
    }

private:
    QList<GroupStats> m_groups;
    QHash<QString, qsizetype> m_index;
};
}

std::optional<CardStats> CardStats::load(const QSqlDatabase &db, const Fsrs::FsrsParameters &params, qint64 nowMs, qint64 projectionMs, QString *error)
{
    QHash<qint64, QString> deckNames;
    QSqlQuery decks = SqlFile::prepare(db, u"stats/decks"_s);
    if (!decks.exec()) {
        *error = decks.lastError().text();
        return std::nullopt;
    }
    while (decks.next()) {
        deckNames.insert(decks.value(0).toLongLong(), decks.value(1).toString());
    }

    CardStats result;
    result.stability = stabilityBins();
    result.difficulty = evenBins(0, 100, 10);
    result.retrievability = evenBins(0, 100, 20);
    Groups decksByName;
    Groups topicsByName;
    // A collection has few distinct tag strings: split each once, not once per card.
    QHash<QString, QStringList> tagLists;

    QSqlQuery query = SqlFile::prepare(db, u"stats/cards"_s);
    query.setForwardOnly(true);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    Fsrs::FsrsCard card;
    while (query.next()) {
        const int state = query.value(2).toInt();
        const bool suspended = query.value(3).toInt() != 0;
        GroupStats &deck = decksByName[deckNames.value(query.value(0).toLongLong())];
        const QString tags = query.value(1).toString();
        auto tagList = tagLists.constFind(tags);
        if (tagList == tagLists.cend()) {
            tagList = tagLists.insert(tags, tags.split(u' ', Qt::SkipEmptyParts));
        }
        count(result.counts, state, suspended);
        count(deck.counts, state, suspended);
        for (const QString &tag : *tagList) {
            count(topicsByName[tag].counts, state, suspended);
        }
        if (suspended || state == 0 || query.isNull(4) || query.isNull(6)) {
            continue;
        }

        card.state = Fsrs::CardState(state);
        card.stability = query.value(4).toDouble();
        card.lastReviewMs = query.value(6).toLongLong();
        const double now = Fsrs::retrievability(card, nowMs, params);
        const double onDate = Fsrs::retrievability(card, projectionMs, params);
        result.knowledge += now;
        result.stability.add(*card.stability);
        result.retrievability.add(now * 100.0);
        if (!query.isNull(5)) {
            result.difficulty.add((query.value(5).toDouble() - 1.0) / 9.0 * 100.0);
        }
        deck.retrievabilityNow += now;
        deck.retrievabilityOnDate += onDate;
        for (const QString &tag : *tagList) {
            GroupStats &topic = topicsByName[tag];
            topic.retrievabilityNow += now;
            topic.retrievabilityOnDate += onDate;
        }
    }
    result.decks = std::move(decksByName).sorted();
    result.topics = std::move(topicsByName).sorted();
    return result;
}
