// SPDX-License-Identifier: GPL-3.0-or-later
#include "stencillibrary.h"

#include "board/io/limits.h"
#include "board/io/mlboardelement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Board
{

StencilLibrary StencilLibrary::builtin()
{
    StencilLibrary all;
    QDir dir(u":/mlprep/board/stencils"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            all.m_stencils.append(fromJson(file.readAll()).m_stencils);
        }
    }
    return all;
}

StencilLibrary StencilLibrary::fromJson(const QByteArray &json, QString *error)
{
    StencilLibrary library;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value("type"_L1).toString() != "mlboard-stencils"_L1) {
        if (error) {
            *error = QCoreApplication::translate("Board::StencilLibrary", "The file is not an MLPrep stencil library.");
        }
        return library;
    }
    QStringList warnings;
    Io::WarningSink sink(&warnings);
    for (const QJsonValue v : root.value("stencils"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Stencil s {o.value("key"_L1).toString(), o.value("name"_L1).toString(), o.value("category"_L1).toString(), o.value("description"_L1).toString(), {}};
        for (const QJsonValue e : o.value("elements"_L1).toArray()) {
            if (std::optional<Element> element = Io::elementFromJson(e.toObject(), sink)) {
                element->stencil = s.key;
                s.elements.append(*element);
            }
        }
        if (!s.key.isEmpty() && !s.elements.isEmpty()) {
            library.m_stencils.append(s);
        }
    }
    if (error) {
        *error = warnings.join(u'\n');
    }
    return library;
}

const Stencil *StencilLibrary::find(const QString &key) const
{
    for (const Stencil &s : m_stencils) {
        if (s.key == key) {
            return &s;
        }
    }
    return nullptr;
}

QList<Element> StencilLibrary::instantiate(const QString &key, QPointF center, const std::function<QString()> &newId) const
{
    const Stencil *stencil = find(key);
    if (!stencil) {
        return {};
    }
    QRectF box;
    QHash<QString, QString> ids;
    for (const Element &e : stencil->elements) {
        box = box.united(e.boundingBox());
        ids.insert(e.id, newId());
    }
    const QPointF offset = center - box.center();
    const QString group = newId();
    QList<Element> out;
    for (Element e : stencil->elements) {
        e.id = ids.value(e.id);
        e.x += offset.x();
        e.y += offset.y();
        e.containerId = ids.value(e.containerId);
        e.frameId = ids.value(e.frameId);
        e.startBinding.elementId = ids.value(e.startBinding.elementId);
        e.endBinding.elementId = ids.value(e.endBinding.elementId);
        e.groupIds.append(group);
        out.append(e);
    }
    return out;
}

QHash<QString, int> stencilCounts(const Document &document)
{
    QHash<QString, QSet<QString>> placements;
    for (const Element &e : document.elements) {
        if (!e.stencil.isEmpty()) {
            placements[e.stencil].insert(e.groupIds.isEmpty() ? e.id : e.groupIds.last());
        }
    }
    QHash<QString, int> counts;
    for (auto it = placements.cbegin(); it != placements.cend(); ++it) {
        counts.insert(it.key(), int(it.value().size()));
    }
    return counts;
}

} // namespace Board
