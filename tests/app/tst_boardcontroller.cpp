// SPDX-License-Identifier: GPL-3.0-or-later
// The whiteboard as a user drives it: keys pick tools, drags draw and move, arrows bind, shortcuts
// edit, and every finished change is already in the database.
#include "board/boardcanvas.h"
#include "board/boardcontroller.h"
#include "board/boardlistmodel.h"
#include "board/boardstore.h"
#include "collection.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Board::ElementType;

class TestBoardController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<BoardController> m_controller;
    std::unique_ptr<QQuickWindow> m_window;
    BoardCanvas *m_canvas = nullptr;

    /// Item coordinates for a scene point (the canvas starts at zoom 1 with scene (−40, −40) top-left).
    QPoint at(double x, double y) const
    {
        return m_canvas->sceneToItem().map(QPointF(x, y)).toPoint();
    }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(m_window.get(), Qt::LeftButton, mods, from);
        QTest::mouseMove(m_window.get(), (from + to) / 2);
        QTest::mouseMove(m_window.get(), to);
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, mods, to);
    }

    void key(int k, Qt::KeyboardModifiers mods = {})
    {
        QTest::keyClick(m_window.get(), Qt::Key(k), mods);
    }

    [[nodiscard]] const Board::Document &doc() const
    {
        return m_controller->scene().document();
    }

    QString drawBox(QPointF topLeft)
    {
        key(Qt::Key_R);
        drag(at(topLeft.x(), topLeft.y()), at(topLeft.x() + 120, topLeft.y() + 80));
        return doc().elements.last().id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->path(), &error);
        QVERIFY2(m_collection, qPrintable(error));
        m_controller = std::make_unique<BoardController>(*m_collection);
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(1000, 700);
        m_canvas = new BoardCanvas(m_window->contentItem());
        m_canvas->setSize(QSizeF(1000, 700));
        m_canvas->setController(m_controller.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_canvas->forceActiveFocus();
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_collection.reset();
        m_dir.reset();
    }

    void toolKeysAndDrawingARectangle()
    {
        new QAbstractItemModelTester(m_controller->boards(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_controller.get());
        QSignalSpy toolSpy(m_controller.get(), &BoardController::toolChanged);
        for (const auto &[k, tool] : {std::pair {Qt::Key_D, u"diamond"_s},
                                      {Qt::Key_O, u"ellipse"_s},
                                      {Qt::Key_A, u"arrow"_s},
                                      {Qt::Key_L, u"line"_s},
                                      {Qt::Key_P, u"freehand"_s},
                                      {Qt::Key_T, u"text"_s},
                                      {Qt::Key_E, u"eraser"_s},
                                      {Qt::Key_H, u"hand"_s},
                                      {Qt::Key_C, u"cylinder"_s},
                                      {Qt::Key_V, u"select"_s}}) {
            key(k);
            QCOMPARE(m_controller->tool(), tool);
        }
        QCOMPARE(toolSpy.size(), 10);
        QCOMPARE(m_controller->currentBoardId(), 0);

        const QString id = drawBox(QPointF(100, 100));
        const Board::Element *box = m_controller->scene().element(id);
        QVERIFY(box);
        QCOMPARE(box->type, ElementType::Rectangle);
        QCOMPARE(box->boundingBox(), QRectF(100, 100, 120, 80));
        // Back to selection on the new shape; the first stroke created and saved a board.
        QCOMPARE(m_controller->tool(), u"select"_s);
        QCOMPARE(m_controller->selection(), QStringList {id});
        QVERIFY(m_controller->currentBoardId() > 0);
        QCOMPARE(m_controller->boards()->rowCount(), 1);
        const auto stored = Board::BoardStore(m_collection->connection()).load(m_controller->currentBoardId());
        QCOMPARE(stored->elements.size(), 1);

        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc().elements.isEmpty());
        QVERIFY(Board::BoardStore(m_collection->connection()).load(m_controller->currentBoardId())->elements.isEmpty());
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc().elements.size(), 1);
    }

    void dragMovesAsOneUndoStepAndArrowFollows()
    {
        const QString a = drawBox(QPointF(0, 0));
        const QString b = drawBox(QPointF(400, 0));
        key(Qt::Key_A);
        drag(at(119, 40), at(401, 40));
        const Board::Element arrow = doc().elements.last();
        QCOMPARE(arrow.type, ElementType::Arrow);
        QCOMPARE(arrow.startBinding.elementId, a);
        QCOMPARE(arrow.endBinding.elementId, b);

        const int steps = m_controller->scene().undoStack()->count();
        key(Qt::Key_Escape);
        drag(at(400, 20), at(400, 220)); // grab b by its left edge, move it down 200
        QCOMPARE(m_controller->scene().undoStack()->count(), steps + 1);
        QCOMPARE(m_controller->scene().element(b)->y, 200.0);
        const Board::Element *routed = m_controller->scene().element(arrow.id);
        const QPointF end = QPointF(routed->x, routed->y) + routed->points.last();
        QVERIFY2(std::abs(end.y() - 240) < 1 && std::abs(end.x() - 394) < 1, qPrintable(u"%1,%2"_s.arg(end.x()).arg(end.y())));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_controller->scene().element(b)->y, 0.0);
    }

    void selectionShortcuts()
    {
        const QString a = drawBox(QPointF(0, 0));
        const QString b = drawBox(QPointF(200, 50));
        // Rubber band around both.
        drag(at(-20, -20), at(350, 150));
        QCOMPARE(m_controller->selection(), QStringList({a, b}));
        key(Qt::Key_G, Qt::ControlModifier);
        QVERIFY(!m_controller->scene().element(a)->groupIds.isEmpty());
        key(Qt::Key_Escape);
        QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at(0, 40));
        QCOMPARE(m_controller->selection().size(), 2); // the group selects whole
        key(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(doc().elements.size(), 4);
        QCOMPARE(m_controller->selection().size(), 2);
        key(Qt::Key_Delete);
        QCOMPARE(doc().elements.size(), 2);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc().elements.size(), 4);
        key(Qt::Key_Escape);

        QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at(0, 40));
        key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_controller->scene().element(a)->groupIds.isEmpty());
        QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at(0, 40));
        QCOMPARE(m_controller->selection(), QStringList {a});
        QTest::mouseClick(m_window.get(), Qt::LeftButton, Qt::ShiftModifier, at(200, 90));
        QCOMPARE(m_controller->selection(), QStringList({a, b}));
        key(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier); // align tops
        QCOMPARE(m_controller->scene().element(b)->y, 0.0);
        key(Qt::Key_BracketLeft, Qt::ControlModifier);
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_controller->scene().element(a)->locked);
        QVERIFY(m_controller->selection().isEmpty());
    }

    void textInPlaceAndInsideShapes()
    {
        key(Qt::Key_T);
        QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, at(50, 50));
        QVERIFY(!m_controller->editingId().isEmpty());
        QVERIFY(m_canvas->editorRect().contains(at(52, 50)));
        m_controller->commitTextEdit(u"Parameter server"_s);
        const Board::Element text = doc().elements.last();
        QCOMPARE(text.type, ElementType::Text);
        QCOMPARE(text.text, u"Parameter server"_s);

        const QString box = drawBox(QPointF(300, 300));
        QTest::mouseDClick(m_window.get(), Qt::LeftButton, {}, at(300, 340));
        QVERIFY(!m_controller->editingId().isEmpty());
        m_controller->commitTextEdit(u"Queue"_s);
        const Board::Element label = doc().elements.last();
        QCOMPARE(label.containerId, box);
        QCOMPARE(label.boundingBox().center(), QPointF(360, 340));
    }

    void panAndZoom()
    {
        const double zoom = m_canvas->zoom();
        key(Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(m_canvas->zoom() > zoom);
        key(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_canvas->zoom(), 1.0);
        const QPointF before = m_canvas->itemToScene(QPointF(500, 350));
        QTest::keyPress(m_window.get(), Qt::Key_Space);
        drag(QPoint(500, 350), QPoint(400, 350));
        QTest::keyRelease(m_window.get(), Qt::Key_Space);
        QCOMPARE(m_canvas->itemToScene(QPointF(500, 350)), before + QPointF(100, 0));
        QVERIFY(doc().elements.isEmpty()); // panning drew nothing
        drawBox(QPointF(600, 400));
        for (int i = 0; i < 6; ++i) {
            key(Qt::Key_Minus, Qt::ControlModifier);
        }
        key(Qt::Key_1, Qt::ShiftModifier);
        QCOMPARE(m_canvas->zoom(), 4.0); // fit, but never past 400%
        QVERIFY(QRectF(0, 0, 1000, 700).contains(m_canvas->sceneToItem().mapRect(QRectF(600, 400, 120, 80))));
        key(Qt::Key_Apostrophe, Qt::ControlModifier);
        QVERIFY(m_controller->isGridEnabled());
    }

    void boardsDeleteWithUndo()
    {
        drawBox(QPointF(0, 0));
        const int first = m_controller->currentBoardId();
        m_controller->newBoard();
        QVERIFY(m_controller->currentBoardId() != first);
        QVERIFY(doc().elements.isEmpty());
        m_controller->duplicateBoard(first);
        QCOMPARE(m_controller->boards()->rowCount(), 3);
        QCOMPARE(doc().elements.size(), 1);
        m_controller->deleteBoard(first);
        QCOMPARE(m_controller->boards()->rowCount(), 2);
        QVERIFY(m_controller->canRestoreBoard());
        m_controller->undoDeleteBoard();
        QCOMPARE(m_controller->boards()->rowCount(), 3);
        QCOMPARE(m_controller->currentBoardId(), first);
        m_controller->renameBoard(first, u"LLM serving"_s);
        QCOMPARE(m_controller->currentBoardName(), u"LLM serving"_s);
    }
};

QTEST_MAIN(TestBoardController)
#include "tst_boardcontroller.moc"
