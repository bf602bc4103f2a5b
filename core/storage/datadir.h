// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DataDir
{
/// The data directory for this run: `--data-dir` wins over MLPREP_DATA_DIR, which wins over
/// QStandardPaths::AppDataLocation. The result is absolute; it is not created here.
[[nodiscard]] QString resolve(const QString &commandLineValue);

/// The one SQLite file inside a data directory.
[[nodiscard]] QString databasePath(const QString &dataDir);

/// Where pre-migration copies and daily backups go.
[[nodiscard]] QString backupDir(const QString &dataDir);
}
