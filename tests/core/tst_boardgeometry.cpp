// SPDX-License-Identifier: GPL-3.0-or-later
// Hit testing (rotation, lines, transparent vs filled shapes), binding targets and the renderer's
// output: what the user clicks is what is drawn, and what is drawn is what exports.
#include "board/bindings.h"
#include "board/geometry.h"
#include "board/renderer.h"

#include <QBuffer>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Board;

namespace
{
Element shape(ElementType type, QRectF r, const QString &id = u"s"_s)
{
    Element e;
    e.id = id;
    e.type = type;
    e.x = r.x();
    e.y = r.y();
    e.width = r.width();
    e.height = r.height();
    return e;
}

QImage render(const Document &doc, const Renderer::Options &o = {}, QSize size = QSize(400, 300))
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    Renderer().paint(p, doc, QTransform(), o);
    return img;
}

/// Distance of a pixel's colour from `c`, max over channels.
int colourDistance(QRgb px, const QColor &c)
{
    return std::max({std::abs(qRed(px) - c.red()), std::abs(qGreen(px) - c.green()), std::abs(qBlue(px) - c.blue())});
}
} // namespace

class TestBoardGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transparentShapesHitOnOutlineOnly()
    {
        const Element r = shape(ElementType::Rectangle, QRectF(0, 0, 100, 50));
        QVERIFY(Geometry::hits(r, QPointF(0, 25), 3));
        QVERIFY(Geometry::hits(r, QPointF(102, 25), 3));
        QVERIFY(!Geometry::hits(r, QPointF(50, 25), 3));
        Element filled = r;
        filled.backgroundColor = Qt::yellow;
        QVERIFY(Geometry::hits(filled, QPointF(50, 25), 3));
        QVERIFY(!Geometry::hits(filled, QPointF(110, 25), 3));
    }

    void ellipseAndDiamondFollowTheirShape()
    {
        Element e = shape(ElementType::Ellipse, QRectF(0, 0, 100, 100));
        e.backgroundColor = Qt::red;
        QVERIFY(Geometry::hits(e, QPointF(50, 50), 1));
        QVERIFY(!Geometry::hits(e, QPointF(5, 5), 1)); // inside the box, outside the ellipse
        Element d = shape(ElementType::Diamond, QRectF(0, 0, 100, 100));
        QVERIFY(Geometry::hits(d, QPointF(25, 25), 2)); // on the top-left edge
        QVERIFY(!Geometry::hits(d, QPointF(3, 3), 2));
    }

    void rotatedShapeHitsWhereItIsDrawn()
    {
        Element r = shape(ElementType::Rectangle, QRectF(0, 40, 200, 20));
        r.backgroundColor = Qt::blue;
        r.angle = M_PI / 2; // now a vertical bar through (100, 50)
        QVERIFY(Geometry::hits(r, QPointF(100, -40), 1));
        QVERIFY(Geometry::hits(r, QPointF(100, 140), 1));
        QVERIFY(!Geometry::hits(r, QPointF(10, 50), 1)); // where the unrotated bar was
        QCOMPARE(Geometry::sceneBounds(r).toRect(), QRect(90, -50, 20, 200));
    }

    void linesHitNearTheirSegments()
    {
        Element l;
        l.id = u"l"_s;
        l.type = ElementType::Line;
        l.x = 10;
        l.y = 10;
        l.points = {QPointF(0, 0), QPointF(100, 0), QPointF(100, 100)};
        QVERIFY(Geometry::hits(l, QPointF(50, 13), 3));
        QVERIFY(Geometry::hits(l, QPointF(112, 60), 3));
        QVERIFY(!Geometry::hits(l, QPointF(60, 60), 3)); // inside the corner, not on the line
        QCOMPARE(l.boundingBox(), QRectF(10, 10, 100, 100));
    }

    void topmostUnlockedWinsAndTextResolvesToContainer()
    {
        Document doc;
        Element below = shape(ElementType::Rectangle, QRectF(0, 0, 100, 100), u"below"_s);
        below.backgroundColor = Qt::red;
        Element above = below;
        above.id = u"above"_s;
        Element label = shape(ElementType::Text, QRectF(20, 40, 60, 20), u"label"_s);
        label.text = u"x"_s;
        label.containerId = u"above"_s;
        doc.elements = {below, above, label};
        QCOMPARE(Geometry::elementAt(doc, QPointF(50, 50), 2), u"above"_s);
        doc.elements[1].locked = true;
        doc.elements[2].containerId = u"below"_s;
        QCOMPARE(Geometry::elementAt(doc, QPointF(50, 50), 2), u"below"_s);
        QCOMPARE(Geometry::elementsInside(doc, QRectF(-10, -10, 200, 200)), QStringList {u"below"_s});
    }

    void bindingAtRecordsWhereOnTheShape()
    {
        Document doc;
        doc.elements = {shape(ElementType::Rectangle, QRectF(100, 100, 200, 100), u"box"_s)};
        const auto binding = Bindings::bindingAt(doc, QPointF(300, 150), u"arrow"_s, 5);
        QVERIFY(binding);
        QCOMPARE(binding->elementId, u"box"_s);
        QCOMPARE(binding->fixedPoint, QPointF(1, 0.5));
        QVERIFY(!Bindings::bindingAt(doc, QPointF(0, 0), u"arrow"_s, 5));
        // The end sits outside the outline by the gap, toward the fixed point.
        QVERIFY(QLineF(Bindings::endPoint(doc.elements.first(), *binding, QPointF(500, 150)), QPointF(306, 150)).length() < 0.01);
    }

    void rendersShapesInTheirColoursAndDarkInverts()
    {
        Document doc;
        Element r = shape(ElementType::Rectangle, QRectF(50, 50, 100, 100));
        r.backgroundColor = QColor(0xa5, 0xd8, 0xff);
        r.strokeColor = QColor(0x1e, 0x1e, 0x1e);
        doc.elements = {r};
        const QImage light = render(doc);
        QVERIFY(colourDistance(light.pixel(100, 100), r.backgroundColor) < 3);
        QVERIFY(colourDistance(light.pixel(50, 100), r.strokeColor) < 40);
        QVERIFY(colourDistance(light.pixel(10, 10), Qt::white) < 3);

        Renderer::Options dark;
        dark.dark = true;
        const QImage night = render(doc, dark);
        // White background becomes Excalidraw's #121212; near-black strokes become light.
        QVERIFY(colourDistance(night.pixel(10, 10), QColor(0x12, 0x12, 0x12)) < 3);
        QVERIFY(qGray(night.pixel(50, 100)) > 180);
        QCOMPARE(Renderer::displayColor(Qt::white, true).name(), u"#121212"_s);
    }

    void onlyAndHiddenAndTransparent()
    {
        Document doc;
        Element a = shape(ElementType::Rectangle, QRectF(10, 10, 50, 50), u"a"_s);
        a.backgroundColor = Qt::red;
        Element b = shape(ElementType::Ellipse, QRectF(200, 10, 50, 50), u"b"_s);
        b.backgroundColor = Qt::green;
        doc.elements = {a, b};
        Renderer::Options o;
        o.transparent = true;
        const QSet<QString> only {u"b"_s};
        QImage img(400, 300, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        {
            QPainter p(&img);
            Renderer().paint(p, doc, QTransform(), o, &only);
        }
        QCOMPARE(qAlpha(img.pixel(35, 35)), 0);
        QVERIFY(colourDistance(img.pixel(225, 35), Qt::green) < 3);
        QCOMPARE(qAlpha(img.pixel(5, 5)), 0);
        QCOMPARE(Renderer::sceneBounds(doc, &only).contains(QRectF(200, 10, 50, 50)), true);
        QVERIFY(!Renderer::sceneBounds(doc, &only).contains(QPointF(35, 35)));
        o.hidden = {u"b"_s};
        o.transparent = false;
        const QImage hidden = render(doc, o);
        QVERIFY(colourDistance(hidden.pixel(225, 35), Qt::white) < 3);
    }

    void rendersEveryKindWithoutCrashing()
    {
        Document doc;
        int i = 0;
        for (ElementType t : {ElementType::Rectangle,
                              ElementType::Diamond,
                              ElementType::Ellipse,
                              ElementType::Cylinder,
                              ElementType::Text,
                              ElementType::Image,
                              ElementType::Frame}) {
            Element e = shape(t, QRectF(10 + 60 * (i % 6), 30 + 60 * (i / 6), 50, 40), QString::number(i));
            e.text = u"label"_s;
            e.fileId = u"missing"_s;
            e.fillStyle = FillStyle(i % 4);
            e.backgroundColor = Qt::cyan;
            e.strokeStyle = StrokeStyle(i % 3);
            e.rounded = i % 2;
            e.angle = i * 0.3;
            doc.elements.append(e);
            ++i;
        }
        for (ElementType t : {ElementType::Arrow, ElementType::Line, ElementType::Freehand}) {
            Element e = shape(t, QRectF(20, 200, 0, 0), QString::number(i++));
            e.points = {QPointF(), QPointF(80, 20), QPointF(160, -10)};
            e.startArrowhead = Arrowhead::Circle;
            e.endArrowhead = Arrowhead::TriangleOutline;
            doc.elements.append(e);
        }
        const QImage img = render(doc);
        int inked = 0;
        for (int y = 0; y < img.height(); y += 2) {
            for (int x = 0; x < img.width(); x += 2) {
                inked += qGray(img.pixel(x, y)) < 200;
            }
        }
        QVERIFY2(inked > 500, qPrintable(QString::number(inked)));
    }
};

QTEST_MAIN(TestBoardGeometry)
#include "tst_boardgeometry.moc"
