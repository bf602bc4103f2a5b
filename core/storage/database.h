// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

/// The one SQLite file of a data directory, opened through Qt SQL.
///
/// Opening is careful with the user's data: the file is first inspected read-only, and a file that
/// is not a database, is corrupt, belongs to another program or comes from a newer MLPrep is
/// refused with a message and left byte-for-byte untouched. Before any migration a consistent copy
/// (VACUUM INTO) is written to the backups folder. The connection runs in WAL mode with foreign
/// keys on. A Database is used from the thread that opened it; other threads open their own.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens or creates the database at `path` and migrates it to `targetVersion` (the latest by
    /// default; tests pick older ones). Returns nullptr and sets `error` (naming the file and the
    /// reason) on failure.
    [[nodiscard]] static std::unique_ptr<Database> open(const QString &path, QString *error, int targetVersion = -1);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const;
    /// The copy written before this open migrated the file, or empty when none was needed.
    [[nodiscard]] QString backupPath() const;

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
};
