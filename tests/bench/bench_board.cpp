// SPDX-License-Identifier: GPL-3.0-or-later
// The whiteboard's frame budget: a 5,000-element board (boxes with labels, arrows between them,
// freehand strokes) rendered at 1920×1080, whole and while panning/zooming. Target < 16 ms each.
#include "board/renderer.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace Board;

namespace
{
Document bigBoard()
{
    Document doc;
    constexpr int Columns = 50;
    int n = 0;
    // Quartets: a box, its label, an arrow to the next box, and every 10th a freehand squiggle.
    while (doc.elements.size() < 5000) {
        const double x = (n % Columns) * 220.0;
        const double y = (n / Columns) * 160.0;
        Element box;
        box.id = u"b%1"_s.arg(n);
        box.type = n % 3 == 0 ? ElementType::Rectangle : n % 3 == 1 ? ElementType::Ellipse : ElementType::Cylinder;
        box.x = x;
        box.y = y;
        box.width = 140;
        box.height = 80;
        box.backgroundColor = n % 2 ? QColor(0xa5, 0xd8, 0xff) : QColor(Qt::transparent);
        box.fillStyle = n % 4 == 0 ? FillStyle::Hachure : FillStyle::Solid;
        box.rounded = true;
        doc.elements.append(box);
        Element text;
        text.id = u"t%1"_s.arg(n);
        text.type = ElementType::Text;
        text.text = u"GPU node %1"_s.arg(n);
        text.containerId = box.id;
        text.x = x + 10;
        text.y = y + 28;
        text.width = 120;
        text.height = 25;
        text.textAlign = TextAlign::Center;
        doc.elements.append(text);
        Element arrow;
        arrow.id = u"a%1"_s.arg(n);
        arrow.type = ElementType::Arrow;
        arrow.x = x + 146;
        arrow.y = y + 40;
        arrow.points = {QPointF(), QPointF(68, 0)};
        arrow.endArrowhead = Arrowhead::Arrow;
        arrow.strokeStyle = n % 5 == 0 ? StrokeStyle::Dashed : StrokeStyle::Solid;
        doc.elements.append(arrow);
        if (n % 10 == 0) {
            Element stroke;
            stroke.id = u"f%1"_s.arg(n);
            stroke.type = ElementType::Freehand;
            stroke.x = x;
            stroke.y = y + 100;
            for (int i = 0; i < 40; ++i) {
                stroke.points.append(QPointF(i * 3, std::sin(i / 4.0) * 10));
            }
            doc.elements.append(stroke);
        }
        ++n;
    }
    doc.elements.resize(5000);
    return doc;
}

QGuiApplication &app()
{
    static int argc = 1;
    static char name[] = "bench_board";
    static char *argv[] = {name, nullptr};
    static QGuiApplication instance(argc, argv);
    return instance;
}

void renderFrame(benchmark::State &state, const QTransform &view)
{
    app();
    const Document doc = bigBoard();
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const Renderer renderer;
    const Renderer::Options options;
    for (auto _ : state) {
        QPainter p(&frame);
        renderer.paint(p, doc, view, options);
        p.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
}

/// The whole board in view (zoomed out to fit): every element is drawn.
void BM_FullFrame(benchmark::State &state)
{
    const QRectF bounds = Renderer::sceneBounds(bigBoard());
    const double scale = std::min(1920 / bounds.width(), 1080 / bounds.height());
    QTransform view;
    view.scale(scale, scale);
    view.translate(-bounds.left(), -bounds.top());
    renderFrame(state, view);
}
BENCHMARK(BM_FullFrame)->Unit(benchmark::kMillisecond)->Iterations(20);

/// Panning and zooming at 100–150%: each frame a new transform over part of the board.
void BM_PanZoomRedraw(benchmark::State &state)
{
    app();
    const Document doc = bigBoard();
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const Renderer renderer;
    const Renderer::Options options;
    int i = 0;
    for (auto _ : state) {
        QTransform view;
        const double zoom = 1.0 + (i % 10) * 0.05;
        view.scale(zoom, zoom);
        view.translate(-(i * 37 % 8000), -(i * 23 % 2500));
        QPainter p(&frame);
        renderer.paint(p, doc, view, options);
        p.end();
        benchmark::DoNotOptimize(frame.constBits());
        ++i;
    }
}
BENCHMARK(BM_PanZoomRedraw)->Unit(benchmark::kMillisecond)->Iterations(50);
} // namespace
