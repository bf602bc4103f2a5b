// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"
#include "journal/journalcontroller.h"
#include "journal/journallistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
QVariantMap fields(const QString &title, const QString &decision)
{
    return {{u"id"_s, 0}, {u"title"_s, title}, {u"decision"_s, decision}, {u"day"_s, u"2026-03-09"_s}, {u"tags"_s, u"caching latency"_s}};
}
}

class TestJournalController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<JournalController> m_journal;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->path(), &error);
        QVERIFY2(m_collection, qPrintable(error));
        const qint64 now = QDateTime(QDate(2026, 3, 11), QTime(12, 0)).toMSecsSinceEpoch();
        m_journal = std::make_unique<JournalController>(*m_collection, [now] {
            return now;
        });
    }

    void cleanup()
    {
        m_journal.reset();
        m_collection.reset();
        m_dir.reset();
    }

    void createsEditsAndSearches()
    {
        QAbstractItemModelTester tester(m_journal->entries(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int redis = m_journal->save(fields(u"Cache features in Redis"_s, u"Redis with a TTL"_s));
        QVERIFY2(redis > 0, qPrintable(m_journal->errorText()));
        QVERIFY(m_journal->save(fields(u"Shard the embedding table"_s, u"Row-wise sharding"_s)) > 0);
        QCOMPARE(m_journal->entries()->rowCount(), 2);

        QVariantMap entry = m_journal->entry(redis);
        QCOMPARE(entry.value(u"title"_s).toString(), u"Cache features in Redis"_s);
        QCOMPARE(entry.value(u"tags"_s).toString(), u"caching latency"_s);
        QCOMPARE(entry.value(u"day"_s).toString(), u"2026-03-09"_s);
        entry[u"result"_s] = u"p99 from 40 ms to 6 ms"_s;
        QCOMPARE(m_journal->save(entry), redis);
        QCOMPARE(m_journal->entry(redis).value(u"result"_s).toString(), u"p99 from 40 ms to 6 ms"_s);

        QSignalSpy queryChanged(m_journal.get(), &JournalController::queryChanged);
        m_journal->setQuery(u"shard"_s);
        QCOMPARE(queryChanged.count(), 1);
        QCOMPARE(m_journal->entries()->rowCount(), 1);
        QCOMPARE(m_journal->entries()->index(0).data(JournalListModel::TitleRole).toString(), u"Shard the embedding table"_s);
        m_journal->setQuery(u"p99"_s);
        QCOMPARE(m_journal->entries()->rowCount(), 1);
        QCOMPARE(m_journal->entries()->rowOf(redis), 0);
        m_journal->setQuery({});
        QCOMPARE(m_journal->entries()->rowCount(), 2);
    }

    void newEntryDefaultsToToday()
    {
        const QVariantMap blank = m_journal->entry(0);
        QCOMPARE(blank.value(u"id"_s).toInt(), 0);
        QCOMPARE(blank.value(u"day"_s).toString(), u"2026-03-11"_s);
        QCOMPARE(m_journal->today(), u"2026-03-11"_s);
    }

    void refusesEmptyTitle()
    {
        QSignalSpy errors(m_journal.get(), &JournalController::errorTextChanged);
        QCOMPARE(m_journal->save(fields(u"  "_s, u"x"_s)), 0);
        QCOMPARE(errors.count(), 1);
        QVERIFY(!m_journal->errorText().isEmpty());
        QCOMPARE(m_journal->entries()->rowCount(), 0);
    }

    void deleteAndUndo()
    {
        const int id = m_journal->save(fields(u"Drop the nightly retrain"_s, u"Weekly"_s));
        QSignalSpy undo(m_journal.get(), &JournalController::undoChanged);
        QVERIFY(m_journal->remove(id));
        QCOMPARE(undo.count(), 1);
        QVERIFY(m_journal->canUndo());
        QVERIFY(m_journal->undoText().contains(u"Drop the nightly retrain"_s));
        QCOMPARE(m_journal->entries()->rowCount(), 0);
        QVERIFY(m_journal->undo());
        QVERIFY(!m_journal->canUndo());
        QCOMPARE(m_journal->entries()->rowCount(), 1);
        QCOMPARE(m_journal->entry(id).value(u"title"_s).toString(), u"Drop the nightly retrain"_s);
    }

    void linksCardsFoundByTheirFront()
    {
        const QString key = TestSupport::scalar(m_collection->connection(), u"SELECT key FROM cards WHERE deleted_at IS NULL ORDER BY id LIMIT 1"_s).toString();
        const QString front = TestSupport::scalar(m_collection->connection(), u"SELECT front FROM cards WHERE key = ?"_s, {key}).toString();
        QVERIFY2(!key.isEmpty(), "the built-in decks give the collection cards");
        const QVariantList found = m_journal->findCards(key);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().toMap().value(u"key"_s).toString(), key);

        QVariantMap entry = fields(u"Explain a design under pressure"_s, u"Drew the data flow first"_s);
        entry[u"cards"_s] = QVariantList {found.first()};
        const int id = m_journal->save(entry);
        QVERIFY2(id > 0, qPrintable(m_journal->errorText()));
        const QVariantList cards = m_journal->entry(id).value(u"cards"_s).toList();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().toMap().value(u"key"_s).toString(), key);
        QCOMPARE(cards.first().toMap().value(u"front"_s).toString(), front);
        QCOMPARE(m_journal->entries()->index(0).data(JournalListModel::CardCountRole).toInt(), 1);

        entry[u"id"_s] = id;
        entry[u"cards"_s] = QVariantList {QVariantMap {{u"key"_s, u"no-such-card"_s}}};
        QCOMPARE(m_journal->save(entry), 0);
        QCOMPARE(m_journal->entry(id).value(u"cards"_s).toList().size(), 1);
    }

    void exportsWhatTheListShows()
    {
        QVERIFY(m_journal->save(fields(u"Cache features in Redis"_s, u"Redis with a TTL"_s)) > 0);
        QVERIFY(m_journal->save(fields(u"Shard the embedding table"_s, u"Row-wise sharding"_s)) > 0);
        m_journal->setQuery(u"redis"_s);
        const QString path = m_dir->filePath(u"journal.md"_s);
        QVERIFY2(m_journal->exportMarkdown(QUrl::fromLocalFile(path)), qPrintable(m_journal->errorText()));
        const QString written = QString::fromUtf8(TestSupport::readAll(path));
        QCOMPARE(written, m_journal->markdown());
        QVERIFY(written.startsWith(u"# Decision journal\n\n## Cache features in Redis\n"_s));
        QVERIFY(!written.contains(u"Shard"_s));

        QVERIFY(!m_journal->exportMarkdown(QUrl::fromLocalFile(m_dir->filePath(u"missing/dir/journal.md"_s))));
        QVERIFY(!m_journal->errorText().isEmpty());
    }
};

QTEST_MAIN(TestJournalController)
#include "tst_journalcontroller.moc"
