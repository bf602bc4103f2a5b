// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

/// Defensive reading of one JSON object for the board readers: every getter takes a fallback,
/// treats a missing or null key as "use the fallback", and records a problem when the key holds
/// the wrong type. Geometry getters also flag the object unusable when a value is outside
/// ±Limits::MaxCoordinate, which is how 1e308 coordinates are kept away from the renderer.
namespace Board::Io
{

class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object);

    [[nodiscard]] bool has(QLatin1StringView key) const;
    [[nodiscard]] double number(QLatin1StringView key, double fallback);
    /// A position or size: finite and within the coordinate limit, else the element is unusable.
    [[nodiscard]] double coordinate(QLatin1StringView key, double fallback);
    [[nodiscard]] int integer(QLatin1StringView key, int fallback, int min, int max);
    [[nodiscard]] bool boolean(QLatin1StringView key, bool fallback);
    [[nodiscard]] QString string(QLatin1StringView key, const QString &fallback = {});
    [[nodiscard]] QColor color(QLatin1StringView key, const QColor &fallback);
    [[nodiscard]] QStringList strings(QLatin1StringView key, qsizetype maxCount);
    /// `[[x, y], …]`; malformed pairs are dropped (a problem), out-of-range ones make it unusable.
    [[nodiscard]] QList<QPointF> points(QLatin1StringView key);
    /// `[x, y]` as a point, or the fallback.
    [[nodiscard]] QPointF pair(QLatin1StringView key, QPointF fallback);
    [[nodiscard]] QJsonObject object(QLatin1StringView key);

    [[nodiscard]] const QJsonObject &json() const
    {
        return m_object;
    }
    /// Set when a geometry value cannot be drawn; the caller skips the element.
    [[nodiscard]] bool isUnusable() const
    {
        return m_unusable;
    }
    /// Keys that held the wrong type (or values that were clamped), for one warning per element.
    [[nodiscard]] const QStringList &problems() const
    {
        return m_problems;
    }

private:
    void problem(QLatin1StringView key);

    QJsonObject m_object;
    bool m_unusable = false;
    QStringList m_problems;
};

/// A CSS colour as Excalidraw writes it: `transparent`, `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`
/// (alpha last, unlike Qt's `#aarrggbb`), or an SVG colour name. Invalid input gives an invalid QColor.
[[nodiscard]] QColor parseCssColor(const QString &text);
/// The inverse: `transparent` for Qt::transparent, `#rrggbb` when opaque, `#rrggbbaa` otherwise.
[[nodiscard]] QString cssColor(const QColor &color);

/// True when the number is finite and within ±Limits::MaxCoordinate.
[[nodiscard]] bool isDrawable(double value);

} // namespace Board::Io
