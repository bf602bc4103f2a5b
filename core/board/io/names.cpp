// SPDX-License-Identifier: GPL-3.0-or-later
#include "names.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Board::Io::Names
{

namespace
{
template<typename Enum, std::size_t N> QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, Enum value)
{
    for (const auto &[v, n] : table) {
        if (v == value) {
            return QString(n);
        }
    }
    return {};
}

template<typename Enum, std::size_t N> std::optional<Enum> valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == n) {
            return v;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ElementType, QLatin1StringView>, 10> s_types {{
    {ElementType::Rectangle, "rectangle"_L1},
    {ElementType::Diamond, "diamond"_L1},
    {ElementType::Ellipse, "ellipse"_L1},
    {ElementType::Cylinder, "cylinder"_L1},
    {ElementType::Arrow, "arrow"_L1},
    {ElementType::Line, "line"_L1},
    {ElementType::Freehand, "freedraw"_L1},
    {ElementType::Text, "text"_L1},
    {ElementType::Image, "image"_L1},
    {ElementType::Frame, "frame"_L1},
}};

constexpr std::array<std::pair<FillStyle, QLatin1StringView>, 4> s_fills {{
    {FillStyle::Solid, "solid"_L1},
    {FillStyle::Hachure, "hachure"_L1},
    {FillStyle::CrossHatch, "cross-hatch"_L1},
    {FillStyle::Zigzag, "zigzag"_L1},
}};

constexpr std::array<std::pair<StrokeStyle, QLatin1StringView>, 3> s_strokes {{
    {StrokeStyle::Solid, "solid"_L1},
    {StrokeStyle::Dashed, "dashed"_L1},
    {StrokeStyle::Dotted, "dotted"_L1},
}};

constexpr std::array<std::pair<TextAlign, QLatin1StringView>, 3> s_aligns {{
    {TextAlign::Left, "left"_L1},
    {TextAlign::Center, "center"_L1},
    {TextAlign::Right, "right"_L1},
}};

constexpr std::array<std::pair<VerticalAlign, QLatin1StringView>, 3> s_valigns {{
    {VerticalAlign::Top, "top"_L1},
    {VerticalAlign::Middle, "middle"_L1},
    {VerticalAlign::Bottom, "bottom"_L1},
}};

constexpr std::array<std::pair<Arrowhead, QLatin1StringView>, 8> s_heads {{
    {Arrowhead::Arrow, "arrow"_L1},
    {Arrowhead::Bar, "bar"_L1},
    {Arrowhead::Circle, "circle"_L1},
    {Arrowhead::CircleOutline, "circle_outline"_L1},
    {Arrowhead::Triangle, "triangle"_L1},
    {Arrowhead::TriangleOutline, "triangle_outline"_L1},
    {Arrowhead::Diamond, "diamond"_L1},
    {Arrowhead::DiamondOutline, "diamond_outline"_L1},
}};
} // namespace

QString elementType(ElementType type)
{
    return nameOf(s_types, type);
}

std::optional<ElementType> elementType(const QString &name)
{
    return valueOf(s_types, name);
}

QString fillStyle(FillStyle style)
{
    return nameOf(s_fills, style);
}

std::optional<FillStyle> fillStyle(const QString &name)
{
    return valueOf(s_fills, name);
}

QString strokeStyle(StrokeStyle style)
{
    return nameOf(s_strokes, style);
}

std::optional<StrokeStyle> strokeStyle(const QString &name)
{
    return valueOf(s_strokes, name);
}

QString textAlign(TextAlign align)
{
    return nameOf(s_aligns, align);
}

std::optional<TextAlign> textAlign(const QString &name)
{
    return valueOf(s_aligns, name);
}

QString verticalAlign(VerticalAlign align)
{
    return nameOf(s_valigns, align);
}

std::optional<VerticalAlign> verticalAlign(const QString &name)
{
    return valueOf(s_valigns, name);
}

QString arrowhead(Arrowhead head)
{
    return nameOf(s_heads, head);
}

std::optional<Arrowhead> arrowhead(const QString &name)
{
    if (name.startsWith("cardinality_"_L1) || name == "crowfoot_one"_L1 || name == "crowfoot_many"_L1 || name == "crowfoot_one_or_many"_L1) {
        return Arrowhead::Bar;
    }
    return valueOf(s_heads, name);
}

} // namespace Board::Io::Names
