// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/strokes.h"
#include "excalidraw.h"
#include "jsonfields.h"
#include "mlboardelement.h"
#include "names.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Board::Io
{

namespace
{
constexpr QLatin1StringView s_digits("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

/// Excalidraw's fractional index for the n-th element: integer keys `a0`…`az`, `b00`…`bzz`, …,
/// valid for its fractional-indexing library, so it does not need to re-sync them on load.
QString fractionalIndex(qsizetype n)
{
    qsizetype capacity = 62;
    char head = 'a';
    int digits = 1;
    while (n >= capacity && head < 'z') {
        n -= capacity;
        capacity *= 62;
        ++head;
        ++digits;
    }
    QString key(digits + 1, u'0');
    key[0] = QLatin1Char(head);
    for (int i = digits; i >= 1; --i) {
        key[i] = QLatin1Char(s_digits.at(n % 62));
        n /= 62;
    }
    return key;
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue arrowheadJson(Arrowhead head)
{
    return head == Arrowhead::None ? QJsonValue(QJsonValue::Null) : QJsonValue(Names::arrowhead(head));
}

/// Both schemas in one object: v0.18 reads focus/gap, current main reads fixedPoint/mode.
QJsonValue bindingJson(const Binding &b, const QSet<QString> &exported)
{
    if (!b.isBound() || !exported.contains(b.elementId)) {
        return QJsonValue::Null;
    }
    return QJsonObject {
        {"elementId"_L1, b.elementId},
        {"focus"_L1, 0},
        {"gap"_L1, b.gap},
        {"fixedPoint"_L1, QJsonArray {b.fixedPoint.x(), b.fixedPoint.y()}},
        {"mode"_L1, "orbit"_L1},
    };
}

QJsonArray pointsJson(const QList<QPointF> &points)
{
    QJsonArray out;
    for (const QPointF &p : points) {
        out.append(QJsonArray {p.x(), p.y()});
    }
    return out;
}

struct Writer {
    const Document &doc;
    QSet<QString> exported;
    QHash<QString, QJsonArray> boundElements;
    QJsonArray out;

    QJsonObject common(const Element &e, const QString &type, const QString &id) const
    {
        QJsonObject o {
            {"id"_L1, id},
            {"type"_L1, type},
            {"x"_L1, e.x},
            {"y"_L1, e.y},
            {"width"_L1, e.width},
            {"height"_L1, e.height},
            {"angle"_L1, e.angle},
            {"strokeColor"_L1, cssColor(e.strokeColor)},
            {"backgroundColor"_L1, cssColor(e.backgroundColor)},
            {"fillStyle"_L1, Names::fillStyle(e.fillStyle)},
            {"strokeWidth"_L1, e.strokeWidth},
            {"strokeStyle"_L1, Names::strokeStyle(e.strokeStyle)},
            {"roughness"_L1, e.roughness},
            {"opacity"_L1, e.opacity},
            {"roundness"_L1, e.rounded ? QJsonValue(QJsonObject {{"type"_L1, e.type == ElementType::Rectangle ? 3 : 2}}) : QJsonValue(QJsonValue::Null)},
            {"seed"_L1, e.seed},
            {"version"_L1, e.version},
            {"versionNonce"_L1, e.seed ^ e.version},
            {"index"_L1, fractionalIndex(out.size())},
            {"isDeleted"_L1, false},
            {"groupIds"_L1, QJsonArray::fromStringList(e.groupIds)},
            {"frameId"_L1, exported.contains(e.frameId) ? QJsonValue(e.frameId) : QJsonValue(QJsonValue::Null)},
            {"boundElements"_L1, boundElements.value(id)},
            {"updated"_L1, 1},
            {"link"_L1, nullable(e.link)},
            {"locked"_L1, e.locked},
        };
        if (!e.stencil.isEmpty()) {
            o.insert("customData"_L1, QJsonObject {{"mlprep"_L1, QJsonObject {{"stencil"_L1, e.stencil}}}});
        }
        return o;
    }

    void writeElement(const Element &e)
    {
        if (e.type == ElementType::Cylinder) {
            writeCylinder(e);
            return;
        }
        QJsonObject o = common(e, Names::elementType(e.type), e.id);
        switch (e.type) {
        case ElementType::Text:
            o.insert("text"_L1, e.text);
            o.insert("originalText"_L1, e.text);
            o.insert("fontSize"_L1, e.fontSize);
            o.insert("fontFamily"_L1, e.fontFamily);
            o.insert("textAlign"_L1, Names::textAlign(e.textAlign));
            o.insert("verticalAlign"_L1, Names::verticalAlign(e.verticalAlign));
            o.insert("containerId"_L1, exported.contains(e.containerId) ? QJsonValue(e.containerId) : QJsonValue(QJsonValue::Null));
            o.insert("autoResize"_L1, true);
            o.insert("lineHeight"_L1, 1.25);
            o.insert("baseline"_L1, e.fontSize);
            break;
        case ElementType::Arrow:
        case ElementType::Line:
            o.insert("points"_L1, pointsJson(e.points));
            o.insert("lastCommittedPoint"_L1, QJsonValue::Null);
            o.insert("startBinding"_L1, bindingJson(e.startBinding, exported));
            o.insert("endBinding"_L1, bindingJson(e.endBinding, exported));
            o.insert("startArrowhead"_L1, arrowheadJson(e.startArrowhead));
            o.insert("endArrowhead"_L1, arrowheadJson(e.endArrowhead));
            o.insert(e.type == ElementType::Arrow ? "elbowed"_L1 : "polygon"_L1, false);
            break;
        case ElementType::Freehand: {
            o.insert("points"_L1, pointsJson(e.points));
            QJsonArray pressures;
            for (float p : e.pressures) {
                pressures.append(double(p));
            }
            o.insert("pressures"_L1, pressures);
            o.insert("simulatePressure"_L1, e.pressures.isEmpty());
            o.insert("lastCommittedPoint"_L1, QJsonValue::Null);
            break;
        }
        case ElementType::Image:
            o.insert("fileId"_L1, nullable(e.fileId));
            o.insert("status"_L1, "saved"_L1);
            o.insert("scale"_L1, QJsonArray {e.imageScale.x(), e.imageScale.y()});
            o.insert("crop"_L1, QJsonValue::Null);
            break;
        case ElementType::Frame:
            o.insert("name"_L1, nullable(e.name));
            break;
        default:
            break;
        }
        out.append(o);
    }

    /// Excalidraw has no cylinder: a filled silhouette, the top ellipse, and on top an invisible
    /// box with the cylinder's id that arrows bind to and the label sits in.
    void writeCylinder(const Element &e)
    {
        Element part = e;
        part.groupIds.prepend(e.id + u"~group"_s);
        const double cap = 2 * Strokes::cylinderRim(e).boundingRect().height();
        const QPolygonF outline = Strokes::shapePath(e).toFillPolygon();
        const QJsonObject partTag {{"mlprep"_L1, QJsonObject {{"cylinderPart"_L1, e.id}}}};

        Element body = part;
        body.type = ElementType::Line;
        body.x = outline.isEmpty() ? e.x : outline.first().x();
        body.y = outline.isEmpty() ? e.y : outline.first().y();
        QJsonObject bodyJson = common(body, u"line"_s, e.id + u"~body"_s);
        QList<QPointF> points;
        for (const QPointF &p : outline) {
            points.append(p - QPointF(body.x, body.y));
        }
        bodyJson.insert("points"_L1, pointsJson(points));
        bodyJson.insert("polygon"_L1, true);
        bodyJson.insert("lastCommittedPoint"_L1, QJsonValue::Null);
        bodyJson.insert("startBinding"_L1, QJsonValue::Null);
        bodyJson.insert("endBinding"_L1, QJsonValue::Null);
        bodyJson.insert("startArrowhead"_L1, QJsonValue::Null);
        bodyJson.insert("endArrowhead"_L1, QJsonValue::Null);
        bodyJson.insert("roundness"_L1, QJsonValue::Null);
        bodyJson.insert("boundElements"_L1, QJsonArray {});
        bodyJson.insert("customData"_L1, partTag);
        out.append(bodyJson);

        Element top = part;
        top.height = cap;
        QJsonObject topJson = common(top, u"ellipse"_s, e.id + u"~top"_s);
        topJson.insert("boundElements"_L1, QJsonArray {});
        topJson.insert("customData"_L1, partTag);
        out.append(topJson);

        Element box = part;
        box.strokeColor = Qt::transparent;
        box.backgroundColor = Qt::transparent;
        QJsonObject boxJson = common(box, u"rectangle"_s, e.id);
        boxJson.insert("customData"_L1, QJsonObject {{"mlprep"_L1, QJsonObject {{"cylinder"_L1, elementToJson(e)}, {"stencil"_L1, e.stencil}}}});
        out.append(boxJson);
    }
};
} // namespace

QByteArray toExcalidraw(const Document &document, const QSet<QString> *only)
{
    Writer w {document, {}, {}, {}};
    QList<const Element *> chosen;
    for (const Element &e : document.elements) {
        if (!only || only->contains(e.id) || (e.type == ElementType::Text && only->contains(e.containerId))) {
            chosen.append(&e);
            w.exported.insert(e.id);
        }
    }
    for (const Element *e : std::as_const(chosen)) {
        for (const Binding *b : {&e->startBinding, &e->endBinding}) {
            if (b->isBound() && w.exported.contains(b->elementId)) {
                const QJsonObject ref {{"id"_L1, e->id}, {"type"_L1, "arrow"_L1}};
                if (!w.boundElements.value(b->elementId).contains(ref)) {
                    w.boundElements[b->elementId].append(ref);
                }
            }
        }
        if (e->type == ElementType::Text && w.exported.contains(e->containerId)) {
            w.boundElements[e->containerId].append(QJsonObject {{"id"_L1, e->id}, {"type"_L1, "text"_L1}});
        }
    }
    QJsonObject files;
    for (const Element *e : std::as_const(chosen)) {
        w.writeElement(*e);
        if (e->type == ElementType::Image && document.files.contains(e->fileId) && !files.contains(e->fileId)) {
            const ImageFile &f = document.files.value(e->fileId);
            files.insert(f.id,
                         QJsonObject {
                             {"mimeType"_L1, f.mimeType},
                             {"id"_L1, f.id},
                             {"dataURL"_L1, u"data:%1;base64,%2"_s.arg(f.mimeType, QString::fromLatin1(f.data.toBase64()))},
                             {"created"_L1, double(f.created)},
                             {"lastRetrieved"_L1, double(f.created)},
                         });
        }
    }
    const QJsonObject root {
        {"type"_L1, "excalidraw"_L1},
        {"version"_L1, 2},
        {"source"_L1, "mlprep"_L1},
        {"elements"_L1, w.out},
        {"appState"_L1,
         QJsonObject {
             {"gridSize"_L1, document.gridSize},
             {"gridStep"_L1, 5},
             {"gridModeEnabled"_L1, document.gridEnabled},
             {"viewBackgroundColor"_L1, cssColor(document.background)},
             {"lockedMultiSelections"_L1, QJsonObject {}},
         }},
        {"files"_L1, files},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Board::Io
