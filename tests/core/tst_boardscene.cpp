// SPDX-License-Identifier: GPL-3.0-or-later
// The board's editing core: every verb is one undo step that undoes exactly, drags merge, arrows
// follow the shapes they are bound to and text follows its container.
#include "board/bindings.h"
#include "board/boardscene.h"
#include "board/operations.h"

#include <QLineF>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Board;
using Merge = BoardScene::Merge;

namespace
{
Element box(const QString &id, double x, double y, double w = 100, double h = 60)
{
    Element e;
    e.id = id;
    e.x = x;
    e.y = y;
    e.width = w;
    e.height = h;
    return e;
}

Edit add(const QList<Element> &elements)
{
    Edit edit;
    edit.put = elements;
    return edit;
}

/// An arrow from the right edge of `from` to the left edge of `to`, bound at both ends.
Element arrowBetween(const QString &id, const Element &from, const Element &to)
{
    Element a;
    a.id = id;
    a.type = ElementType::Arrow;
    a.x = from.x + from.width;
    a.y = from.y + from.height / 2;
    a.points = {QPointF(), QPointF(to.x - a.x, 0)};
    a.startBinding = {from.id, QPointF(1, 0.5), 5};
    a.endBinding = {to.id, QPointF(0, 0.5), 5};
    a.endArrowhead = Arrowhead::Arrow;
    return a;
}

/// Routed ends come from a bisection on the outline: equal to within a hundredth of a unit.
bool near(QPointF a, QPointF b)
{
    return QLineF(a, b).length() < 0.01;
}

QPointF arrowEnd(const Element &a, bool last)
{
    return QPointF(a.x, a.y) + (last ? a.points.last() : a.points.first());
}

QStringList order(const BoardScene &s)
{
    QStringList ids;
    for (const Element &e : s.document().elements) {
        ids.append(e.id);
    }
    return ids;
}
} // namespace

class TestBoardScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addUndoRedo()
    {
        BoardScene s;
        QSignalSpy committed(&s, &BoardScene::committed);
        QVERIFY(s.commit(u"Add"_s, add({box(u"a"_s, 0, 0)})));
        QCOMPARE(s.document().elements.size(), 1);
        QCOMPARE(committed.size(), 1);
        s.undoStack()->undo();
        QVERIFY(s.document().elements.isEmpty());
        s.undoStack()->redo();
        QCOMPARE(s.document().elements.size(), 1);
        QCOMPARE(s.element(u"a"_s)->x, 0.0);
        QCOMPARE(committed.size(), 3);
    }

    void noOpEditPushesNothing()
    {
        BoardScene s;
        QVERIFY(s.commit(u"Add"_s, add({box(u"a"_s, 0, 0)})));
        QVERIFY(!s.commit(u"Same"_s, add({box(u"a"_s, 0, 0)})));
        QCOMPARE(s.undoStack()->count(), 1);
    }

    void dragMergesIntoOneStepAndSavesOnce()
    {
        BoardScene s;
        s.commit(u"Add"_s, add({box(u"a"_s, 0, 0)}));
        QSignalSpy committed(&s, &BoardScene::committed);
        s.beginGesture();
        for (int i = 0; i < 10; ++i) {
            s.commit(u"Move"_s, Ops::move(s.document(), {u"a"_s}, QPointF(5, 1)), Merge::Move);
        }
        QCOMPARE(committed.size(), 0); // a kill -9 here loses only this drag
        s.endGesture();
        QCOMPARE(committed.size(), 1);
        QCOMPARE(s.undoStack()->count(), 2);
        QCOMPARE(s.element(u"a"_s)->x, 50.0);
        s.undoStack()->undo();
        QCOMPARE(s.element(u"a"_s)->x, 0.0);
        QCOMPARE(s.element(u"a"_s)->y, 0.0);
        // A second drag is its own step.
        s.undoStack()->redo();
        s.beginGesture();
        s.commit(u"Move"_s, Ops::move(s.document(), {u"a"_s}, QPointF(1, 0)), Merge::Move);
        s.endGesture();
        QCOMPARE(s.undoStack()->count(), 3);
    }

    void drawThenDropLeavesNoStep()
    {
        BoardScene s;
        s.beginGesture();
        s.commit(u"Draw"_s, add({box(u"a"_s, 0, 0)}), Merge::Points);
        s.commit(u"Draw"_s, Ops::remove({u"a"_s}), Merge::Points);
        s.endGesture();
        QCOMPARE(s.undoStack()->count(), 0);
        QVERIFY(s.document().elements.isEmpty());
    }

    void arrowFollowsBoundShape()
    {
        BoardScene s;
        const Element a = box(u"a"_s, 0, 0);
        const Element b = box(u"b"_s, 300, 0);
        s.commit(u"Add"_s, add({a, b, arrowBetween(u"e"_s, a, b)}));
        const Element *arrow = s.element(u"e"_s);
        // Routed onto the outlines, `gap` (5) plus half the stroke (1) away.
        QVERIFY(near(arrowEnd(*arrow, false), QPointF(106, 30)));
        QVERIFY(near(arrowEnd(*arrow, true), QPointF(294, 30)));

        s.commit(u"Move"_s, Ops::move(s.document(), {u"b"_s}, QPointF(0, 200)));
        arrow = s.element(u"e"_s);
        const QPointF end = arrowEnd(*arrow, true);
        // The end sits on b's left edge middle, moved down with it.
        QVERIFY2(std::abs(end.y() - 230) < 1.0, qPrintable(QString::number(end.y())));
        QVERIFY(std::abs(end.x() - 294) < 1.0);
        QCOMPARE(arrow->startBinding.elementId, u"a"_s);

        s.undoStack()->undo();
        QVERIFY(near(arrowEnd(*s.element(u"e"_s), true), QPointF(294, 30)));
    }

    void arrowMovedAloneComesLoose()
    {
        BoardScene s;
        const Element a = box(u"a"_s, 0, 0);
        const Element b = box(u"b"_s, 300, 0);
        s.commit(u"Add"_s, add({a, b, arrowBetween(u"e"_s, a, b)}));
        s.commit(u"Move"_s, Ops::move(s.document(), {u"e"_s}, QPointF(0, 100)));
        QVERIFY(!s.element(u"e"_s)->startBinding.isBound());
        QVERIFY(near(arrowEnd(*s.element(u"e"_s), false), QPointF(106, 130)));
        // Moved together with both shapes it stays bound.
        s.undoStack()->undo();
        s.commit(u"Move"_s, Ops::move(s.document(), {u"a"_s, u"b"_s, u"e"_s}, QPointF(0, 100)));
        QVERIFY(s.element(u"e"_s)->startBinding.isBound());
        QVERIFY(near(arrowEnd(*s.element(u"e"_s), false), QPointF(106, 130)));
    }

    void deletingShapeUnbindsArrowAndTakesText()
    {
        BoardScene s;
        const Element a = box(u"a"_s, 0, 0);
        const Element b = box(u"b"_s, 300, 0);
        Element label;
        label.id = u"t"_s;
        label.type = ElementType::Text;
        label.text = u"GPU"_s;
        label.containerId = u"a"_s;
        s.commit(u"Add"_s, add({a, b, arrowBetween(u"e"_s, a, b), label}));
        s.commit(u"Delete"_s, Ops::remove({u"a"_s}));
        QVERIFY(!s.element(u"a"_s));
        QVERIFY(!s.element(u"t"_s));
        QVERIFY(!s.element(u"e"_s)->startBinding.isBound());
        QVERIFY(s.element(u"e"_s)->endBinding.isBound());
        s.undoStack()->undo();
        QCOMPARE(order(s), QStringList({u"a"_s, u"b"_s, u"e"_s, u"t"_s}));
        QCOMPARE(s.element(u"e"_s)->startBinding.elementId, u"a"_s);
        QCOMPARE(s.element(u"t"_s)->containerId, u"a"_s);
    }

    void textFollowsContainer()
    {
        BoardScene s;
        Element label;
        label.id = u"t"_s;
        label.type = ElementType::Text;
        label.text = u"KV cache"_s;
        label.containerId = u"a"_s;
        label.textAlign = TextAlign::Center;
        label.verticalAlign = VerticalAlign::Middle;
        s.commit(u"Add"_s, add({box(u"a"_s, 0, 0, 200, 100), label}));
        QRectF text = s.element(u"t"_s)->boundingBox();
        QCOMPARE(text.center(), QPointF(100, 50));
        s.commit(u"Move"_s, Ops::move(s.document(), {u"a"_s}, QPointF(40, 30)));
        text = s.element(u"t"_s)->boundingBox();
        QCOMPARE(text.center(), QPointF(140, 80));
        s.commit(u"Resize"_s, Ops::resize(s.document(), {u"a"_s}, QRectF(40, 30, 200, 100), QRectF(40, 30, 400, 100)));
        QCOMPARE(s.element(u"t"_s)->boundingBox().center(), QPointF(240, 80));
        QCOMPARE(s.element(u"t"_s)->width, 400 - 2 * 5.0);
        s.undoStack()->undo();
        s.undoStack()->undo();
        QCOMPARE(s.element(u"t"_s)->boundingBox().center(), QPointF(100, 50));
    }

    void arrowLabelRidesTheArrow()
    {
        BoardScene s;
        const Element a = box(u"a"_s, 0, 0);
        const Element b = box(u"b"_s, 300, 0);
        Element label;
        label.id = u"l"_s;
        label.type = ElementType::Text;
        label.text = u"gRPC"_s;
        label.containerId = u"e"_s;
        s.commit(u"Add"_s, add({a, b, arrowBetween(u"e"_s, a, b), label}));
        QCOMPARE(s.element(u"l"_s)->boundingBox().center(), QPointF(200, 30));
        s.commit(u"Move"_s, Ops::move(s.document(), {u"a"_s, u"b"_s}, QPointF(0, 50)));
        QCOMPARE(s.element(u"l"_s)->boundingBox().center(), QPointF(200, 80));
    }

    void resizeAndRotateUndo()
    {
        BoardScene s;
        s.commit(u"Add"_s, add({box(u"a"_s, 0, 0, 100, 50)}));
        s.commit(u"Resize"_s, Ops::resize(s.document(), {u"a"_s}, QRectF(0, 0, 100, 50), QRectF(10, 10, 200, 150)));
        QCOMPARE(s.element(u"a"_s)->boundingBox(), QRectF(10, 10, 200, 150));
        s.commit(u"Rotate"_s, Ops::rotate(s.document(), {u"a"_s}, M_PI / 2));
        QCOMPARE(s.element(u"a"_s)->angle, M_PI / 2);
        QCOMPARE(s.element(u"a"_s)->boundingBox(), QRectF(10, 10, 200, 150)); // about its own centre
        s.undoStack()->undo();
        s.undoStack()->undo();
        QCOMPARE(s.element(u"a"_s)->boundingBox(), QRectF(0, 0, 100, 50));
        QCOMPARE(s.element(u"a"_s)->angle, 0.0);
    }

    void styleChangeUndo()
    {
        BoardScene s;
        s.commit(u"Add"_s, add({box(u"a"_s, 0, 0), box(u"b"_s, 0, 0)}));
        s.commit(u"Style"_s, Ops::restyle(s.document(), {u"a"_s, u"b"_s}, [](Element &e) {
                     e.strokeStyle = StrokeStyle::Dashed;
                     e.opacity = 40;
                 }));
        QCOMPARE(s.element(u"b"_s)->strokeStyle, StrokeStyle::Dashed);
        QCOMPARE(s.undoStack()->count(), 2);
        s.undoStack()->undo();
        QCOMPARE(s.element(u"a"_s)->opacity, 100);
        QCOMPARE(s.element(u"b"_s)->strokeStyle, StrokeStyle::Solid);
    }

    void groupUngroupAndExpand()
    {
        BoardScene s;
        s.commit(u"Add"_s, add({box(u"a"_s, 0, 0), box(u"b"_s, 200, 0), box(u"c"_s, 400, 0)}));
        s.commit(u"Group"_s, Ops::group(s.document(), {u"a"_s, u"b"_s}));
        const QString gid = s.element(u"a"_s)->groupIds.value(0);
        QVERIFY(!gid.isEmpty());
        QCOMPARE(s.element(u"b"_s)->groupIds, QStringList {gid});
        QCOMPARE(Ops::expandToGroups(s.document(), {u"b"_s}), QStringList({u"a"_s, u"b"_s}));
        // Nesting: group the group with c, then ungroup peels only the outer one.
        s.commit(u"Group"_s, Ops::group(s.document(), Ops::expandToGroups(s.document(), {u"a"_s, u"c"_s})));
        QCOMPARE(s.element(u"a"_s)->groupIds.size(), 2);
        s.commit(u"Ungroup"_s, Ops::ungroup(s.document(), {u"c"_s}));
        QCOMPARE(s.element(u"a"_s)->groupIds, QStringList {gid});
        QVERIFY(s.element(u"c"_s)->groupIds.isEmpty());
        s.undoStack()->undo();
        s.undoStack()->undo();
        s.undoStack()->undo();
        QVERIFY(s.element(u"a"_s)->groupIds.isEmpty());
    }

    void alignAndDistribute()
    {
        BoardScene s;
        s.commit(u"Add"_s, add({box(u"a"_s, 0, 0, 100, 50), box(u"b"_s, 130, 40, 50, 50), box(u"c"_s, 400, 80, 100, 20)}));
        s.commit(u"Align"_s, Ops::align(s.document(), {u"a"_s, u"b"_s, u"c"_s}, Ops::Align::Top));
        QCOMPARE(s.element(u"b"_s)->y, 0.0);
        QCOMPARE(s.element(u"c"_s)->y, 0.0);
        s.commit(u"Align"_s, Ops::align(s.document(), {u"a"_s, u"b"_s, u"c"_s}, Ops::Align::Right));
        QCOMPARE(s.element(u"a"_s)->x + 100, 500.0);
        QCOMPARE(s.element(u"b"_s)->x + 50, 500.0);
        s.undoStack()->undo();
        // Distribute: total span 0..500, widths 100+50+100, so two gaps of 125; b moves to 225.
        s.commit(u"Distribute"_s, Ops::distribute(s.document(), {u"a"_s, u"b"_s, u"c"_s}, true));
        QCOMPARE(s.element(u"b"_s)->x, 225.0);
        QCOMPARE(s.element(u"a"_s)->x, 0.0);
        QCOMPARE(s.element(u"c"_s)->x, 400.0);
    }

    void zOrder()
    {
        BoardScene s;
        s.commit(u"Add"_s, add({box(u"a"_s, 0, 0), box(u"b"_s, 0, 0), box(u"c"_s, 0, 0), box(u"d"_s, 0, 0)}));
        s.commit(u"Front"_s, Ops::reorder(s.document(), {u"a"_s}, Ops::ZOrder::ToFront));
        QCOMPARE(order(s), QStringList({u"b"_s, u"c"_s, u"d"_s, u"a"_s}));
        s.commit(u"Back"_s, Ops::reorder(s.document(), {u"d"_s}, Ops::ZOrder::ToBack));
        QCOMPARE(order(s), QStringList({u"d"_s, u"b"_s, u"c"_s, u"a"_s}));
        s.commit(u"Forward"_s, Ops::reorder(s.document(), {u"b"_s}, Ops::ZOrder::Forward));
        QCOMPARE(order(s), QStringList({u"d"_s, u"c"_s, u"b"_s, u"a"_s}));
        s.commit(u"Backward"_s, Ops::reorder(s.document(), {u"a"_s}, Ops::ZOrder::Backward));
        QCOMPARE(order(s), QStringList({u"d"_s, u"c"_s, u"a"_s, u"b"_s}));
        for (int i = 0; i < 4; ++i) {
            s.undoStack()->undo();
        }
        QCOMPARE(order(s), QStringList({u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    }

    void duplicateRemapsInternalLinks()
    {
        BoardScene s;
        const Element a = box(u"a"_s, 0, 0);
        const Element b = box(u"b"_s, 300, 0);
        Element out = box(u"x"_s, 0, 300);
        s.commit(u"Add"_s, add({a, b, out, arrowBetween(u"e"_s, a, b), arrowBetween(u"f"_s, a, out)}));
        s.commit(u"Group"_s, Ops::group(s.document(), {u"a"_s, u"b"_s, u"e"_s, u"f"_s}));
        QStringList copies;
        s.commit(u"Duplicate"_s, Ops::clone(Ops::collect(s.document(), {u"a"_s, u"b"_s, u"e"_s, u"f"_s}), QPointF(10, 10), &copies));
        QCOMPARE(copies.size(), 4);
        QCOMPARE(s.document().elements.size(), 9);
        const Element *arrowCopy = s.element(copies.at(2));
        QCOMPARE(arrowCopy->startBinding.elementId, copies.at(0));
        QCOMPARE(arrowCopy->endBinding.elementId, copies.at(1));
        // Bound to something outside the copy: that end is dropped.
        QVERIFY(!s.element(copies.at(3))->endBinding.isBound());
        QVERIFY(s.element(copies.at(0))->groupIds.first() != s.element(u"a"_s)->groupIds.first());
        QCOMPARE(s.element(copies.at(0))->groupIds, s.element(copies.at(1))->groupIds);
        s.undoStack()->undo();
        QCOMPARE(s.document().elements.size(), 5);
    }

    void lockAndText()
    {
        BoardScene s;
        Element t;
        t.id = u"t"_s;
        t.type = ElementType::Text;
        t.text = u"a"_s;
        s.commit(u"Add"_s, add({t}));
        s.commit(u"Text"_s, Ops::setText(s.document(), u"t"_s, u"longer text\nsecond line"_s));
        QVERIFY(s.element(u"t"_s)->width > 50);
        QCOMPARE(s.element(u"t"_s)->height, 2 * 20 * 1.25);
        s.commit(u"Lock"_s, Ops::setLocked(s.document(), {u"t"_s}, true));
        QVERIFY(s.element(u"t"_s)->locked);
        // Emptying a text deletes it, and undo brings it back.
        s.commit(u"Text"_s, Ops::setText(s.document(), u"t"_s, u"  "_s));
        QVERIFY(!s.element(u"t"_s));
        s.undoStack()->undo();
        QCOMPARE(s.element(u"t"_s)->text, u"longer text\nsecond line"_s);
    }
};

QTEST_MAIN(TestBoardScene)
#include "tst_boardscene.moc"
