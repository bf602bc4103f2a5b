// SPDX-License-Identifier: GPL-3.0-or-later
// The board list in the database: create, rename, duplicate, delete with undo, and autosave that
// survives closing (or killing) the app: what was saved is what reopens, whole.
#include "board/boardscene.h"
#include "board/boardstore.h"
#include "collection.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Board;

namespace
{
Document sampleBoard()
{
    Document doc;
    Element gpu;
    gpu.id = u"gpu"_s;
    gpu.type = ElementType::Cylinder;
    gpu.x = 10;
    gpu.y = 20;
    gpu.width = 100;
    gpu.height = 120;
    gpu.backgroundColor = QColor(0xa5, 0xd8, 0xff);
    gpu.stencil = u"object-store"_s;
    Element label;
    label.id = u"label"_s;
    label.type = ElementType::Text;
    label.text = u"Checkpoints"_s;
    label.containerId = u"gpu"_s;
    doc.elements = {gpu, label};
    doc.gridEnabled = true;
    return doc;
}
} // namespace

class TestBoardStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaHasBothTables()
    {
        TestSupport::TempDataDir dir;
        QString error;
        auto collection = Collection::open(dir.path(), &error);
        QVERIFY2(collection, qPrintable(error));
        const QSqlDatabase db = collection->connection();
        // Other features read design_rounds with exactly these columns.
        QVERIFY(
            TestSupport::scalar(
                db,
                u"SELECT count(*) FROM design_rounds WHERE prompt_key = '' AND board_id IS NULL AND started_at = 0 AND ended_at IS NULL AND time_used_ms = 0 AND rubric_checked = 0 AND rubric_total = 0 AND rubric_json IS NULL"_s)
                .isValid());
        QVERIFY(TestSupport::scalar(db, u"SELECT count(*) FROM boards WHERE deleted_at IS NULL"_s).isValid());
    }

    void createRenameDuplicateDeleteRestore()
    {
        TestSupport::TempDataDir dir;
        QString error;
        auto collection = Collection::open(dir.path(), &error);
        QVERIFY2(collection, qPrintable(error));
        BoardStore store(collection->connection());
        const qint64 a = store.create(u"Training"_s, sampleBoard());
        const qint64 b = store.create(u"Serving"_s);
        QVERIFY(a > 0 && b > 0);
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(store.list().first().name, u"Training"_s);

        QCOMPARE(store.rename(b, u"LLM serving"_s), StoreChanges(StoreChange::Boards));
        QCOMPARE(store.list().at(1).name, u"LLM serving"_s);

        const qint64 copy = store.duplicate(a, u"Training (copy)"_s);
        QVERIFY(copy > 0);
        QCOMPARE(store.load(copy)->elements, sampleBoard().elements);
        QCOMPARE(store.list().last().id, copy);

        QCOMPARE(store.remove(a), StoreChanges(StoreChange::Boards));
        QCOMPARE(store.list().size(), 2);
        QVERIFY(!store.load(a));
        QCOMPARE(store.remove(a), StoreChanges(StoreChange::None)); // already gone
        QCOMPARE(store.restore(a), StoreChanges(StoreChange::Boards));
        QCOMPARE(store.list().first().id, a); // back in its place
        QCOMPARE(*store.load(a), sampleBoard());
    }

    void autosaveSurvivesReopen()
    {
        TestSupport::TempDataDir dir;
        qint64 id = 0;
        Document saved;
        {
            QString error;
            auto collection = Collection::open(dir.path(), &error);
            QVERIFY2(collection, qPrintable(error));
            BoardStore store(collection->connection());
            id = store.create(u"Board"_s);
            // Wire the scene to the store as the controller does: save on every committed change.
            BoardScene scene;
            QObject::connect(&scene, &BoardScene::committed, [&] {
                store.save(id, scene.document());
            });
            Edit edit;
            edit.put = sampleBoard().elements;
            scene.commit(u"Add"_s, edit);
            scene.beginGesture();
            Edit move;
            Element moved = *scene.element(u"gpu"_s);
            moved.x += 300;
            move.put = {moved};
            scene.commit(u"Move"_s, move, BoardScene::Merge::Move);
            // Mid-drag the database still holds the last finished edit.
            QCOMPARE(store.load(id)->find(u"gpu"_s)->x, 10.0);
            scene.endGesture();
            saved = scene.document();
        }
        QString error;
        auto reopened = Collection::open(dir.path(), &error);
        QVERIFY2(reopened, qPrintable(error));
        const std::optional<Document> doc = BoardStore(reopened->connection()).load(id, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->elements, saved.elements);
        QCOMPARE(doc->find(u"gpu"_s)->x, 310.0);
    }
};

QTEST_MAIN(TestBoardStore)
#include "tst_boardstore.moc"
