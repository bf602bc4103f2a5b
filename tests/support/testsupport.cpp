// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString TestSupport::testData(const QString &relativePath)
{
    return QDir(QStringLiteral(MLPREP_TEST_DATA_DIR)).filePath(relativePath);
}

QString TestSupport::sharedData(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(MLPREP_SHARED_DATA_DIR)).filePath(relativePath);
    return QFileInfo::exists(path) ? path : QString();
}

TestSupport::TempDataDir::TempDataDir() : m_dir(QDir::tempPath() + u"/mlprep-test-XXXXXX"_s)
{
}

bool TestSupport::TempDataDir::isValid() const
{
    return m_dir.isValid();
}

QString TestSupport::TempDataDir::path() const
{
    return m_dir.path();
}

QString TestSupport::TempDataDir::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

QVariant TestSupport::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        if (query.lastError().isValid()) {
            qWarning() << query.lastError().text() << sql;
        }
        return {};
    }
    return query.value(0);
}

QByteArray TestSupport::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
