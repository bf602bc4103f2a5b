// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/element.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>

namespace Board
{

/// One ML-systems component (GPU node, KV-cache pool, …) as a small group of elements.
struct Stencil {
    QString key; ///< stable; stamped on placed elements (Element::stencil) so attempts can be diffed
    QString name;
    QString category;
    QString description;
    QList<Element> elements; ///< positioned with the group's top-left at (0, 0)
};

/// The stencil palette's contents. Stencils are data (resources/board/stencils/*.json, elements in
/// `.mlboard` element JSON) so adding a component is an edit to a file, not to code.
class StencilLibrary final
{
public:
    /// The stencils compiled into the app, in file order.
    [[nodiscard]] static StencilLibrary builtin();
    /// Parses one stencil file; returns an empty library and sets `error` when it is unusable.
    [[nodiscard]] static StencilLibrary fromJson(const QByteArray &json, QString *error = nullptr);

    [[nodiscard]] const QList<Stencil> &stencils() const
    {
        return m_stencils;
    }
    [[nodiscard]] const Stencil *find(const QString &key) const;

    /// The stencil's elements ready to insert: centred on `center`, fresh ids from `newId`,
    /// internal references (labels, bindings) remapped, wrapped in one new group and stamped
    /// with the stencil key. Empty for an unknown key.
    [[nodiscard]] QList<Element> instantiate(const QString &key, QPointF center, const std::function<QString()> &newId) const;

private:
    QList<Stencil> m_stencils;
};

/// How many placed components of each stencil a board holds: elements stamped with the same key
/// and the same outermost group count once, so a three-element GPU node is one GPU node.
[[nodiscard]] QHash<QString, int> stencilCounts(const Document &document);

} // namespace Board
