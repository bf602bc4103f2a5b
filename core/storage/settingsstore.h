// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

/// Key/value settings kept in the database's `settings` table, so that one data directory holds
/// everything a user owns (backing it up backs up the settings too). Values are stored as text.
class SettingsStore final
{
public:
    explicit SettingsStore(QSqlDatabase db);

    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] int intValue(const QString &key, int fallback) const;
    /// Writes one value in its own transaction. Returns false on a database error.
    bool setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};
