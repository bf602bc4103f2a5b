// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderer.h"

#include "geometry.h"
#include "strokes.h"
#include "textlayout.h"

#include <QCache>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QMutex>
#include <QPaintDevice>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace Board
{

namespace
{
/// Decoded images by file id and size: decoding a PNG every frame would blow the frame budget.
QImage decodedImage(const ImageFile &file)
{
    static QMutex mutex;
    static QCache<QString, QImage> cache(64 * 1024 * 1024 / 1024); // cost in KiB
    const QString key = file.id + u':' + QString::number(file.data.size());
    const QMutexLocker lock(&mutex);
    if (const QImage *hit = cache.object(key)) {
        return *hit;
    }
    auto *image = new QImage(QImage::fromData(file.data));
    const QImage copy = *image;
    cache.insert(key, image, std::max<qsizetype>(1, image->sizeInBytes() / 1024));
    return copy;
}

/// Margin around an element's geometry that strokes, arrowheads and frame names may paint into.
double paintMargin(const Element &e)
{
    return e.strokeWidth * 2 + (e.type == ElementType::Arrow ? 30 : 0) + 2;
}

QRectF paintBounds(const Element &e)
{
    const double m = paintMargin(e);
    QRectF r = Geometry::sceneBounds(e).adjusted(-m, -m, m, m);
    if (e.type == ElementType::Frame) {
        r.setTop(r.top() - 24);
    }
    return r;
}

class Painter
{
public:
    Painter(QPainter &p, const Document &doc, const Renderer::Options &o) : m_p(p), m_doc(doc), m_o(o)
    {
        for (const Element &t : doc.elements) {
            if (t.type == ElementType::Text && !t.containerId.isEmpty() && !t.text.isEmpty()) {
                m_labels.insert(t.containerId, t.boundingBox().adjusted(-4, -2, 4, 2));
            }
        }
    }

    void element(const Element &e)
    {
        m_scale = std::sqrt(std::abs(m_p.transform().determinant()));
        m_p.save();
        // Zoomed far out, antialiasing triples the cost of thousands of small outlines for no
        // visible gain; at working zooms every edge is smooth.
        m_p.setRenderHint(QPainter::Antialiasing, m_scale >= 0.35);
        m_p.setTransform(Geometry::rotation(e), true);
        m_p.setOpacity(std::clamp(e.opacity, 0, 100) / 100.0);
        switch (e.type) {
        case ElementType::Rectangle:
        case ElementType::Diamond:
        case ElementType::Ellipse:
        case ElementType::Cylinder:
            shape(e);
            break;
        case ElementType::Arrow:
        case ElementType::Line:
            linear(e);
            break;
        case ElementType::Freehand:
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(color(e.strokeColor));
            m_p.drawPath(Strokes::freehandOutline(e));
            break;
        case ElementType::Text:
            text(e);
            break;
        case ElementType::Image:
            image(e);
            break;
        case ElementType::Frame:
            frame(e);
            break;
        }
        m_p.restore();
    }

private:
    [[nodiscard]] QColor color(const QColor &c) const
    {
        return Renderer::displayColor(c, m_o.dark);
    }

    void fill(const QPainterPath &area, const Element &e)
    {
        if (e.backgroundColor.alpha() == 0) {
            return;
        }
        if (e.fillStyle == FillStyle::Solid) {
            m_p.fillPath(area, color(e.backgroundColor));
            return;
        }
        if (std::max(4.0, e.strokeWidth * 4) * m_scale < 2) {
            // Hatching denser than the pixels reads as a tint: draw that, not thousands of lines.
            QColor tint = color(e.backgroundColor);
            tint.setAlphaF(tint.alphaF() * 0.5f);
            m_p.fillPath(area, tint);
            return;
        }
        m_p.save();
        m_p.setClipPath(area, Qt::IntersectClip);
        QPen hatch(color(e.backgroundColor), std::max(1.0, e.strokeWidth / 2), Qt::SolidLine, Qt::RoundCap);
        m_p.setPen(hatch);
        m_p.setBrush(Qt::NoBrush);
        m_p.drawPath(Strokes::fillPattern(area, e.fillStyle, e.strokeWidth));
        m_p.restore();
    }

    void shape(const Element &e)
    {
        const QPainterPath path = Strokes::shapePath(e);
        fill(path, e);
        m_p.setBrush(Qt::NoBrush);
        m_p.setPen(Strokes::pen(e, color(e.strokeColor)));
        m_p.drawPath(path);
        if (e.type == ElementType::Cylinder) {
            m_p.drawPath(Strokes::cylinderRim(e));
        }
    }

    /// The arrow label's box, which the shaft leaves a gap for (as Excalidraw masks it).
    [[nodiscard]] QRectF labelBox(const Element &arrow) const
    {
        return m_labels.value(arrow.id);
    }

    void linear(const Element &e)
    {
        if (e.points.size() < 2) {
            return;
        }
        const QPainterPath path = Strokes::shapePath(e);
        const QColor stroke = color(e.strokeColor);
        m_p.save();
        if (const QRectF label = e.type == ElementType::Arrow ? labelBox(e) : QRectF(); !label.isEmpty()) {
            QPainterPath keep;
            keep.addRect(paintBounds(e).united(label));
            QPainterPath hole;
            hole.addRect(label);
            m_p.setClipPath(keep.subtracted(hole), Qt::IntersectClip);
        }
        m_p.setBrush(Qt::NoBrush);
        m_p.setPen(Strokes::pen(e, stroke));
        if (e.type == ElementType::Line && e.backgroundColor.alpha() > 0 && e.points.size() > 2) {
            QPainterPath closed = path;
            closed.closeSubpath();
            fill(closed, e);
        }
        m_p.drawPath(path);
        m_p.restore();
        QPen solid = Strokes::pen(e, stroke);
        solid.setStyle(Qt::SolidLine);
        const QPointF origin(e.x, e.y);
        head(e.startArrowhead, origin + e.points.at(0), origin + e.points.at(1), e.strokeWidth, solid);
        const qsizetype n = e.points.size();
        head(e.endArrowhead, origin + e.points.at(n - 1), origin + e.points.at(n - 2), e.strokeWidth, solid);
    }

    void head(Arrowhead kind, QPointF tip, QPointF from, double width, const QPen &pen)
    {
        bool filled = false;
        const QPainterPath path = Strokes::arrowhead(kind, tip, from, width, &filled);
        if (path.isEmpty()) {
            return;
        }
        m_p.setPen(pen);
        m_p.setBrush(filled ? QBrush(pen.color()) : QBrush(color(m_o.background)));
        if (!filled && (kind == Arrowhead::Arrow || kind == Arrowhead::Bar)) {
            m_p.setBrush(Qt::NoBrush);
        }
        m_p.drawPath(path);
    }

    void text(const Element &e)
    {
        if (e.text.isEmpty()) {
            return;
        }
        const QRectF box = e.boundingBox();
        if (e.fontSize * m_scale < 4) {
            // Unreadably small (a zoomed-out overview): grey bars where the lines are, as print
            // previews "greek" text; shaping thousands of glyph runs would cost the frame.
            QColor ink = color(e.strokeColor);
            ink.setAlphaF(ink.alphaF() * 0.35f);
            const int count = std::max<qsizetype>(1, e.text.count(u'\n') + 1);
            const double advance = std::max(box.height() / count, TextLayout::lineAdvance(e));
            for (int i = 0; i < count; ++i) {
                m_p.fillRect(QRectF(box.left(), box.top() + i * advance + advance * 0.3, box.width(), advance * 0.4), ink);
            }
            return;
        }
        const QFont font = TextLayout::font(e);
        const QFontMetricsF fm(font);
        const QStringList lines = TextLayout::lines(e, e.containerId.isEmpty() ? 0 : box.width() + 1);
        const double advance = TextLayout::lineAdvance(e);
        const double blockHeight = advance * lines.size();
        double y = box.top();
        if (e.verticalAlign == VerticalAlign::Middle) {
            y = box.center().y() - blockHeight / 2;
        } else if (e.verticalAlign == VerticalAlign::Bottom) {
            y = box.bottom() - blockHeight;
        }
        m_p.setFont(font);
        m_p.setPen(color(e.strokeColor));
        // Centre the glyphs in each line box, as CSS line-height does.
        const double baseline = (advance - (fm.ascent() + fm.descent())) / 2 + fm.ascent();
        for (const QString &line : lines) {
            const double w = fm.horizontalAdvance(line);
            double x = box.left();
            if (e.textAlign == TextAlign::Center) {
                x = box.center().x() - w / 2;
            } else if (e.textAlign == TextAlign::Right) {
                x = box.right() - w;
            }
            m_p.drawText(QPointF(x, y + baseline), line);
            y += advance;
        }
    }

    void image(const Element &e)
    {
        const QRectF box = e.boundingBox();
        const auto file = m_doc.files.constFind(e.fileId);
        const QImage img = file == m_doc.files.cend() ? QImage() : decodedImage(*file);
        if (img.isNull()) {
            // A missing or undecodable file still shows where the image was.
            m_p.setPen(QPen(color(QColor(0x86, 0x8e, 0x96)), 1, Qt::DashLine));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRect(box);
            return;
        }
        m_p.save();
        m_p.translate(box.center());
        m_p.scale(e.imageScale.x() < 0 ? -1 : 1, e.imageScale.y() < 0 ? -1 : 1);
        m_p.setRenderHint(QPainter::SmoothPixmapTransform);
        m_p.drawImage(QRectF(-box.width() / 2, -box.height() / 2, box.width(), box.height()), img);
        m_p.restore();
    }

    void frame(const Element &e)
    {
        const QRectF box = e.boundingBox();
        m_p.setPen(QPen(color(QColor(0xbb, 0xbb, 0xbb)), 1));
        m_p.setBrush(e.backgroundColor.alpha() > 0 ? QBrush(color(e.backgroundColor)) : QBrush(Qt::NoBrush));
        m_p.drawRoundedRect(box, 8, 8);
        if (!m_o.frameNames) {
            return;
        }
        QFont f = TextLayout::font(e);
        f.setPixelSize(14);
        m_p.setFont(f);
        m_p.setPen(color(QColor(0x50, 0x50, 0x50)));
        const QString name = e.name.isEmpty() ? QCoreApplication::translate("Board::Renderer", "Frame") : e.name;
        const QFontMetricsF fm(f);
        m_p.drawText(QPointF(box.left(), box.top() - fm.descent() - 4), fm.elidedText(name, Qt::ElideRight, std::max(box.width(), 40.0)));
    }

    QPainter &m_p;
    const Document &m_doc;
    const Renderer::Options &m_o;
    QHash<QString, QRectF> m_labels; ///< label boxes by container id, found once per frame
    double m_scale = 1; ///< device pixels per scene unit for the element being painted
};

void paintGrid(QPainter &p, const QRectF &visible, const Document &doc, bool dark)
{
    const int step = std::max(4, doc.gridSize);
    const double scale = std::sqrt(std::abs(p.transform().determinant()));
    if (scale * step < 4) {
        return; // too dense to be useful: Excalidraw hides it too
    }
    QPen minor(Renderer::displayColor(QColor(0xe9, 0xec, 0xef), dark), 0);
    QPen major(Renderer::displayColor(QColor(0xce, 0xd4, 0xda), dark), 0);
    for (double x = std::floor(visible.left() / step) * step; x <= visible.right(); x += step) {
        p.setPen(qRound(x / step) % 5 == 0 ? major : minor);
        p.drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()));
    }
    for (double y = std::floor(visible.top() / step) * step; y <= visible.bottom(); y += step) {
        p.setPen(qRound(y / step) % 5 == 0 ? major : minor);
        p.drawLine(QPointF(visible.left(), y), QPointF(visible.right(), y));
    }
}

bool selected(const Element &e, const QSet<QString> *only)
{
    return !only || only->contains(e.id) || (!e.containerId.isEmpty() && only->contains(e.containerId));
}
} // namespace

void Renderer::paint(QPainter &p, const Document &doc, const QTransform &sceneToDevice, const Options &o, const QSet<QString> *only) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QTransform full = sceneToDevice * p.transform();
    QRectF visible;
    if (const QPaintDevice *device = p.device(); device && full.isInvertible()) {
        const QRectF deviceRect = p.hasClipping() ? p.clipBoundingRect() : QRectF(0, 0, device->width(), device->height());
        visible = (p.hasClipping() ? sceneToDevice : full).inverted().mapRect(deviceRect);
    }
    p.setTransform(sceneToDevice, true);
    if (!o.transparent) {
        const QRectF area = visible.isValid() ? visible : sceneBounds(doc, only).adjusted(-1e4, -1e4, 1e4, 1e4);
        p.fillRect(area, displayColor(o.background, o.dark));
    }
    if (o.grid && visible.isValid()) {
        paintGrid(p, visible, doc, o.dark);
    }
    Painter painter(p, doc, o);
    for (const Element &e : doc.elements) {
        if (!selected(e, only) || o.hidden.contains(e.id)) {
            continue;
        }
        if (visible.isValid() && !visible.intersects(paintBounds(e))) {
            continue;
        }
        painter.element(e);
    }
    p.restore();
}

QRectF Renderer::sceneBounds(const Document &doc, const QSet<QString> *only)
{
    QRectF bounds;
    for (const Element &e : doc.elements) {
        if (selected(e, only)) {
            bounds = bounds.united(paintBounds(e));
        }
    }
    return bounds;
}

QColor Renderer::displayColor(const QColor &stored, bool dark)
{
    if (!dark) {
        return stored;
    }
    // CSS invert(93%) then hue-rotate(180deg), the filter Excalidraw applies to its canvas.
    auto inv = [](double c) {
        return 0.93 - 0.86 * c;
    };
    const double r = inv(stored.redF());
    const double g = inv(stored.greenF());
    const double b = inv(stored.blueF());
    auto clamp = [](double v) {
        return std::clamp(v, 0.0, 1.0);
    };
    return QColor::fromRgbF(float(clamp(-0.574 * r + 1.43 * g + 0.144 * b)),
                            float(clamp(0.426 * r + 0.43 * g + 0.144 * b)),
                            float(clamp(0.426 * r + 1.43 * g - 0.856 * b)),
                            stored.alphaF());
}

} // namespace Board
