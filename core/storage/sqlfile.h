// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace SqlFile
{
/// The text of a compiled-in SQL file, e.g. `load(u"cards/due_counts"_s)` reads
/// `:/mlprep/storage/sql/cards/due_counts.sql`. Aborts in debug builds if it is missing:
/// a missing statement is a packaging bug, not a user error.
[[nodiscard]] QString load(const QString &name);

/// Splits a script into statements on `;`, ignoring semicolons inside quotes, comments and
/// trigger bodies (`CREATE TRIGGER … BEGIN …; END;`). QSqlQuery runs one statement at a time.
[[nodiscard]] QStringList splitStatements(const QString &script);

/// Runs every statement of a script; returns false and sets `error` at the first failure.
[[nodiscard]] bool execScript(QSqlDatabase &db, const QString &script, QString *error);

/// A prepared query for a compiled-in file holding one statement (its comments removed first).
[[nodiscard]] QSqlQuery prepare(const QSqlDatabase &db, const QString &name);
}
