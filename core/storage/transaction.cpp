// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "storagelog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active) {
        m_error = begin.lastError().text();
        qCWarning(lcStorage) << "BEGIN failed:" << m_error;
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

bool Transaction::isActive() const
{
    return m_active;
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(u"COMMIT"_s)) {
        m_error = commit.lastError().text();
        qCWarning(lcStorage) << "COMMIT failed:" << m_error;
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    QSqlQuery rollback(m_db);
    if (!rollback.exec(u"ROLLBACK"_s)) {
        qCWarning(lcStorage) << "ROLLBACK failed:" << rollback.lastError().text();
    }
    m_active = false;
}

QString Transaction::errorText() const
{
    return m_error;
}
