// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

/// Values as statements bind and read them. Nullable columns are std::optional: an absent value is bound
/// and read as SQL NULL, so that a row written from what was read is the same row.
namespace SqlValues
{
/// Ids as a JSON array, for a statement that reads a list with json_each().
[[nodiscard]] inline QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

template<typename T> [[nodiscard]] QVariant bindable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

[[nodiscard]] inline std::optional<qint64> optionalInt64(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

[[nodiscard]] inline std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

[[nodiscard]] inline std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}
}
