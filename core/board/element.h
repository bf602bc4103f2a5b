// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

/// The whiteboard's data model: plain values, no behaviour. It mirrors Excalidraw's scene model
/// (ANCHORS.md §2c) closely enough that `.excalidraw` files round-trip without loss of anything a
/// user can see, and adds what ML-systems sketches need (cylinders, stencils).
/// Edits go through commands (core/board/commands); drawing goes through the one renderer.
namespace Board
{

enum class ElementType {
    Rectangle,
    Diamond,
    Ellipse,
    Cylinder, ///< database / storage; not in Excalidraw: exported as a grouped rectangle + ellipse pair
    Arrow,
    Line,
    Freehand,
    Text,
    Image,
    Frame,
};

enum class FillStyle { Solid, Hachure, CrossHatch, Zigzag };
enum class StrokeStyle { Solid, Dashed, Dotted };
enum class TextAlign { Left, Center, Right };
enum class VerticalAlign { Top, Middle, Bottom };
enum class Arrowhead { None, Arrow, Bar, Circle, CircleOutline, Triangle, TriangleOutline, Diamond, DiamondOutline };

/// An arrow end glued to a shape. `fixedPoint` is the attachment as a ratio of the target's box
/// (0..1 each axis; (1, 0.5) = middle of the right edge); `gap` keeps the arrowhead off the outline.
struct Binding {
    QString elementId;
    QPointF fixedPoint {0.5, 0.5};
    double gap = 5.0;

    [[nodiscard]] bool isBound() const
    {
        return !elementId.isEmpty();
    }
    friend bool operator==(const Binding &, const Binding &) = default;
};

/// One element of a board. Geometry is in scene units (1 unit = 1 px at 100% zoom); `x, y` is the
/// top-left of the unrotated box, or for lines/arrows/freehand the position of the first point,
/// and `points` are relative to it. `angle` is in radians about the box centre.
struct Element {
    QString id;
    ElementType type = ElementType::Rectangle;
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double angle = 0;

    QColor strokeColor = QColor(0x1e, 0x1e, 0x1e);
    QColor backgroundColor = Qt::transparent;
    FillStyle fillStyle = FillStyle::Solid;
    double strokeWidth = 2;
    StrokeStyle strokeStyle = StrokeStyle::Solid;
    int roughness = 0; ///< 0 clean (our default), 1–2 sketchy; kept for Excalidraw round-trips
    int opacity = 100; ///< 0–100 as in Excalidraw
    bool rounded = false;

    // Lines, arrows and freehand.
    QList<QPointF> points;
    QList<float> pressures; ///< freehand only; empty = simulated pressure
    Arrowhead startArrowhead = Arrowhead::None;
    Arrowhead endArrowhead = Arrowhead::None;
    Binding startBinding;
    Binding endBinding;

    // Text (standalone, inside a container shape, or an arrow label).
    QString text;
    double fontSize = 20;
    int fontFamily = 5; ///< Excalidraw's family number, kept for round-trips; rendered with our fonts
    TextAlign textAlign = TextAlign::Left;
    VerticalAlign verticalAlign = VerticalAlign::Top;
    QString containerId; ///< the shape or arrow this text belongs to; it moves with it

    // Images.
    QString fileId; ///< key into Document::files
    QPointF imageScale {1, 1}; ///< −1 flips, as Excalidraw's `scale`

    // Frames.
    QString name;

    // Structure.
    QStringList groupIds; ///< innermost first, as Excalidraw's `groupIds`
    QString frameId;
    bool locked = false;
    QString link;
    QString stencil; ///< key of the resources/board stencil this element was placed from, or empty

    // Round-trip bookkeeping for Excalidraw.
    int seed = 1;
    int version = 1;

    [[nodiscard]] QRectF boundingBox() const;
    [[nodiscard]] bool isLinear() const
    {
        return type == ElementType::Arrow || type == ElementType::Line || type == ElementType::Freehand;
    }
    [[nodiscard]] bool isContainer() const
    {
        return type == ElementType::Rectangle || type == ElementType::Diamond || type == ElementType::Ellipse || type == ElementType::Cylinder
            || type == ElementType::Arrow;
    }
    friend bool operator==(const Element &, const Element &) = default;
};

/// An image embedded in a board, as Excalidraw's `files` entries.
struct ImageFile {
    QString id;
    QString mimeType;
    QByteArray data; ///< the decoded bytes, not the data: URL
    qint64 created = 0;
    friend bool operator==(const ImageFile &, const ImageFile &) = default;
};

/// A whole board: elements in z-order (first is bottom-most) plus embedded files and view settings.
struct Document {
    QList<Element> elements;
    QHash<QString, ImageFile> files;
    QColor background = Qt::white;
    int gridSize = 20;
    bool gridEnabled = false;

    [[nodiscard]] qsizetype indexOf(const QString &id) const;
    [[nodiscard]] const Element *find(const QString &id) const;
    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace Board
