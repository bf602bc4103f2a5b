// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Bounds every board reader enforces, so a hostile or broken file costs bounded time and memory
/// and never reaches the renderer with values it cannot draw (NaN, ∞, 1e308).
namespace Board::Io::Limits
{
/// Files larger than this are refused before parsing (the largest real boards seen are a few MB).
inline constexpr qsizetype MaxFileBytes = 64 * 1024 * 1024;
/// Elements past this count are dropped with a warning.
inline constexpr qsizetype MaxElements = 200'000;
/// Points of one line, arrow or stroke past this count are dropped with a warning.
inline constexpr qsizetype MaxPoints = 100'000;
/// Coordinates and sizes outside ±MaxCoordinate make an element unusable: it is skipped.
inline constexpr double MaxCoordinate = 1e7;
/// Text longer than this is cut.
inline constexpr qsizetype MaxTextLength = 100'000;
/// One embedded image, decoded.
inline constexpr qsizetype MaxImageBytes = 16 * 1024 * 1024;
/// All embedded images together, decoded.
inline constexpr qsizetype MaxTotalImageBytes = 48 * 1024 * 1024;
/// Group nesting kept per element (Excalidraw nests a few levels; thousands is an attack).
inline constexpr qsizetype MaxGroupDepth = 64;
/// Warnings kept verbatim; the rest are summarised in one line.
inline constexpr qsizetype MaxWarnings = 50;
} // namespace Board::Io::Limits

namespace Board::Io
{

/// Collects import warnings without letting a million broken elements produce a million strings.
class WarningSink
{
public:
    explicit WarningSink(QStringList *out);
    ~WarningSink();
    WarningSink(const WarningSink &) = delete;
    WarningSink &operator=(const WarningSink &) = delete;

    void add(const QString &message);

private:
    QStringList *m_out;
    qsizetype m_dropped = 0;
};

} // namespace Board::Io
