// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace TestSupport
{
/// A file under tests/data (the project's own fixtures).
[[nodiscard]] QString testData(const QString &relativePath);

/// A file under ../shared/data (third-party samples that are never copied into the repo), or an
/// empty string when that folder is absent; callers QSKIP with the reason then.
[[nodiscard]] QString sharedData(const QString &relativePath);

/// A fresh, empty data directory removed when the object goes.
class TempDataDir
{
public:
    TempDataDir();
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] QString filePath(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

/// The first column of the first row of `sql` (with `values` bound in order), or an invalid
/// QVariant when the statement fails (the error is logged) or returns no row.
[[nodiscard]] QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// The bytes of a file, for "left untouched" checks.
[[nodiscard]] QByteArray readAll(const QString &path);
}
