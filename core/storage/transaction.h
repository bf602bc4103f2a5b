// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// One write transaction (BEGIN IMMEDIATE, so the write lock is taken up front instead of failing
/// half-way). Rolls back on destruction unless commit() succeeded: an early return or an error
/// path can never leave half an operation in the database.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// True when BEGIN succeeded and neither commit nor rollback has run yet.
    [[nodiscard]] bool isActive() const;
    [[nodiscard]] bool commit();
    void rollback();
    [[nodiscard]] QString errorText() const;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
