// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

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

/// The bytes of a file, for "left untouched" checks.
[[nodiscard]] QByteArray readAll(const QString &path);
}
