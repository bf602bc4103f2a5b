// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// Numbered schema migrations kept in `sql/migrations/NNNN_name.sql` and compiled in.
/// `PRAGMA user_version` is the number of the last migration applied; each migration runs in its
/// own transaction together with the version bump, so a failure leaves the previous version intact.
namespace Migrator
{
/// SQLite application_id stamped on every MLPrep database ('MLPR'), to tell ours from other files.
inline constexpr int ApplicationId = 0x4D4C5052;

[[nodiscard]] int latestVersion();
[[nodiscard]] int currentVersion(const QSqlDatabase &db);

/// Applies migrations currentVersion()+1 … `target`. Returns false and sets `error` on failure.
[[nodiscard]] bool migrate(QSqlDatabase &db, int target, QString *error);
}
