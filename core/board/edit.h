// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"

#include <QList>
#include <QStringList>

namespace Board
{

/// What one user action does to a document, before the scene adds the consequences (bound arrows
/// re-routed, bound text re-laid out, dangling bindings dropped). Operations build these; the scene
/// turns them into one undoable command.
struct Edit {
    QList<Element> put; ///< new elements (placed on top) or new versions of existing ones
    QStringList remove; ///< ids to delete; their bound text goes with them
    QStringList order; ///< when not empty, the complete new z-order (bottom first); for z-order moves

    [[nodiscard]] bool isEmpty() const
    {
        return put.isEmpty() && remove.isEmpty() && order.isEmpty();
    }
};

} // namespace Board
