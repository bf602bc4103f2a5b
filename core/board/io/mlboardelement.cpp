// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlboardelement.h"

#include "jsonfields.h"
#include "limits.h"
#include "names.h"
#include "repair.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Board::Io
{

namespace
{
const Element s_defaults {};

QJsonArray pointsToJson(const QList<QPointF> &points)
{
    QJsonArray out;
    for (const QPointF &p : points) {
        out.append(QJsonArray {p.x(), p.y()});
    }
    return out;
}

QJsonValue bindingToJson(const Binding &b)
{
    if (!b.isBound()) {
        return QJsonValue::Null;
    }
    return QJsonObject {{"elementId"_L1, b.elementId}, {"fixedPoint"_L1, QJsonArray {b.fixedPoint.x(), b.fixedPoint.y()}}, {"gap"_L1, b.gap}};
}

Binding bindingFromJson(FieldReader &parent, QLatin1StringView key)
{
    FieldReader r(parent.object(key));
    Binding b;
    b.elementId = r.string("elementId"_L1);
    b.fixedPoint = r.pair("fixedPoint"_L1, b.fixedPoint);
    b.gap = r.number("gap"_L1, b.gap);
    return b;
}

template<typename T> void put(QJsonObject &o, QLatin1StringView key, const T &value, const T &fallback)
{
    if (value != fallback) {
        o.insert(key, value);
    }
}

void putColor(QJsonObject &o, QLatin1StringView key, const QColor &value, const QColor &fallback)
{
    if (value != fallback) {
        o.insert(key, cssColor(value));
    }
}

template<typename Enum> void putEnum(QJsonObject &o, QLatin1StringView key, Enum value, Enum fallback, QString (*name)(Enum))
{
    if (value != fallback) {
        o.insert(key, name(value));
    }
}

template<typename Enum> Enum readEnum(FieldReader &r, QLatin1StringView key, Enum fallback, std::optional<Enum> (*parse)(const QString &))
{
    if (!r.has(key)) {
        return fallback;
    }
    return parse(r.string(key)).value_or(fallback);
}

QJsonValue arrowheadToJson(Arrowhead head)
{
    return head == Arrowhead::None ? QJsonValue(QJsonValue::Null) : QJsonValue(Names::arrowhead(head));
}

Arrowhead readArrowhead(FieldReader &r, QLatin1StringView key, Arrowhead fallback)
{
    const QJsonValue v = r.json().value(key);
    if (v.isUndefined()) {
        return fallback;
    }
    return v.isNull() ? Arrowhead::None : Names::arrowhead(v.toString()).value_or(fallback);
}
} // namespace

QJsonObject elementToJson(const Element &e)
{
    const Element &d = s_defaults;
    QJsonObject o {{"id"_L1, e.id}, {"type"_L1, Names::elementType(e.type)}};
    put(o, "x"_L1, e.x, d.x);
    put(o, "y"_L1, e.y, d.y);
    put(o, "width"_L1, e.width, d.width);
    put(o, "height"_L1, e.height, d.height);
    put(o, "angle"_L1, e.angle, d.angle);
    putColor(o, "strokeColor"_L1, e.strokeColor, d.strokeColor);
    putColor(o, "backgroundColor"_L1, e.backgroundColor, d.backgroundColor);
    putEnum(o, "fillStyle"_L1, e.fillStyle, d.fillStyle, &Names::fillStyle);
    put(o, "strokeWidth"_L1, e.strokeWidth, d.strokeWidth);
    putEnum(o, "strokeStyle"_L1, e.strokeStyle, d.strokeStyle, &Names::strokeStyle);
    put(o, "roughness"_L1, e.roughness, d.roughness);
    put(o, "opacity"_L1, e.opacity, d.opacity);
    put(o, "rounded"_L1, e.rounded, d.rounded);
    if (!e.points.isEmpty()) {
        o.insert("points"_L1, pointsToJson(e.points));
    }
    if (!e.pressures.isEmpty()) {
        QJsonArray pressures;
        for (float p : e.pressures) {
            pressures.append(double(p));
        }
        o.insert("pressures"_L1, pressures);
    }
    if (e.startArrowhead != d.startArrowhead) {
        o.insert("startArrowhead"_L1, arrowheadToJson(e.startArrowhead));
    }
    if (e.endArrowhead != d.endArrowhead) {
        o.insert("endArrowhead"_L1, arrowheadToJson(e.endArrowhead));
    }
    if (e.startBinding != d.startBinding) {
        o.insert("startBinding"_L1, bindingToJson(e.startBinding));
    }
    if (e.endBinding != d.endBinding) {
        o.insert("endBinding"_L1, bindingToJson(e.endBinding));
    }
    put(o, "text"_L1, e.text, d.text);
    put(o, "fontSize"_L1, e.fontSize, d.fontSize);
    put(o, "fontFamily"_L1, e.fontFamily, d.fontFamily);
    putEnum(o, "textAlign"_L1, e.textAlign, d.textAlign, &Names::textAlign);
    putEnum(o, "verticalAlign"_L1, e.verticalAlign, d.verticalAlign, &Names::verticalAlign);
    put(o, "containerId"_L1, e.containerId, d.containerId);
    put(o, "fileId"_L1, e.fileId, d.fileId);
    if (e.imageScale != d.imageScale) {
        o.insert("imageScale"_L1, QJsonArray {e.imageScale.x(), e.imageScale.y()});
    }
    put(o, "name"_L1, e.name, d.name);
    if (!e.groupIds.isEmpty()) {
        o.insert("groupIds"_L1, QJsonArray::fromStringList(e.groupIds));
    }
    put(o, "frameId"_L1, e.frameId, d.frameId);
    put(o, "locked"_L1, e.locked, d.locked);
    put(o, "link"_L1, e.link, d.link);
    put(o, "stencil"_L1, e.stencil, d.stencil);
    put(o, "seed"_L1, e.seed, d.seed);
    put(o, "version"_L1, e.version, d.version);
    return o;
}

std::optional<Element> elementFromJson(const QJsonObject &object, WarningSink &warnings)
{
    FieldReader r(object);
    const QString typeName = r.string("type"_L1);
    const std::optional<ElementType> type = Names::elementType(typeName);
    if (!type) {
        warnings.add(QCoreApplication::translate("Board::Io", "Skipped an element of unknown type “%1”.").arg(typeName.left(40)));
        return std::nullopt;
    }
    const Element &d = s_defaults;
    Element e;
    e.type = *type;
    e.id = r.string("id"_L1).left(256);
    e.x = r.coordinate("x"_L1, d.x);
    e.y = r.coordinate("y"_L1, d.y);
    e.width = r.coordinate("width"_L1, d.width);
    e.height = r.coordinate("height"_L1, d.height);
    e.angle = r.number("angle"_L1, d.angle);
    e.strokeColor = r.color("strokeColor"_L1, d.strokeColor);
    e.backgroundColor = r.color("backgroundColor"_L1, d.backgroundColor);
    e.fillStyle = readEnum(r, "fillStyle"_L1, d.fillStyle, &Names::fillStyle);
    e.strokeWidth = r.number("strokeWidth"_L1, d.strokeWidth);
    e.strokeStyle = readEnum(r, "strokeStyle"_L1, d.strokeStyle, &Names::strokeStyle);
    e.roughness = r.integer("roughness"_L1, d.roughness, 0, 2);
    e.opacity = r.integer("opacity"_L1, d.opacity, 0, 100);
    e.rounded = r.boolean("rounded"_L1, d.rounded);
    e.points = r.points("points"_L1);
    if (r.has("pressures"_L1)) {
        for (const QJsonValue p : object.value("pressures"_L1).toArray()) {
            e.pressures.append(float(p.toDouble(0.5)));
        }
    }
    e.startArrowhead = readArrowhead(r, "startArrowhead"_L1, d.startArrowhead);
    e.endArrowhead = readArrowhead(r, "endArrowhead"_L1, d.endArrowhead);
    e.startBinding = bindingFromJson(r, "startBinding"_L1);
    e.endBinding = bindingFromJson(r, "endBinding"_L1);
    e.text = r.string("text"_L1);
    e.fontSize = r.number("fontSize"_L1, d.fontSize);
    e.fontFamily = r.integer("fontFamily"_L1, d.fontFamily, 0, 1000);
    e.textAlign = readEnum(r, "textAlign"_L1, d.textAlign, &Names::textAlign);
    e.verticalAlign = readEnum(r, "verticalAlign"_L1, d.verticalAlign, &Names::verticalAlign);
    e.containerId = r.string("containerId"_L1).left(256);
    e.fileId = r.string("fileId"_L1).left(256);
    e.imageScale = r.pair("imageScale"_L1, d.imageScale);
    e.name = r.string("name"_L1);
    e.groupIds = r.strings("groupIds"_L1, Limits::MaxGroupDepth);
    e.frameId = r.string("frameId"_L1).left(256);
    e.locked = r.boolean("locked"_L1, d.locked);
    e.link = r.string("link"_L1);
    e.stencil = r.string("stencil"_L1).left(256);
    e.seed = r.integer("seed"_L1, d.seed, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    e.version = r.integer("version"_L1, d.version, 0, std::numeric_limits<int>::max());

    if (r.isUnusable() || !normaliseElement(e)) {
        warnings.add(QCoreApplication::translate("Board::Io", "Skipped element “%1”: its coordinates cannot be drawn.").arg(e.id.left(40)));
        return std::nullopt;
    }
    if (!r.problems().isEmpty()) {
        warnings.add(QCoreApplication::translate("Board::Io", "Element “%1”: ignored invalid %2.").arg(e.id.left(40), r.problems().join(u", "_s)));
    }
    return e;
}

} // namespace Board::Io
