// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardstore.h"
#include "board/practice/designround.h"
#include "board/practice/designroundstore.h"
#include "board/practice/promptlibrary.h"
#include "board/practice/stencillibrary.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Board;

namespace
{
DesignPrompt samplePrompt()
{
    DesignPrompt p;
    p.key = u"serve-13b-p99"_s;
    p.title = u"Serve a 13B model"_s;
    p.rubric = {{u"r1"_s, u"weights"_s}, {u"r2"_s, u"kv cache"_s}, {u"r3"_s, u"batching"_s}, {u"r4"_s, u"router"_s}};
    return p;
}
} // namespace

class TestDesignRound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_database = Database::open(DataDir::databasePath(m_dir->path()), &error);
        QVERIFY2(m_database, qPrintable(error));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    void builtinPromptsAreComplete()
    {
        const PromptLibrary library = PromptLibrary::builtin();
        QVERIFY(library.prompts().size() >= 12);
        int training = 0;
        int inference = 0;
        QSet<QString> keys;
        for (const DesignPrompt &p : library.prompts()) {
            QVERIFY2(p.rubric.size() >= 6 && p.rubric.size() <= 10, qPrintable(p.key));
            QVERIFY(!p.prompt.isEmpty());
            QCOMPARE(p.minutes, 35);
            QVERIFY(!keys.contains(p.key));
            keys.insert(p.key);
            QSet<QString> ids;
            for (const RubricItem &item : p.rubric) {
                QVERIFY(!item.text.isEmpty());
                ids.insert(item.id);
            }
            QCOMPARE(ids.size(), p.rubric.size());
            (p.kind == DesignPrompt::Kind::Training ? training : inference) += 1;
        }
        QVERIFY(training >= 6);
        QVERIFY(inference >= 6);
        QVERIFY(library.find(u"finetune-70b-64gpu"_s));
        QVERIFY(!library.find(u"nope"_s));
        QVERIFY(!PromptLibrary::parse(R"({"key":"x","title":"t"})"));
    }

    void builtinStencilsCoverTheIssue()
    {
        const StencilLibrary library = StencilLibrary::builtin();
        for (const char *key : {"gpu-node",
                                "gpu-cluster",
                                "param-shard",
                                "data-loader",
                                "object-store",
                                "feature-store",
                                "vector-db",
                                "queue",
                                "load-balancer",
                                "batcher",
                                "kv-cache",
                                "model-replica",
                                "cache",
                                "client"}) {
            const Stencil *s = library.find(QString::fromLatin1(key));
            QVERIFY2(s, key);
            QVERIFY(!s->name.isEmpty());
            const bool labelled = std::any_of(s->elements.cbegin(), s->elements.cend(), [](const Element &e) {
                return e.type == ElementType::Text && !e.text.isEmpty();
            });
            QVERIFY2(labelled, key);
        }
    }

    void instantiatePlacesAFreshGroup()
    {
        const StencilLibrary library = StencilLibrary::builtin();
        int n = 0;
        const QList<Element> placed = library.instantiate(u"object-store"_s, QPointF(500, 300), [&n] {
            return u"id%1"_s.arg(++n);
        });
        QCOMPARE(placed.size(), 2);
        const Element &body = placed.at(0);
        const Element &label = placed.at(1);
        QCOMPARE(body.type, ElementType::Cylinder);
        QCOMPARE(label.containerId, body.id);
        QCOMPARE(body.boundingBox().center(), QPointF(500, 300));
        QCOMPARE(body.groupIds, label.groupIds);
        QCOMPARE(body.stencil, u"object-store"_s);
        QVERIFY(library
                    .instantiate(u"unknown"_s,
                                 {},
                                 [] {
                                     return u"x"_s;
                                 })
                    .isEmpty());

        Document doc;
        doc.elements = placed;
        int m = 100;
        doc.elements.append(library.instantiate(u"object-store"_s, QPointF(0, 0), [&m] {
            return u"id%1"_s.arg(++m);
        }));
        doc.elements.append(library.instantiate(u"gpu-node"_s, QPointF(0, 0), [&m] {
            return u"id%1"_s.arg(++m);
        }));
        const QHash<QString, int> counts = stencilCounts(doc);
        QCOMPARE(counts.value(u"object-store"_s), 2);
        QCOMPARE(counts.value(u"gpu-node"_s), 1);
    }

    void clockPausesAndOverruns()
    {
        DesignRound round(samplePrompt(), 1000, 35 * 60'000);
        QCOMPARE(round.elapsedMs(61'000), 60'000);
        round.pause(61'000);
        QVERIFY(round.isPaused());
        QCOMPARE(round.elapsedMs(500'000), 60'000);
        round.resume(121'000);
        QCOMPARE(round.elapsedMs(181'000), 120'000);
        QCOMPARE(round.remainingMs(181'000), 35 * 60'000 - 120'000);
        QVERIFY(round.remainingMs(1000 + 60 * 60'000) < 0);
        round.pause(200'000);
        round.pause(300'000); // a second pause does not restart the pause
        round.resume(400'000);
        QCOMPARE(round.elapsedMs(400'000), 200'000 - 1000 - 60'000);
    }

    void rubricTicks()
    {
        DesignRound round(samplePrompt(), 0, 1000);
        QVERIFY(round.setChecked(u"r3"_s, true));
        QVERIFY(round.setChecked(u"r1"_s, true));
        QVERIFY(!round.setChecked(u"r1"_s, true));
        QVERIFY(!round.setChecked(u"zz"_s, true));
        QCOMPARE(round.checkedCount(), 2);
        QCOMPARE(round.total(), 4);
        QCOMPARE(round.checkedIds(), (QStringList {u"r1"_s, u"r3"_s}));
        QVERIFY(round.setChecked(u"r3"_s, false));
        QCOMPARE(round.checkedIds(), QStringList {u"r1"_s});
    }

    void finishWritesAnAttempt()
    {
        BoardStore boards(m_database->connection());
        const qint64 boardId = boards.create(u"Attempt 1"_s);
        DesignRoundStore store(m_database->connection());
        DesignRound round(samplePrompt(), 10'000, 35 * 60'000);
        const qint64 id = store.start(round.prompt().key, boardId, round.startedAt(), round.total());
        QVERIFY(id > 0);
        QVERIFY(store.attempts(round.prompt().key).isEmpty()); // not finished yet
        round.setChecked(u"r1"_s, true);
        round.setChecked(u"r2"_s, true);
        round.setChecked(u"r4"_s, true);
        QCOMPARE(store.finish(id, round, 10'000 + 20 * 60'000), StoreChanges(StoreChange::Boards));
        QCOMPARE(store.finish(id, round, 99'999'999), StoreChanges(StoreChange::None)); // finishing twice changes nothing
        const QList<DesignAttempt> attempts = store.attempts(round.prompt().key);
        QCOMPARE(attempts.size(), 1);
        const DesignAttempt &a = attempts.first();
        QCOMPARE(a.boardId, boardId);
        QCOMPARE(a.timeUsedMs, 20 * 60'000);
        QCOMPARE(a.rubricChecked, 3);
        QCOMPARE(a.rubricTotal, 4);
        QCOMPARE(a.score(), 0.75);
        QCOMPARE(a.checkedIds, (QStringList {u"r1"_s, u"r2"_s, u"r4"_s}));
        QCOMPARE(TestSupport::scalar(m_database->connection(), u"SELECT ended_at FROM design_rounds WHERE id = ?"_s, {id}).toLongLong(), 10'000 + 20 * 60'000);
        QCOMPARE(store.find(id), a);

        const qint64 abandoned = store.start(round.prompt().key, boardId, 50, round.total());
        QCOMPARE(store.discard(abandoned), StoreChanges(StoreChange::Boards));
        QVERIFY(!store.find(abandoned));
        QCOMPARE(store.discard(id), StoreChanges(StoreChange::None)); // finished attempts are never discarded
    }

    void compareTwoAttempts()
    {
        const StencilLibrary library = StencilLibrary::builtin();
        int n = 0;
        const auto ids = [&n] {
            return u"e%1"_s.arg(++n);
        };
        Document first;
        first.elements = library.instantiate(u"model-replica"_s, {}, ids) + library.instantiate(u"cache"_s, {}, ids);
        Document second;
        second.elements = library.instantiate(u"model-replica"_s, {}, ids) + library.instantiate(u"model-replica"_s, {}, ids)
            + library.instantiate(u"kv-cache"_s, {}, ids) + library.instantiate(u"batcher"_s, {}, ids);
        DesignAttempt earlier;
        earlier.rubricChecked = 2;
        earlier.rubricTotal = 4;
        earlier.timeUsedMs = 30 * 60'000;
        earlier.checkedIds = {u"r1"_s, u"r2"_s};
        DesignAttempt later = earlier;
        later.rubricChecked = 3;
        later.timeUsedMs = 25 * 60'000;
        later.checkedIds = {u"r1"_s, u"r3"_s, u"r4"_s};
        const AttemptComparison c = compareAttempts(earlier, first, later, second);
        QCOMPARE(c.checkedDelta, 1);
        QCOMPARE(c.scoreDelta, 0.25);
        QCOMPARE(c.timeDeltaMs, -5 * 60'000);
        QCOMPARE(c.newlyChecked, (QStringList {u"r3"_s, u"r4"_s}));
        QCOMPARE(c.newlyMissed, QStringList {u"r2"_s});
        QCOMPARE(c.addedComponents.value(u"model-replica"_s), 1);
        QCOMPARE(c.addedComponents.value(u"kv-cache"_s), 1);
        QCOMPARE(c.addedComponents.value(u"batcher"_s), 1);
        QCOMPARE(c.removedComponents.value(u"cache"_s), 1);
        QCOMPARE(c.addedComponents.size(), 3);
        QCOMPARE(c.removedComponents.size(), 1);
    }

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestDesignRound)
#include "tst_designround.moc"
