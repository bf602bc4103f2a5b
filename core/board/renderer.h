// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "element.h"

#include <QColor>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QTransform>

class QPainter;

namespace Board
{

/// The one QPainter renderer of a board. The canvas paints with it and so does every export
/// (PNG, SVG through QSvgGenerator, PDF through QPdfWriter), so what users see is what they export.
/// It is stateless and const: callers may render from several threads with their own painters.
class Renderer
{
public:
    struct Options {
        /// Dark mode the way Excalidraw does it: colours pass through invert(93%) + hue-rotate(180°),
        /// images are left alone. Stored colours never change; only what is drawn does.
        bool dark = false;
        /// Scene background; painted (through the dark filter) unless `transparent`.
        QColor background = Qt::white;
        bool transparent = false;
        /// Draws the document's grid (screen only; exports leave it off).
        bool grid = false;
        /// Frame names above frames (on for the screen and exports; off for thumbnails).
        bool frameNames = true;
        /// Elements not drawn, e.g. the text being edited in place under its editor.
        QSet<QString> hidden;
    };

    /// Paints the document (or only the ids in `only`, plus their bound text) with `sceneToDevice`
    /// applied on top of the painter's current transform. Elements wholly outside the painter's
    /// visible device area are culled, which keeps a 5,000-element board within a frame budget.
    void paint(QPainter &p, const Document &doc, const QTransform &sceneToDevice, const Options &o, const QSet<QString> *only = nullptr) const;

    /// The scene rectangle that contains everything `paint` would draw for the same `only` set
    /// (strokes, arrowheads and frame names included). Empty for an empty selection.
    [[nodiscard]] static QRectF sceneBounds(const Document &doc, const QSet<QString> *only = nullptr);

    /// A colour as it is drawn in the given mode (identity in light mode).
    [[nodiscard]] static QColor displayColor(const QColor &stored, bool dark);
};

} // namespace Board
