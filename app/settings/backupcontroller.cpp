// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcontroller.h"

#include "storage/backups.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace
{
QString kindName(Backups::Kind kind)
{
    switch (kind) {
    case Backups::Kind::Daily:
        return u"daily"_s;
    case Backups::Kind::PreMigration:
        return u"pre-migration"_s;
    case Backups::Kind::BeforeRestore:
        return u"before-restore"_s;
    }
    return {};
}
}

BackupController::BackupController(QString dataDir, QString restoreNotice, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_status(std::move(restoreNotice))
{
    refresh();
}

QVariantList BackupController::backups() const
{
    return m_backups;
}

bool BackupController::isBusy() const
{
    return m_busy;
}

QString BackupController::status() const
{
    return m_status;
}

bool BackupController::restartRequested() const
{
    return m_restartRequested;
}

void BackupController::takeDailyBackup()
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    QPointer<BackupController> self(this);
    const QString dataDir = m_dataDir;
    const QDate today = QDate::currentDate();
    QThreadPool::globalInstance()->start([self, dataDir, today] {
        QString error;
        const bool ok = Backups::takeDailyIfDue(dataDir, today, Backups::DailyCopiesKept, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, error] {
                if (!self) {
                    return;
                }
                self->m_busy = false;
                Q_EMIT self->busyChanged();
                if (!ok) {
                    self->setStatus(error);
                }
                self->refresh();
            },
            Qt::QueuedConnection);
    });
}

bool BackupController::restore(const QString &path)
{
    QString error;
    if (!Backups::scheduleRestore(m_dataDir, path, &error)) {
        setStatus(error);
        return false;
    }
    m_restartRequested = true;
    setStatus(tr("Restarting to restore the backup…"));
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return true;
}

void BackupController::refresh()
{
    const QLocale locale;
    m_backups.clear();
    for (const Backups::Entry &entry : Backups::list(m_dataDir)) {
        m_backups.append(QVariantMap {
            {u"path"_s, entry.path},
            {u"kind"_s, kindName(entry.kind)},
            {u"taken"_s,
             entry.kind == Backups::Kind::Daily ? locale.toString(entry.taken.date(), QLocale::LongFormat)
                                                : locale.toString(entry.taken, QLocale::ShortFormat)},
            {u"size"_s, locale.formattedDataSize(entry.bytes)},
        });
    }
    Q_EMIT backupsChanged();
}

void BackupController::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged();
}
