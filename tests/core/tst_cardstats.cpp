// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/cardstats.h"
#include "progress/forecast.h"
#include "statsfixture.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using StatsFixture::at;

namespace
{
/// FSRS-6's forgetting curve with the default decay, written out here so that the test does not trust the
/// code it checks: R = (1 + f·t/S)^(−w20) with f = 0.9^(−1/w20) − 1 and t in whole days.
double recall(qint64 fromMs, qint64 toMs, double stability)
{
    constexpr double Decay = 0.1542;
    const double factor = std::pow(0.9, -1.0 / Decay) - 1.0;
    const qint64 days = (toMs - fromMs) / StatsFixture::Day;
    return std::pow(1.0 + factor * double(days) / stability, -Decay);
}

/// The interview is on 30 April: mastery is projected to that day's start (4 am summer time).
qint64 interview()
{
    return at(4, 30, 4);
}

const GroupStats *find(const QList<GroupStats> &groups, const QString &name)
{
    for (const GroupStats &group : groups) {
        if (group.name == name) {
            return &group;
        }
    }
    return nullptr;
}
}

char *toString(const StateCounts &counts)
{
    return qstrdup(qPrintable(u"total %1 new %2 learning %3 review %4 relearning %5 suspended %6"_s.arg(counts.total)
                                  .arg(counts.newCards)
                                  .arg(counts.learning)
                                  .arg(counts.review)
                                  .arg(counts.relearning)
                                  .arg(counts.suspended)));
}

char *toString(const DueDay &day)
{
    return qstrdup(qPrintable(u"%1: %2"_s.arg(day.day.toString(Qt::ISODate)).arg(day.due)));
}

class TestCardStats : public QObject
{
    Q_OBJECT

private:
    StatsFixture::Collection m_collection;
    CardStats m_stats;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collection.isValid(), qPrintable(m_collection.errorText()));
        QVERIFY(m_collection.addCards());
        QString error;
        const auto stats = CardStats::load(m_collection.db(), Fsrs::FsrsParameters::defaults(), StatsFixture::now(), interview(), &error);
        QVERIFY2(stats, qPrintable(error));
        m_stats = *stats;
    }

    void liveCardsAreCountedByState()
    {
        // Retired card 9 and deleted card 10 are not counted; suspended card 8 counts only as suspended.
        QCOMPARE(m_stats.counts, (StateCounts {9, 1, 1, 5, 1, 1}));
    }

    void decksAndTopicsHaveTheirOwnCounts()
    {
        QCOMPARE(m_stats.decks.size(), 2);
        QCOMPARE(m_stats.decks.at(0).name, u"Alpha"_s);
        QCOMPARE(m_stats.decks.at(0).counts, (StateCounts {4, 0, 1, 1, 1, 1}));
        QCOMPARE(m_stats.decks.at(1).name, u"Beta"_s);
        QCOMPARE(m_stats.decks.at(1).counts, (StateCounts {5, 1, 0, 4, 0, 0}));

        QStringList names;
        for (const GroupStats &topic : m_stats.topics) {
            names.append(topic.name);
        }
        QCOMPARE(names, (QStringList {u"inference"_s, u"llm"_s, u"systems"_s}));
        QCOMPARE(find(m_stats.topics, u"llm"_s)->counts, (StateCounts {3, 0, 1, 0, 1, 1}));
        QCOMPARE(find(m_stats.topics, u"inference"_s)->counts, (StateCounts {2, 0, 1, 1, 0, 0}));
        QCOMPARE(find(m_stats.topics, u"systems"_s)->counts, (StateCounts {3, 1, 0, 2, 0, 0}));
    }

    void masteryIsMeanRecallWithUnseenCardsAtZero()
    {
        const qint64 now = StatsFixture::now();
        const double r4 = recall(at(3, 26, 2, 30), now, 21);
        const double r5 = recall(at(3, 30, 10), now, 100);
        const double r6 = recall(at(3, 29, 3, 30), now, 10);
        const double r11 = recall(at(3, 28, 23), now, 3);
        // Cards 1–3 were answered today: R = 1.
        QCOMPARE(find(m_stats.decks, u"Alpha"_s)->masteryNow(), 1.0);
        QCOMPARE(find(m_stats.decks, u"Beta"_s)->masteryNow(), (r4 + r5 + r6 + 0.0 + r11) / 5);
        QCOMPARE(find(m_stats.topics, u"systems"_s)->masteryNow(), (r5 + r6) / 3);
        // The suspended card is left out of its topic's mastery.
        QCOMPARE(find(m_stats.topics, u"llm"_s)->masteryNow(), 1.0);
        QCOMPARE(m_stats.knowledge, 3.0 + r4 + r5 + r6 + r11);

        const qint64 date = interview();
        QCOMPARE(find(m_stats.topics, u"llm"_s)->masteryOnDate(), (recall(at(3, 31, 8), date, 0.5) + recall(at(3, 31, 9), date, 2)) / 2);
        QCOMPARE(find(m_stats.topics, u"inference"_s)->masteryOnDate(), (recall(at(3, 31, 8), date, 0.5) + recall(at(3, 31, 14), date, 45)) / 2);
        QCOMPARE(find(m_stats.topics, u"systems"_s)->masteryOnDate(), (recall(at(3, 30, 10), date, 100) + recall(at(3, 29, 3, 30), date, 10)) / 3);
    }

    void memoryStateDistributions()
    {
        // Stabilities 0.5, 2, 45, 21, 100, 10 and 3 days; the suspended card is left out.
        QCOMPARE(m_stats.stability.counts, (QList<int> {1, 0, 2, 0, 1, 0, 1, 1, 0, 1, 0, 0}));
        QCOMPARE(m_stats.stability.mean(), 181.5 / 7);
        // Difficulties 5, 7, 3, 1, 10, 5.5, 4 → 44 %, 67 %, 22 %, 0 %, 100 % (last bin), 50 %, 33 %.
        QCOMPARE(m_stats.difficulty.counts, (QList<int> {1, 0, 1, 1, 1, 1, 1, 0, 0, 1}));
        // R is 1 for cards 1–3, about 0.97–0.998 for cards 4–6 and 0.925 for card 11.
        QList<int> retrievability(20, 0);
        retrievability[19] = 6;
        retrievability[18] = 1;
        QCOMPARE(m_stats.retrievability.counts, retrievability);
        QCOMPARE(m_stats.retrievability.values, 7);
    }

    void forecastCountsOverdueCardsToday()
    {
        QString error;
        const LocalDays days(StatsFixture::berlin(), 4);
        const auto forecast = Forecast::load(m_collection.db(), days, QDate(2026, 3, 31), 30, &error);
        QVERIFY2(forecast, qPrintable(error));
        QCOMPARE(forecast->size(), 30);
        QCOMPARE(forecast->first().day, QDate(2026, 3, 31));
        QCOMPARE(forecast->last().day, QDate(2026, 4, 29));
        QList<DueDay> expected;
        for (int i = 0; i < 30; ++i) {
            expected.append(DueDay {QDate(2026, 3, 31).addDays(i), 0});
        }
        expected[0].due = 4; // overdue card 6, then cards 1, 2 and 11 (buried, but due)
        expected[5].due = 1; // card 4
        expected[9].due = 1; // card 5
        QCOMPARE(*forecast, expected);
        QVERIFY(Forecast::load(m_collection.db(), days, QDate(2026, 3, 31), 0, &error)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCardStats)
#include "tst_cardstats.moc"
