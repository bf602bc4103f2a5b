// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexport.h"

#include "board/renderer.h"
#include "embeddedscene.h"
#include "excalidraw.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Board::Io
{

namespace
{
const QSet<QString> *onlyOf(const ExportOptions &options)
{
    return options.only.isEmpty() ? nullptr : &options.only;
}

Renderer::Options rendererOptions(const Document &document, const ExportOptions &options)
{
    Renderer::Options o;
    o.dark = options.dark;
    o.background = document.background;
    o.transparent = options.transparent;
    o.grid = false;
    o.frameNames = true;
    return o;
}

/// The 2× a user asked for, lowered when the board is so large the image would not fit in memory.
double fittedScale(const QRectF &scene, double requested)
{
    double scale = std::clamp(requested, 0.05, 8.0);
    const double side = std::max(scene.width(), scene.height()) * scale;
    if (side > MaxExportSide) {
        scale *= MaxExportSide / side;
    }
    const double area = scene.width() * scene.height() * scale * scale;
    if (area > double(MaxExportPixels)) {
        scale *= std::sqrt(double(MaxExportPixels) / area);
    }
    return scale;
}

/// Paints the backdrop (unless transparent) and the drawing into `target` (device units).
void paintInto(QPainter &painter, const Document &document, const ExportOptions &options, const QRectF &scene, double scale)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QTransform sceneToDevice = QTransform::fromScale(scale, scale).translate(-scene.left(), -scene.top());
    Renderer().paint(painter, document, sceneToDevice, rendererOptions(document, options), onlyOf(options));
}

QByteArray sceneJson(const Document &document, const ExportOptions &options)
{
    return toExcalidraw(document, onlyOf(options));
}
} // namespace

QRectF exportSceneRect(const Document &document, const ExportOptions &options)
{
    QRectF bounds = Renderer::sceneBounds(document, onlyOf(options));
    if (bounds.isEmpty()) {
        bounds = QRectF(bounds.topLeft(), QSizeF(std::max(bounds.width(), 1.0), std::max(bounds.height(), 1.0)));
    }
    const double pad = std::clamp(options.padding, 0.0, 1000.0);
    return bounds.adjusted(-pad, -pad, pad, pad);
}

QImage renderImage(const Document &document, const ExportOptions &options)
{
    const QRectF scene = exportSceneRect(document, options);
    const double scale = fittedScale(scene, options.scale);
    const QSize size(std::max(1, int(std::ceil(scene.width() * scale))), std::max(1, int(std::ceil(scene.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return image;
    }
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintInto(painter, document, options, scene, scale);
    painter.end();
    return image;
}

QByteArray exportPng(const Document &document, const ExportOptions &options)
{
    const QImage image = renderImage(document, options);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        return {};
    }
    return options.embedScene ? EmbeddedScene::embedInPng(png, sceneJson(document, options)) : png;
}

QByteArray exportSvg(const Document &document, const ExportOptions &options)
{
    const QRectF scene = exportSceneRect(document, options);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(scene.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), scene.size()));
    generator.setResolution(96);
    generator.setTitle(u"MLPrep board"_s);
    QPainter painter(&generator);
    paintInto(painter, document, options, scene, 1.0);
    painter.end();
    return options.embedScene ? EmbeddedScene::embedInSvg(svg, sceneJson(document, options)) : svg;
}

QByteArray exportPdf(const Document &document, const ExportOptions &options)
{
    const QRectF scene = exportSceneRect(document, options);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(96);
    writer.setCreator(u"MLPrep"_s);
    writer.setTitle(u"MLPrep board"_s);
    // 96 scene units per inch, 72 points per inch; PDF pages are capped at 200 inches a side.
    const QSizeF points = (scene.size() * 0.75).boundedTo(QSizeF(14400, 14400));
    writer.setPageSize(QPageSize(points, QPageSize::Point, {}, QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    const double fit = std::min({1.0, points.width() / 0.75 / scene.width(), points.height() / 0.75 / scene.height()});
    paintInto(painter, document, options, scene, fit);
    painter.end();
    return pdf;
}

} // namespace Board::Io
