// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journalmarkdown.h"
#include "journal/journalstore.h"
#include "studyfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::StudyFixture;

namespace
{
JournalEntry redisEntry()
{
    JournalEntry entry;
    entry.title = u"Cache features in Redis"_s;
    entry.context = u"Feature lookups took 40 ms at p99."_s;
    entry.constraints = u"Two weeks, no new infrastructure team."_s;
    entry.options = u"Redis; precompute into the model server; keep Postgres."_s;
    entry.decision = u"Redis with a 10-minute TTL."_s;
    entry.result = u"p99 fell to 6 ms."_s;
    entry.tags = {u"caching, latency"_s, u"Caching"_s};
    entry.day = QDate(2025, 3, 10);
    return entry;
}

JournalEntry titled(const QString &title, QDate day)
{
    JournalEntry entry;
    entry.title = title;
    entry.day = day;
    return entry;
}

QStringList titles(const std::optional<QList<JournalEntry>> &entries)
{
    QStringList result;
    for (const JournalEntry &entry : entries.value_or(QList<JournalEntry> {})) {
        result.append(entry.title);
    }
    return result;
}
}

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndReadsBack()
    {
        StudyFixture fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorText()));
        JournalStore store(fixture.db());
        const auto created = store.create(redisEntry(), QDate(2025, 3, 12), 5000);
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.changes, StoreChanges(StoreChange::Journal));
        const auto entry = store.entry(created.id);
        QVERIFY(entry);
        QCOMPARE(entry->title, u"Cache features in Redis"_s);
        QCOMPARE(entry->constraints, u"Two weeks, no new infrastructure team."_s);
        QCOMPARE(entry->tags, (QStringList {u"caching"_s, u"latency"_s}));
        QCOMPARE(entry->day, QDate(2025, 3, 10));
        QCOMPARE(entry->createdAt, 5000);
        QCOMPARE(entry->modifiedAt, 5000);

        const auto undated = store.create(titled(u"Undated"_s, QDate()), QDate(2025, 3, 12), 6000);
        QCOMPARE(store.entry(undated.id)->day, QDate(2025, 3, 12));
    }

    void refusesEmptyTitle()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        JournalStore store(fixture.db());
        QVERIFY(!store.create(titled(u"   "_s, QDate(2025, 3, 10)), QDate(), 0).ok());
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM journal_entries"_s).toInt(), 0);
    }

    void updatesAndReindexes()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        JournalStore store(fixture.db());
        const qint64 id = store.create(redisEntry(), QDate(), 5000).id;
        JournalEntry entry = *store.entry(id);
        entry.decision = u"Memcached after all."_s;
        entry.tags = {u"caching"_s};
        const auto updated = store.update(entry, 9000);
        QVERIFY2(updated.ok(), qPrintable(updated.error));
        QCOMPARE(store.entry(id)->decision, u"Memcached after all."_s);
        QCOMPARE(store.entry(id)->modifiedAt, 9000);
        QCOMPARE(store.entry(id)->createdAt, 5000);
        QString error;
        QCOMPARE(titles(store.search(u"memcached"_s, &error)), QStringList {u"Cache features in Redis"_s});
        QVERIFY2(titles(store.search(u"latency"_s, &error)).isEmpty(), "the old tag must leave the index");
    }

    void searchesWordsAsPrefixes()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        JournalStore store(fixture.db());
        QVERIFY(store.create(redisEntry(), QDate(), 1).ok());
        JournalEntry sharding = titled(u"Shard the embedding table"_s, QDate(2025, 3, 14));
        sharding.context = u"One GPU could not hold the table; latency budget 20 ms."_s;
        QVERIFY(store.create(sharding, QDate(), 2).ok());
        QVERIFY(store.create(titled(u"Drop the nightly retrain"_s, QDate(2025, 3, 1)), QDate(), 3).ok());

        QString error;
        QCOMPARE(titles(store.search({}, &error)), (QStringList {u"Shard the embedding table"_s, u"Cache features in Redis"_s, u"Drop the nightly retrain"_s}));
        QCOMPARE(titles(store.search(u"laten"_s, &error)), (QStringList {u"Shard the embedding table"_s, u"Cache features in Redis"_s}));
        QCOMPARE(titles(store.search(u"latency GPU"_s, &error)), QStringList {u"Shard the embedding table"_s});
        QCOMPARE(titles(store.search(u"ttl"_s, &error)), QStringList {u"Cache features in Redis"_s});
        // FTS syntax typed by the user is searched as words, never parsed.
        QCOMPARE(titles(store.search(u"\"nightly\" OR NEAR("_s, &error)), QStringList {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(titles(store.search(u"\"nightly"_s, &error)), QStringList {u"Drop the nightly retrain"_s});
    }

    void deleteIsUndoable()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        JournalStore store(fixture.db());
        const qint64 id = store.create(redisEntry(), QDate(), 1).id;
        const auto removed = store.remove(id, 7000);
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QVERIFY(!store.entry(id));
        QString error;
        QVERIFY(titles(store.search(u"redis"_s, &error)).isEmpty());
        QVERIFY2(!store.remove(id, 7001).ok(), "a deleted entry cannot be deleted again");
        QVERIFY2(!store.update(redisEntry(), 7002).ok(), "a deleted entry cannot be edited");

        const auto restored = store.restore(id);
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        QCOMPARE(store.entry(id)->title, u"Cache features in Redis"_s);
        QCOMPARE(titles(store.search(u"redis"_s, &error)), QStringList {u"Cache features in Redis"_s});
        QVERIFY2(!store.restore(id).ok(), "a live entry has nothing to restore");
    }

    void linksCardsByKey()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        const qint64 deck = fixture.addDeck(u"deck"_s);
        QVERIFY(fixture.addCard(deck));
        QVERIFY(fixture.addCard(deck));
        JournalStore store(fixture.db());

        JournalEntry entry = redisEntry();
        entry.cardKeys = {u"card-2"_s, u"card-9"_s};
        QVERIFY2(!store.create(entry, QDate(), 1).ok(), "a link to a card that does not exist is refused");
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM journal_entries"_s).toInt(), 0);

        entry.cardKeys = {u"card-2"_s, u"card-1"_s};
        const qint64 id = store.create(entry, QDate(), 1).id;
        QCOMPARE(store.entry(id)->cardKeys, (QStringList {u"card-1"_s, u"card-2"_s}));
        QVERIFY(store.unlinkCard(id, u"card-1"_s).ok());
        QCOMPARE(store.entry(id)->cardKeys, QStringList {u"card-2"_s});
        QVERIFY(store.linkCard(id, u"card-1"_s).ok());
        QVERIFY2(store.linkCard(id, u"card-1"_s).ok(), "linking twice is harmless");
        QCOMPARE(store.entry(id)->cardKeys, (QStringList {u"card-1"_s, u"card-2"_s}));
        QVERIFY(!store.linkCard(id, u"card-9"_s).ok());

        QString error;
        QCOMPARE(titles(store.entriesForCard(u"card-1"_s, &error)), QStringList {u"Cache features in Redis"_s});
        QVERIFY(titles(store.entriesForCard(u"card-3"_s, &error)).isEmpty());

        // An edit replaces the links with the form's list.
        JournalEntry edited = *store.entry(id);
        edited.cardKeys = {u"card-2"_s};
        QVERIFY(store.update(edited, 2).ok());
        QCOMPARE(store.entry(id)->cardKeys, QStringList {u"card-2"_s});
    }

    void exportsStarMarkdown()
    {
        StudyFixture fixture;
        QVERIFY(fixture.isValid());
        const qint64 deck = fixture.addDeck(u"deck"_s);
        QVERIFY(fixture.addCard(deck));
        JournalStore store(fixture.db());
        JournalEntry entry = redisEntry();
        entry.cardKeys = {u"card-1"_s};
        QVERIFY(store.create(entry, QDate(), 1).ok());
        QVERIFY(store.create(titled(u"Drop the nightly retrain"_s, QDate(2025, 3, 1)), QDate(), 2).ok());
        QString error;
        const QString markdown = JournalMarkdown::document(*store.search({}, &error));
        const QString expected = uR"(# Decision journal

## Cache features in Redis

*2025-03-10*  
**Tags:** `caching`, `latency`  
**Cards:** `card-1`

### Situation

Feature lookups took 40 ms at p99.

**Constraints:** Two weeks, no new infrastructure team.

### Task

Cache features in Redis

### Action

**Options considered:** Redis; precompute into the model server; keep Postgres.

**Decision:** Redis with a 10-minute TTL.

### Result

p99 fell to 6 ms.

## Drop the nightly retrain

*2025-03-01*

### Situation

_Not recorded yet._

### Task

Drop the nightly retrain

### Action

_Not recorded yet._

### Result

_Not recorded yet._
)"_s;
        QCOMPARE(markdown, expected);
    }

    void emptyJournalExportsHeadingOnly()
    {
        QCOMPARE(JournalMarkdown::document({}), u"# Decision journal\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
