// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadir.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString DataDir::resolve(const QString &commandLineValue)
{
    QString dir = commandLineValue;
    if (dir.isEmpty()) {
        dir = qEnvironmentVariable("MLPREP_DATA_DIR");
    }
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return QDir::cleanPath(QDir(dir).absolutePath());
}

QString DataDir::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"mlprep.sqlite"_s);
}

QString DataDir::backupDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"backups"_s);
}
