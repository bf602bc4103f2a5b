// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generated boards for the board-file tests and benchmarks: every element type with every field
// away from its default, so a reader or writer that drops a field fails an equality check.

#include "board/element.h"

#include <QBuffer>
#include <QImage>

namespace BoardFixtures
{
using namespace Qt::StringLiterals;

inline QByteArray pngBytes(QColor colour, int size = 8)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline Board::Element shape(const QString &id, Board::ElementType type, double x, double y, double w, double h)
{
    Board::Element e;
    e.id = id;
    e.type = type;
    e.x = x;
    e.y = y;
    e.width = w;
    e.height = h;
    return e;
}

/// One of everything: shapes with all styles, a cylinder, a bound and labelled arrow, a line,
/// freehand with pressures, text in a container, an image with its file, a frame with children
/// and nested groups.
inline Board::Document richDocument()
{
    using namespace Board;
    Document doc;
    doc.background = QColor(0xf8, 0xf9, 0xfa);
    doc.gridSize = 40;
    doc.gridEnabled = true;

    Element frame = shape(u"frame"_s, ElementType::Frame, -50, -50, 1200, 800);
    frame.name = u"Serving path"_s;
    doc.elements.append(frame);

    Element router = shape(u"router"_s, ElementType::Diamond, 0, 0, 160, 100);
    router.strokeColor = QColor(0x19, 0x71, 0xc2);
    router.backgroundColor = QColor(0xa5, 0xd8, 0xff);
    router.fillStyle = FillStyle::Hachure;
    router.strokeWidth = 4;
    router.strokeStyle = StrokeStyle::Dashed;
    router.roughness = 1;
    router.opacity = 80;
    router.rounded = true;
    router.angle = 0.25;
    router.groupIds = {u"inner"_s, u"outer"_s};
    router.frameId = u"frame"_s;
    router.locked = true;
    router.link = u"https://example.org/router"_s;
    router.stencil = u"load-balancer"_s;
    router.seed = 4242;
    router.version = 17;
    doc.elements.append(router);

    Element label = shape(u"router-label"_s, ElementType::Text, 40, 35, 80, 25);
    label.text = u"Router\nprefix-aware"_s;
    label.fontSize = 16;
    label.fontFamily = 6;
    label.textAlign = TextAlign::Center;
    label.verticalAlign = VerticalAlign::Middle;
    label.containerId = u"router"_s;
    label.groupIds = {u"inner"_s, u"outer"_s};
    label.frameId = u"frame"_s;
    doc.elements.append(label);

    Element db = shape(u"kv"_s, ElementType::Cylinder, 400, 0, 140, 120);
    db.backgroundColor = QColor(0xff, 0xc9, 0xc9);
    db.fillStyle = FillStyle::CrossHatch;
    db.strokeStyle = StrokeStyle::Dotted;
    db.stencil = u"vector-db"_s;
    db.frameId = u"frame"_s;
    doc.elements.append(db);

    Element ellipse = shape(u"client"_s, ElementType::Ellipse, -300, 20, 90, 60);
    ellipse.fillStyle = FillStyle::Zigzag;
    ellipse.backgroundColor = QColor(0xb2, 0xf2, 0xbb, 0x80);
    doc.elements.append(ellipse);

    Element arrow = shape(u"a1"_s, ElementType::Arrow, 165, 50, 230, 10);
    arrow.points = {QPointF(0, 0), QPointF(120, 10), QPointF(230, 10)};
    arrow.startArrowhead = Arrowhead::Circle;
    arrow.endArrowhead = Arrowhead::TriangleOutline;
    arrow.startBinding = {u"router"_s, QPointF(1, 0.5), 5};
    arrow.endBinding = {u"kv"_s, QPointF(0, 0.5), 8};
    arrow.rounded = true;
    arrow.frameId = u"frame"_s;
    doc.elements.append(arrow);

    Element arrowLabel = shape(u"a1-label"_s, ElementType::Text, 250, 40, 60, 20);
    arrowLabel.text = u"gRPC"_s;
    arrowLabel.containerId = u"a1"_s;
    arrowLabel.textAlign = TextAlign::Right;
    arrowLabel.verticalAlign = VerticalAlign::Bottom;
    doc.elements.append(arrowLabel);

    Element line = shape(u"l1"_s, ElementType::Line, -200, 200, 300, 40);
    line.points = {QPointF(0, 0), QPointF(150, 40), QPointF(300, 0)};
    line.endArrowhead = Arrowhead::Bar;
    doc.elements.append(line);

    Element pen = shape(u"f1"_s, ElementType::Freehand, 0, 300, 60, 30);
    pen.points = {QPointF(0, 0), QPointF(20, 10), QPointF(40, 30), QPointF(60, 20)};
    pen.pressures = {0.25f, 0.5f, 0.75f, 0.125f};
    pen.strokeWidth = 1;
    doc.elements.append(pen);

    Element note = shape(u"t1"_s, ElementType::Text, 600, 300, 200, 50);
    note.text = u"p99 < 200 ms — ünïcödé ✓"_s;
    note.fontSize = 28;
    note.fontFamily = 3;
    doc.elements.append(note);

    Element image = shape(u"img"_s, ElementType::Image, 700, 0, 64, 64);
    image.fileId = u"file-1"_s;
    image.imageScale = QPointF(-1, 1);
    doc.elements.append(image);
    doc.files.insert(u"file-1"_s, ImageFile {u"file-1"_s, u"image/png"_s, pngBytes(Qt::red), 1700000000000});
    return doc;
}

/// A realistic large board: rows of labelled boxes joined by bound arrows, plus freehand strokes.
inline Board::Document largeDocument(int elements)
{
    using namespace Board;
    Document doc;
    int i = 0;
    while (doc.elements.size() < elements) {
        const double x = (i % 40) * 220.0;
        const double y = (i / 40) * 160.0;
        const QString id = u"box%1"_s.arg(i);
        Element box = shape(id, i % 5 == 0 ? ElementType::Cylinder : ElementType::Rectangle, x, y, 160, 90);
        box.backgroundColor = QColor(0xa5, 0xd8, 0xff);
        box.rounded = true;
        doc.elements.append(box);
        Element label = shape(id + u"-t"_s, ElementType::Text, x, y, 160, 25);
        label.text = u"Service %1"_s.arg(i);
        label.containerId = id;
        label.textAlign = TextAlign::Center;
        label.verticalAlign = VerticalAlign::Middle;
        doc.elements.append(label);
        if (i > 0 && i % 40 != 0) {
            Element arrow = shape(id + u"-a"_s, ElementType::Arrow, x - 55, y + 45, 50, 0);
            arrow.points = {QPointF(0, 0), QPointF(50, 0)};
            arrow.endArrowhead = Arrowhead::Arrow;
            arrow.startBinding = {u"box%1"_s.arg(i - 1), QPointF(1, 0.5), 5};
            arrow.endBinding = {id, QPointF(0, 0.5), 5};
            doc.elements.append(arrow);
        }
        if (i % 7 == 0) {
            Element pen = shape(id + u"-p"_s, ElementType::Freehand, x + 10, y + 100, 100, 20);
            for (int k = 0; k < 24; ++k) {
                pen.points.append(QPointF(k * 4, (k % 5) * 4));
                pen.pressures.append(0.3f + 0.02f * k);
            }
            doc.elements.append(pen);
        }
        ++i;
    }
    doc.elements.resize(elements);
    return doc;
}

} // namespace BoardFixtures
