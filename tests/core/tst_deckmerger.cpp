// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/deckmerger.h"
#include "collection.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
using Sources = QList<DeckMerger::Source>;

Sources fixtureSet(const QString &name)
{
    return DeckMerger::sourcesIn(TestSupport::testData(u"decks/"_s + name));
}

/// Every row of a table with every column as SQLite returned it, in rowid order: equal dumps
/// mean the rows are unchanged value for value and type for type.
QList<QVariantList> dump(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table))) {
        qWarning() << query.lastError().text();
        return {};
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column) {
            const QVariant value = query.value(column);
            row.append(value.isNull() ? QVariant(u"<null>"_s) : QVariant(u"%1:%2"_s.arg(QString::fromLatin1(value.typeName()), value.toString())));
            row.append(value);
        }
        rows.append(row);
    }
    return rows;
}

struct CardRow {
    qint64 id = -1;
    QString deck;
    QString kind;
    QString front;
    QString back;
    QString tags;
    QString source;
    QString followUps;
    int retired = -1;
    qint64 createdAt = -1;
    qint64 modifiedAt = -1;
};

CardRow card(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT c.id, d.key, c.kind, c.front, c.back, c.tags, c.source, c.follow_ups, c.retired, c.created_at, c.modified_at "
                  "FROM cards c JOIN decks d ON d.id = c.deck_id WHERE c.key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toString(),
            query.value(6).toString(),
            query.value(7).toString(),
            query.value(8).toInt(),
            query.value(9).toLongLong(),
            query.value(10).toLongLong()};
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + u" in "_s + sql));
}

/// A schedule and two reviews for a card: what a user's history looks like.
void giveHistory(const QSqlDatabase &db, qint64 cardId, int seed)
{
    exec(db,
         u"INSERT INTO card_state (card_id, state, step, stability, difficulty, due, last_review, reps, lapses, suspended, buried_until, flag) "
         "VALUES (%1, 2, NULL, %2, 5.123456789012345, %3, 1700000000000, 4, 1, 0, NULL, %4)"_s.arg(cardId)
             .arg(12.3456789012345 + seed, 0, 'g', 17)
             .arg(1700000000000LL + seed)
             .arg(seed % 8));
    for (int i = 0; i < 2; ++i) {
        exec(db,
             u"INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after, stability, difficulty, interval_seconds, "
             "last_interval_seconds, elapsed_days, duration_ms) VALUES (%1, %2, %3, 1, 1, 2, 3.25, 4.75, 86400, 0, NULL, %4)"_s.arg(cardId)
                 .arg(1690000000000LL + seed * 100 + i)
                 .arg(1 + (seed + i) % 4)
                 .arg(4200 + i));
    }
}

DeckMerger::Options at(qint64 now, bool useFastPath = true)
{
    DeckMerger::Options options;
    options.now = now;
    options.useFastPath = useFastPath;
    return options;
}

QString describe(const DeckMerger::Report &report)
{
    QStringList lines {u"ok=%1 upToDate=%2 decks +%3 ~%4 cards +%5 ~%6 -%7 restored %8 %9"_s.arg(report.ok)
                           .arg(report.upToDate)
                           .arg(report.decksAdded)
                           .arg(report.decksUpdated)
                           .arg(report.added)
                           .arg(report.updated)
                           .arg(report.retired)
                           .arg(report.restored)
                           .arg(report.error)};
    for (const auto &problem : report.problems) {
        lines.append(problem.toString());
    }
    return lines.join(u'\n');
}

QByteArray withoutLines(QByteArray bytes, const QByteArray &text)
{
    bytes.replace(text, QByteArray());
    return bytes;
}
}

class TestDeckMerger : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_database = Database::open(DataDir::databasePath(m_dir->path()), &error);
        QVERIFY2(m_database, qPrintable(error));
        m_db = m_database->connection();
    }

    void cleanup()
    {
        m_db = {};
        m_database.reset();
        m_dir.reset();
    }

    void mergesIntoAnEmptyDatabase()
    {
        const auto report = DeckMerger(m_db).merge(fixtureSet(u"merge-a"_s), at(1000));
        QVERIFY2(report.ok && report.problems.isEmpty(), qPrintable(describe(report)));
        QVERIFY(!report.upToDate);
        QCOMPARE(report.decksAdded, 2);
        QCOMPARE(report.added, 5);
        QCOMPARE(report.updated + report.retired + report.restored + report.decksUpdated, 0);
        QVERIFY(report.changedAnything());

        QCOMPARE(count(m_db, u"SELECT count(*) FROM decks WHERE origin = 'builtin'"_s), 2);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM cards WHERE retired = 0"_s), 5);
        QSqlQuery deck(m_db);
        QVERIFY(deck.exec(u"SELECT name, topic, description, created_at FROM decks WHERE key = 'alpha'"_s) && deck.next());
        QCOMPARE(deck.value(0).toString(), u"Alpha"_s);
        QCOMPARE(deck.value(1).toString(), u"attention"_s);
        QCOMPARE(deck.value(2).toString(), u"The first deck."_s);
        QCOMPARE(deck.value(3).toLongLong(), 1000);

        const CardRow one = card(m_db, u"alpha-one"_s);
        QCOMPARE(one.deck, u"alpha"_s);
        QCOMPARE(one.kind, u"basic"_s);
        QCOMPARE(one.front, u"One?"_s);
        QCOMPARE(one.back, u"Answer one."_s);
        QCOMPARE(one.tags, u"numbers"_s);
        QCOMPARE(one.source, u"Source A"_s);
        QCOMPARE(one.followUps, u"alpha-two"_s);
        QCOMPARE(one.retired, 0);
        QCOMPARE(one.createdAt, 1000);
        QCOMPARE(one.modifiedAt, 1000);

        const CardRow levels = card(m_db, u"beta-one"_s);
        QCOMPARE(levels.kind, u"three-level"_s);
        QCOMPARE(levels.back, u"**Technical**\n\nT.\n\n**Architectural**\n\nA.\n\n**Business**\n\nB."_s);

        QCOMPARE(count(m_db, u"SELECT count(*) FROM card_state"_s), 0);
        QCOMPARE(SettingsStore(m_db).value(DeckMerger::HashSettingKey), DeckMerger::hashOf(fixtureSet(u"merge-a"_s)));
    }

    void remergingIsANoOp()
    {
        const Sources sources = fixtureSet(u"merge-a"_s);
        QVERIFY(DeckMerger(m_db).merge(sources, at(1000)).ok);
        const auto cardsBefore = dump(m_db, u"cards"_s);
        const auto decksBefore = dump(m_db, u"decks"_s);

        const auto fast = DeckMerger(m_db).merge(sources, at(2000));
        QVERIFY2(fast.ok && fast.upToDate, qPrintable(describe(fast)));
        QVERIFY(!fast.changedAnything());

        const auto full = DeckMerger(m_db).merge(sources, at(3000, false));
        QVERIFY2(full.ok && !full.upToDate && full.problems.isEmpty(), qPrintable(describe(full)));
        QVERIFY2(!full.changedAnything(), qPrintable(describe(full)));
        QCOMPARE(dump(m_db, u"cards"_s), cardsBefore);
        QCOMPARE(dump(m_db, u"decks"_s), decksBefore);
    }

    void upgradeKeepsHistoryAndRetiresRemovedCards()
    {
        QVERIFY(DeckMerger(m_db).merge(fixtureSet(u"merge-a"_s), at(1000)).ok);
        const CardRow oneBefore = card(m_db, u"alpha-one"_s);
        const CardRow twoBefore = card(m_db, u"alpha-two"_s);
        const CardRow threeBefore = card(m_db, u"alpha-three"_s);
        const CardRow movesBefore = card(m_db, u"alpha-moves"_s);
        giveHistory(m_db, oneBefore.id, 1);
        giveHistory(m_db, twoBefore.id, 2);
        giveHistory(m_db, threeBefore.id, 3);
        giveHistory(m_db, movesBefore.id, 4);
        const auto stateBefore = dump(m_db, u"card_state"_s);
        const auto logBefore = dump(m_db, u"review_log"_s);
        QCOMPARE(stateBefore.size(), 4);
        QCOMPARE(logBefore.size(), 8);

        // Set B: alpha-one's answer changed, alpha-three removed, alpha-moves moved to beta,
        // beta-new added.
        const auto upgrade = DeckMerger(m_db).merge(fixtureSet(u"merge-b"_s), at(2000));
        QVERIFY2(upgrade.ok && upgrade.problems.isEmpty(), qPrintable(describe(upgrade)));
        QCOMPARE(upgrade.added, 1);
        QCOMPARE(upgrade.updated, 2);
        QCOMPARE(upgrade.retired, 1);
        QCOMPARE(upgrade.restored, 0);
        QCOMPARE(upgrade.decksAdded + upgrade.decksUpdated, 0);

        QCOMPARE(dump(m_db, u"card_state"_s), stateBefore);
        QCOMPARE(dump(m_db, u"review_log"_s), logBefore);

        const CardRow one = card(m_db, u"alpha-one"_s);
        QCOMPARE(one.id, oneBefore.id);
        QCOMPARE(one.back, u"Answer one, corrected."_s);
        QCOMPARE(one.createdAt, 1000);
        QCOMPARE(one.modifiedAt, 2000);
        QCOMPARE(one.retired, 0);

        const CardRow two = card(m_db, u"alpha-two"_s);
        QCOMPARE(two.id, twoBefore.id);
        QCOMPARE(two.modifiedAt, 1000);

        const CardRow three = card(m_db, u"alpha-three"_s);
        QCOMPARE(three.id, threeBefore.id);
        QCOMPARE(three.retired, 1);
        QCOMPARE(three.back, threeBefore.back);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM review_log WHERE card_id = %1"_s.arg(three.id)), 2);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM card_state WHERE card_id = %1"_s.arg(three.id)), 1);

        const CardRow moves = card(m_db, u"alpha-moves"_s);
        QCOMPARE(moves.id, movesBefore.id);
        QCOMPARE(moves.deck, u"beta"_s);
        QCOMPARE(moves.modifiedAt, 2000);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM review_log WHERE card_id = %1"_s.arg(moves.id)), 2);

        const CardRow added = card(m_db, u"beta-new"_s);
        QVERIFY(added.id > 0);
        QCOMPARE(added.deck, u"beta"_s);
        QCOMPARE(added.createdAt, 2000);
        QCOMPARE(added.retired, 0);

        // Back to set A: the removed card returns with its history, the added one is retired.
        const auto downgrade = DeckMerger(m_db).merge(fixtureSet(u"merge-a"_s), at(3000));
        QVERIFY2(downgrade.ok && downgrade.problems.isEmpty(), qPrintable(describe(downgrade)));
        QCOMPARE(downgrade.restored, 1);
        QCOMPARE(downgrade.updated, 2); // alpha-one's text and alpha-moves' deck
        QCOMPARE(downgrade.retired, 1);
        QCOMPARE(downgrade.added, 0);
        const CardRow back = card(m_db, u"alpha-three"_s);
        QCOMPARE(back.id, threeBefore.id);
        QCOMPARE(back.retired, 0);
        QCOMPARE(back.modifiedAt, 3000);
        QCOMPARE(card(m_db, u"alpha-moves"_s).deck, u"alpha"_s);
        QCOMPARE(card(m_db, u"beta-new"_s).retired, 1);
        QCOMPARE(dump(m_db, u"card_state"_s), stateBefore);
        QCOMPARE(dump(m_db, u"review_log"_s), logBefore);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM cards"_s), 6);
    }

    void deckMetadataChangesAreUpdated()
    {
        Sources sources = fixtureSet(u"merge-a"_s);
        QVERIFY(DeckMerger(m_db).merge(sources, at(1000)).ok);
        sources[0].contents.replace("# Alpha\n", "# Alpha, renamed\n");
        const auto report = DeckMerger(m_db).merge(sources, at(2000));
        QVERIFY2(report.ok, qPrintable(describe(report)));
        QCOMPARE(report.decksUpdated, 1);
        QCOMPARE(report.updated, 0);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM decks WHERE name = 'Alpha, renamed'"_s), 1);
    }

    void tagsSourceFollowUpsAndKindAreUpdated_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addRow("tags") << QByteArray("tags: numbers\n") << QByteArray("tags: numbers, lora\n");
        QTest::addRow("source") << QByteArray("source: Source A\nfollow-up") << QByteArray("source: Source C\nfollow-up");
        QTest::addRow("follow-ups") << QByteArray("follow-up: alpha-two\n") << QByteArray("follow-up: alpha-two, alpha-three\n");
        QTest::addRow("front") << QByteArray("One?") << QByteArray("One, really?");
        QTest::addRow("kind") << QByteArray("### Front\nOne?\n\n### Back\nAnswer one.")
                              << QByteArray("kind: three-level\n\n### Front\nOne?\n\n### Technical\nT\n### Architectural\nA\n### Business\nB");
    }

    void tagsSourceFollowUpsAndKindAreUpdated()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        Sources sources = fixtureSet(u"merge-a"_s);
        QCOMPARE(sources.at(0).name, u"alpha.md"_s);
        QVERIFY(DeckMerger(m_db).merge(sources, at(1000)).ok);
        QVERIFY(sources[0].contents.contains(from));
        sources[0].contents.replace(from, to);
        const auto report = DeckMerger(m_db).merge(sources, at(2000));
        QVERIFY2(report.ok && report.problems.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.updated, 1);
        QCOMPARE(card(m_db, u"alpha-one"_s).modifiedAt, 2000);
    }

    void aBrokenCardIsKeptAsItWas()
    {
        Sources sources = fixtureSet(u"merge-a"_s);
        QVERIFY(DeckMerger(m_db).merge(sources, at(1000)).ok);
        // alpha-two loses its answer and gains a typo: reported, neither updated nor retired.
        sources[0].contents.replace("### Back\nAnswer two.\n", "sorce: typo\n");
        const auto report = DeckMerger(m_db).merge(sources, at(2000));
        QVERIFY(report.ok);
        QVERIFY(!report.problems.isEmpty());
        QCOMPARE(report.problems.constFirst().cardKey, u"alpha-two"_s);
        QCOMPARE(report.retired, 0);
        QCOMPARE(report.updated, 0);
        const CardRow two = card(m_db, u"alpha-two"_s);
        QCOMPARE(two.retired, 0);
        QCOMPARE(two.back, u"Answer two."_s);
    }

    void aFileWithoutDeckIdRetiresNothing()
    {
        Sources sources = fixtureSet(u"merge-a"_s);
        QVERIFY(DeckMerger(m_db).merge(sources, at(1000)).ok);
        sources[0].contents = withoutLines(sources[0].contents, "deck-id: alpha\n");
        sources[1].contents = withoutLines(sources[1].contents, "kind: three-level\n"); // beta-one breaks too
        const auto report = DeckMerger(m_db).merge(sources, at(2000));
        QVERIFY(report.ok);
        QCOMPARE(report.retired, 0);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM cards WHERE retired = 1"_s), 0);
        bool named = false;
        for (const auto &problem : report.problems) {
            named = named || (problem.file == u"alpha.md"_s && problem.message.contains(u"no card was retired"_s));
        }
        QVERIFY2(named, qPrintable(describe(report)));
    }

    void anEmptySetChangesNothing()
    {
        QVERIFY(DeckMerger(m_db).merge(fixtureSet(u"merge-a"_s), at(1000)).ok);
        const auto cards = dump(m_db, u"cards"_s);
        const auto report = DeckMerger(m_db).merge(Sources {}, at(2000, false));
        QVERIFY(report.ok);
        QVERIFY(!report.changedAnything());
        QCOMPARE(dump(m_db, u"cards"_s), cards);
        QVERIFY(DeckMerger::sourcesIn(TestSupport::testData(u"decks/no-such-folder"_s)).isEmpty());
    }

    void duplicateIdsAcrossFilesKeepTheFirst()
    {
        Sources sources = fixtureSet(u"merge-a"_s);
        // beta.md also defines alpha-one; alpha.md sorts first and wins.
        sources[1].contents += "\n## alpha-one\nsource: S\n\n### Front\nImpostor?\n\n### Back\nYes.\n";
        sources.append({u"zeta.md"_s, "# Zeta\ndeck-id: alpha\n"});
        const auto report = DeckMerger(m_db).merge(sources, at(1000));
        QVERIFY(report.ok);
        QCOMPARE(report.added, 5);
        QCOMPARE(card(m_db, u"alpha-one"_s).front, u"One?"_s);
        QCOMPARE(report.problems.size(), 2);
        QVERIFY2(report.problems.at(0).message.contains(u"also used in alpha.md"_s), qPrintable(describe(report)));
        QVERIFY2(report.problems.at(1).message.contains(u"deck-id 'alpha' is also used by alpha.md"_s), qPrintable(describe(report)));
    }

    void usersOwnDecksAndCardsAreNeverTaken()
    {
        exec(m_db, u"INSERT INTO decks (key, name, origin, created_at) VALUES ('alpha', 'My alpha', 'user', 1)"_s);
        exec(m_db, u"INSERT INTO decks (key, name, origin, created_at) VALUES ('mine', 'Mine', 'import', 1)"_s);
        exec(
            m_db,
            u"INSERT INTO cards (key, deck_id, front, back, created_at, modified_at) SELECT 'beta-one', id, 'my front', 'my back', 1, 1 FROM decks WHERE key = 'mine'"_s);
        const auto userRows = dump(m_db, u"cards"_s);

        const auto report = DeckMerger(m_db).merge(fixtureSet(u"merge-a"_s), at(1000));
        QVERIFY(report.ok);
        QCOMPARE(report.added, 0);
        QCOMPARE(report.decksAdded, 1); // beta
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(dump(m_db, u"cards"_s), userRows);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM decks WHERE key = 'alpha' AND origin = 'user' AND name = 'My alpha'"_s), 1);

        // A later merge does not retire the user's card either.
        const auto again = DeckMerger(m_db).merge(fixtureSet(u"merge-b"_s), at(2000));
        QVERIFY(again.ok);
        QCOMPARE(card(m_db, u"beta-one"_s).retired, 0);
        QCOMPARE(card(m_db, u"beta-one"_s).front, u"my front"_s);
    }

    void aFailedMergeWritesNothing()
    {
        exec(m_db, u"CREATE TRIGGER refuse BEFORE INSERT ON cards WHEN NEW.key = 'beta-one' BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s);
        const auto report = DeckMerger(m_db).merge(fixtureSet(u"merge-a"_s), at(1000));
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(u"refused by test"_s), qPrintable(report.error));
        QVERIFY(!report.changedAnything());
        QCOMPARE(count(m_db, u"SELECT count(*) FROM cards"_s), 0);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM decks"_s), 0);
        QVERIFY(SettingsStore(m_db).value(DeckMerger::HashSettingKey).isEmpty());

        exec(m_db, u"DROP TRIGGER refuse"_s);
        const auto retry = DeckMerger(m_db).merge(fixtureSet(u"merge-a"_s), at(1000));
        QVERIFY2(retry.ok && retry.added == 5, qPrintable(describe(retry)));
    }

    void hashCoversNamesAndContentsNotOrder()
    {
        const Sources sources = fixtureSet(u"merge-a"_s);
        const QString hash = DeckMerger::hashOf(sources);
        QCOMPARE(hash.size(), 40);
        Sources reversed(sources.crbegin(), sources.crend());
        QCOMPARE(DeckMerger::hashOf(reversed), hash);
        Sources renamed = sources;
        renamed[0].name = u"alpha2.md"_s;
        QVERIFY(DeckMerger::hashOf(renamed) != hash);
        Sources edited = sources;
        edited[1].contents += ' ';
        QVERIFY(DeckMerger::hashOf(edited) != hash);
        // Moving bytes from one file's end to the next file's name must not collide.
        const Sources a {{u"a"_s, "xb"}, {u"c"_s, "d"}};
        const Sources b {{u"a"_s, "x"}, {u"bc"_s, "d"}};
        QVERIFY(DeckMerger::hashOf(a) != DeckMerger::hashOf(b));
    }

    void mergesTheCompiledInDecks()
    {
        const Sources builtin = DeckMerger::sourcesIn(DeckMerger::BuiltinDirectory);
        QVERIFY2(!builtin.isEmpty(), "the test links mlprep_resources");
        const auto first = DeckMerger(m_db).mergeBuiltin();
        QVERIFY2(first.ok, qPrintable(describe(first)));
        QVERIFY(first.added > 0);
        QCOMPARE(count(m_db, u"SELECT count(*) FROM cards"_s), first.added);

        QElapsedTimer timer;
        timer.start();
        const auto second = DeckMerger(m_db).mergeBuiltin();
        const qint64 fastMs = timer.elapsed();
        QVERIFY(second.upToDate);
        qInfo("fast path over %lld built-in files: %lld ms", qint64(builtin.size()), fastMs);
        QVERIFY2(fastMs < 100, qPrintable(u"the unchanged-decks check took %1 ms"_s.arg(fastMs)));

        DeckMerger::Options full;
        full.useFastPath = false;
        const auto third = DeckMerger(m_db).mergeBuiltin(full);
        QVERIFY2(third.ok && !third.changedAnything(), qPrintable(describe(third)));
    }

    void collectionOpenMergesTheBuiltinDecks()
    {
        TestSupport::TempDataDir dir;
        QString error;
        QElapsedTimer first;
        first.start();
        auto collection = Collection::open(dir.path(), &error);
        qInfo("creating a collection and merging every built-in deck: %lld ms", first.elapsed());
        QVERIFY2(collection, qPrintable(error));
        QVERIFY(count(collection->connection(), u"SELECT count(*) FROM cards WHERE retired = 0"_s) > 0);
        QVERIFY(!SettingsStore(collection->connection()).value(DeckMerger::HashSettingKey).isEmpty());
        const auto cards = dump(collection->connection(), u"cards"_s);
        collection.reset();

        QElapsedTimer timer;
        timer.start();
        auto reopened = Collection::open(dir.path(), &error);
        qInfo("reopening a collection with unchanged built-in decks: %lld ms", timer.elapsed());
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(dump(reopened->connection(), u"cards"_s), cards);
    }
};

QTEST_GUILESS_MAIN(TestDeckMerger)
#include "tst_deckmerger.moc"
