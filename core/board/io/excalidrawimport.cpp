// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedscene.h"
#include "excalidraw.h"
#include "jsonfields.h"
#include "limits.h"
#include "mlboardelement.h"
#include "names.h"
#include "repair.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Board::Io
{

namespace
{
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Board::Io", text, nullptr, n);
}

/// Bindings in the focus/gap schema carry no attachment point; it is worked out from the arrow's
/// end once all elements are known.
struct PendingEnds {
    bool startNeedsPoint = false;
    bool endNeedsPoint = false;
};

/// Per-file state: counts for the summary warnings, the pending binding points.
struct Reader {
    explicit Reader(WarningSink &sink) : warnings(sink)
    {
    }
    WarningSink &warnings;
    QHash<QString, PendingEnds> pending;
    int unknown = 0;
    int embeds = 0;
    int unusable = 0;
    QStringList fieldProblems;
};

std::optional<ElementType> mapType(const QString &name, Reader &reader)
{
    if (name == "draw"_L1) {
        return ElementType::Line;
    }
    if (name == "magicframe"_L1) {
        return ElementType::Frame;
    }
    if (name == "embeddable"_L1 || name == "iframe"_L1) {
        ++reader.embeds;
        return ElementType::Rectangle;
    }
    if (name == "cylinder"_L1) {
        return std::nullopt;
    }
    return Names::elementType(name);
}

Binding readBinding(FieldReader &parent, QLatin1StringView key, bool *needsPoint)
{
    FieldReader r(parent.object(key));
    Binding b;
    b.elementId = r.string("elementId"_L1).left(256);
    b.gap = r.number("gap"_L1, b.gap);
    const QJsonValue fixed = r.json().value("fixedPoint"_L1);
    if (fixed.isArray()) {
        b.fixedPoint = r.pair("fixedPoint"_L1, b.fixedPoint);
    }
    *needsPoint = b.isBound() && !fixed.isArray();
    return b;
}

/// The cylinder written by toExcalidraw(), rebuilt from its invisible box.
std::optional<Element> rebuildCylinder(const QJsonObject &stored, const Element &box, Reader &reader)
{
    std::optional<Element> cylinder = elementFromJson(stored, reader.warnings);
    if (!cylinder || cylinder->type != ElementType::Cylinder) {
        return std::nullopt;
    }
    cylinder->id = box.id;
    cylinder->x = box.x;
    cylinder->y = box.y;
    cylinder->width = box.width;
    cylinder->height = box.height;
    cylinder->angle = box.angle;
    cylinder->frameId = box.frameId;
    cylinder->locked = box.locked;
    cylinder->groupIds = box.groupIds.mid(1); // the first is the cylinder's own parts group
    return cylinder;
}

std::optional<Element> readElement(const QJsonObject &object, Reader &reader)
{
    FieldReader r(object);
    if (r.boolean("isDeleted"_L1, false)) {
        return std::nullopt; // tombstones kept for collaboration, normal in saved files
    }
    const QString typeName = r.string("type"_L1);
    if (typeName == "selection"_L1) {
        return std::nullopt;
    }
    const std::optional<ElementType> type = mapType(typeName, reader);
    if (!type) {
        ++reader.unknown;
        return std::nullopt;
    }
    const QJsonObject mlprep = r.object("customData"_L1).value("mlprep"_L1).toObject();
    if (mlprep.contains("cylinderPart"_L1)) {
        return std::nullopt;
    }

    Element e;
    e.type = *type;
    e.id = r.string("id"_L1).left(256);
    e.x = r.coordinate("x"_L1, 0);
    e.y = r.coordinate("y"_L1, 0);
    e.width = r.coordinate("width"_L1, 0);
    e.height = r.coordinate("height"_L1, 0);
    e.angle = r.number("angle"_L1, 0);
    e.strokeColor = r.color("strokeColor"_L1, e.strokeColor);
    e.backgroundColor = r.color("backgroundColor"_L1, e.backgroundColor);
    if (r.has("fillStyle"_L1)) {
        e.fillStyle = Names::fillStyle(r.string("fillStyle"_L1)).value_or(FillStyle::Solid);
    }
    e.strokeWidth = r.number("strokeWidth"_L1, 2);
    if (r.has("strokeStyle"_L1)) {
        e.strokeStyle = Names::strokeStyle(r.string("strokeStyle"_L1)).value_or(StrokeStyle::Solid);
    }
    e.roughness = r.integer("roughness"_L1, 1, 0, 2);
    e.opacity = r.integer("opacity"_L1, 100, 0, 100);
    e.rounded = r.has("roundness"_L1) ? r.object("roundness"_L1).contains("type"_L1) : r.string("strokeSharpness"_L1) == "round"_L1;
    e.seed = r.integer("seed"_L1, 1, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    e.version = r.integer("version"_L1, 1, 0, std::numeric_limits<int>::max());
    e.groupIds = r.strings("groupIds"_L1, Limits::MaxGroupDepth);
    e.frameId = r.string("frameId"_L1).left(256);
    e.locked = r.boolean("locked"_L1, false);
    e.link = r.string("link"_L1);
    e.stencil = mlprep.value("stencil"_L1).toString().left(256);

    if (e.type == ElementType::Text) {
        e.containerId = r.string("containerId"_L1).left(256);
        // Bound text is stored wrapped to the container; the renderer wraps originalText itself.
        e.text = e.containerId.isEmpty() || !r.has("originalText"_L1) ? r.string("text"_L1) : r.string("originalText"_L1);
        e.fontSize = r.number("fontSize"_L1, 20);
        e.fontFamily = r.integer("fontFamily"_L1, 5, 0, 1000);
        e.textAlign = Names::textAlign(r.string("textAlign"_L1)).value_or(TextAlign::Left);
        e.verticalAlign = Names::verticalAlign(r.string("verticalAlign"_L1)).value_or(VerticalAlign::Top);
    }
    if (e.isLinear()) {
        e.points = r.points("points"_L1);
        const bool arrow = e.type == ElementType::Arrow;
        const QJsonValue start = object.value("startArrowhead"_L1);
        const QJsonValue end = object.value("endArrowhead"_L1);
        e.startArrowhead = start.isString() ? Names::arrowhead(start.toString()).value_or(Arrowhead::None) : Arrowhead::None;
        // Arrows from before arrowheads were configurable have no keys and always pointed forward.
        e.endArrowhead
            = end.isString() ? Names::arrowhead(end.toString()).value_or(Arrowhead::Arrow) : (arrow && end.isUndefined() ? Arrowhead::Arrow : Arrowhead::None);
        PendingEnds ends;
        e.startBinding = readBinding(r, "startBinding"_L1, &ends.startNeedsPoint);
        e.endBinding = readBinding(r, "endBinding"_L1, &ends.endNeedsPoint);
        if (ends.startNeedsPoint || ends.endNeedsPoint) {
            reader.pending.insert(e.id, ends);
        }
    }
    if (e.type == ElementType::Freehand && !r.boolean("simulatePressure"_L1, true)) {
        for (const QJsonValue p : object.value("pressures"_L1).toArray()) {
            e.pressures.append(float(p.toDouble(0.5)));
        }
    }
    if (e.type == ElementType::Image) {
        e.fileId = r.string("fileId"_L1).left(256);
        e.imageScale = r.pair("scale"_L1, e.imageScale);
    }
    if (e.type == ElementType::Frame) {
        e.name = r.string("name"_L1);
    }

    if (r.isUnusable() || !normaliseElement(e)) {
        ++reader.unusable;
        return std::nullopt;
    }
    if (!r.problems().isEmpty() && reader.fieldProblems.size() < 8) {
        reader.fieldProblems.append(e.id.left(24));
    }
    if (mlprep.value("cylinder"_L1).isObject()) {
        if (std::optional<Element> cylinder = rebuildCylinder(mlprep.value("cylinder"_L1).toObject(), e, reader)) {
            return cylinder;
        }
    }
    return e;
}

/// focus/gap bindings: attach where the arrow's end actually touches the target's box.
void resolveBindingPoints(Document &doc, const QHash<QString, PendingEnds> &pending)
{
    if (pending.isEmpty()) {
        return;
    }
    QHash<QString, QRectF> boxes;
    for (const Element &e : std::as_const(doc.elements)) {
        boxes.insert(e.id, QRectF(e.x, e.y, e.width, e.height));
    }
    const auto ratio = [](const QRectF &box, QPointF at) {
        const double fx = box.width() > 0 ? (at.x() - box.left()) / box.width() : 0.5;
        const double fy = box.height() > 0 ? (at.y() - box.top()) / box.height() : 0.5;
        return QPointF(std::clamp(fx, 0.0, 1.0), std::clamp(fy, 0.0, 1.0));
    };
    for (Element &e : doc.elements) {
        const auto it = pending.constFind(e.id);
        if (it == pending.cend() || e.points.isEmpty()) {
            continue;
        }
        const QPointF origin(e.x, e.y);
        if (it->startNeedsPoint && boxes.contains(e.startBinding.elementId)) {
            e.startBinding.fixedPoint = ratio(boxes.value(e.startBinding.elementId), origin + e.points.first());
        }
        if (it->endNeedsPoint && boxes.contains(e.endBinding.elementId)) {
            e.endBinding.fixedPoint = ratio(boxes.value(e.endBinding.elementId), origin + e.points.last());
        }
    }
}

void readFiles(const QJsonObject &files, Document &doc, WarningSink &warnings)
{
    qsizetype total = 0;
    int refused = 0;
    for (auto it = files.begin(); it != files.end(); ++it) {
        FieldReader r(it.value().toObject());
        // Not r.string(): that cuts at the text limit, and images are bounded by their own limits below.
        const QString url = r.json().value("dataURL"_L1).toString();
        const qsizetype comma = url.indexOf(u',');
        if (!url.startsWith("data:"_L1) || comma < 0 || !url.left(comma).endsWith(";base64"_L1)) {
            ++refused;
            continue;
        }
        ImageFile file;
        file.id = it.key().left(256);
        file.mimeType = r.string("mimeType"_L1, url.mid(5, url.indexOf(u';') - 5)).left(100);
        file.created = qint64(r.number("created"_L1, 0));
        file.data = QByteArray::fromBase64(QStringView(url).mid(comma + 1).toLatin1());
        if (!file.mimeType.startsWith("image/"_L1) || file.data.isEmpty() || file.data.size() > Limits::MaxImageBytes
            || total + file.data.size() > Limits::MaxTotalImageBytes) {
            ++refused;
            continue;
        }
        total += file.data.size();
        doc.files.insert(file.id, file);
    }
    if (refused > 0) {
        warnings.add(tr("%n embedded file(s) were not images or were too large and were left out.", refused));
    }
}

void summarise(const Reader &reader)
{
    if (reader.unknown > 0) {
        reader.warnings.add(tr("Skipped %n element(s) of a type MLPrep does not draw.", reader.unknown));
    }
    if (reader.embeds > 0) {
        reader.warnings.add(tr("%n embedded web page(s) became plain boxes that keep their link.", reader.embeds));
    }
    if (reader.unusable > 0) {
        reader.warnings.add(tr("Skipped %n element(s) whose coordinates cannot be drawn.", reader.unusable));
    }
    if (!reader.fieldProblems.isEmpty()) {
        reader.warnings.add(tr("Some fields had the wrong type and took defaults (elements %1).").arg(reader.fieldProblems.join(u", "_s)));
    }
}

QList<Element> readElements(const QJsonArray &array, Reader &reader)
{
    QList<Element> out;
    out.reserve(std::min(array.size(), Limits::MaxElements));
    for (const QJsonValue v : array) {
        if (out.size() >= Limits::MaxElements) {
            reader.warnings.add(tr("The scene has more than %1 elements; the rest were left out.").arg(Limits::MaxElements));
            break;
        }
        if (std::optional<Element> e = readElement(v.toObject(), reader)) {
            out.append(std::move(*e));
        }
    }
    return out;
}

std::optional<QJsonObject> parseRoot(const QByteArray &input, QString *error)
{
    if (input.size() > Limits::MaxFileBytes) {
        *error = tr("The file is larger than 64 MB and was not opened.");
        return std::nullopt;
    }
    QByteArray json = input;
    if (EmbeddedScene::isPng(input) || (!input.trimmed().startsWith('{') && EmbeddedScene::isSvg(input))) {
        json = EmbeddedScene::extract(input, error);
        if (json.isEmpty()) {
            return std::nullopt;
        }
    }
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!parsed.isObject()) {
        *error = tr("The file is not an Excalidraw scene.");
        return std::nullopt;
    }
    return parsed.object();
}

QList<LibraryItem> readLibrary(const QJsonObject &root, Reader &reader)
{
    QList<LibraryItem> items;
    int n = 0;
    const auto add = [&](const QString &id, const QString &name, const QJsonArray &elements) {
        Document scratch;
        scratch.elements = readElements(elements, reader);
        repairReferences(scratch, reader.warnings);
        resolveBindingPoints(scratch, reader.pending);
        items.append(LibraryItem {id.isEmpty() ? u"item-%1"_s.arg(n) : id, name, scratch.elements});
        ++n;
    };
    for (const QJsonValue item : root.value("libraryItems"_L1).toArray()) {
        const QJsonObject o = item.toObject();
        add(o.value("id"_L1).toString(), o.value("name"_L1).toString(), o.value("elements"_L1).toArray());
    }
    for (const QJsonValue item : root.value("library"_L1).toArray()) {
        add({}, {}, item.toArray());
    }
    return items;
}
} // namespace

QList<LibraryItem> fromExcalidrawLibrary(const QByteArray &data, QString *error, QStringList *warningsOut)
{
    QString problem;
    const std::optional<QJsonObject> root = parseRoot(data, &problem);
    if (root && root->value("type"_L1).toString() != "excalidrawlib"_L1) {
        problem = tr("The file is not an Excalidraw library.");
    }
    if (error) {
        *error = problem;
    }
    if (!problem.isEmpty()) {
        return {};
    }
    WarningSink warnings(warningsOut);
    Reader reader(warnings);
    const QList<LibraryItem> items = readLibrary(*root, reader);
    summarise(reader);
    return items;
}

Document fromExcalidraw(const QByteArray &data, QString *error, QStringList *warningsOut)
{
    QString problem;
    const std::optional<QJsonObject> root = parseRoot(data, &problem);
    const QString type = root ? root->value("type"_L1).toString() : QString();
    if (root && !type.isEmpty() && type != "excalidraw"_L1 && type != "excalidraw/clipboard"_L1 && type != "excalidrawlib"_L1) {
        problem = tr("The file is not an Excalidraw scene (its type is “%1”).").arg(type.left(40));
    } else if (root && !root->value("elements"_L1).isArray() && !root->value("elements"_L1).isUndefined()) {
        problem = tr("The file's elements are not a list.");
    } else if (root && type.isEmpty() && !root->contains("elements"_L1)) {
        problem = tr("The file is not an Excalidraw scene.");
    }
    if (error) {
        *error = problem;
    }
    if (!problem.isEmpty()) {
        return {};
    }

    Document doc;
    WarningSink warnings(warningsOut);
    Reader reader(warnings);
    if (type == "excalidrawlib"_L1) {
        double left = 0;
        for (LibraryItem &item : readLibrary(*root, reader)) {
            QRectF box;
            for (const Element &e : std::as_const(item.elements)) {
                box = box.united(e.boundingBox());
            }
            for (Element &e : item.elements) {
                e.x += left - box.left();
                e.y -= box.top();
                doc.elements.append(e);
            }
            left += box.width() + 40;
        }
    } else {
        doc.elements = readElements(root->value("elements"_L1).toArray(), reader);
    }
    FieldReader appState(root->value("appState"_L1).toObject());
    doc.background = appState.color("viewBackgroundColor"_L1, doc.background);
    doc.gridSize = appState.integer("gridSize"_L1, doc.gridSize, 1, 1000);
    doc.gridEnabled = appState.has("gridModeEnabled"_L1) ? appState.boolean("gridModeEnabled"_L1, false) : appState.has("gridSize"_L1);
    readFiles(root->value("files"_L1).toObject(), doc, warnings);
    summarise(reader);
    repairReferences(doc, warnings);
    resolveBindingPoints(doc, reader.pending);
    return doc;
}

} // namespace Board::Io
