// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancelock.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

InstanceLock::InstanceLock(const QString &dataDir) : m_path(QDir(dataDir).filePath(u"mlprep.lock"_s)), m_lock(m_path)
{
    // QLockFile's default of 30 s would let a hung process block start-up for that long;
    // stale locks from a crashed process are detected by PID anyway.
    m_lock.setStaleLockTime(0);
}

bool InstanceLock::tryAcquire(QString *error)
{
    if (m_lock.tryLock(100)) {
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    m_lock.getLockInfo(&pid, &host, &app);
    if (error) {
        switch (m_lock.error()) {
        case QLockFile::LockFailedError:
            *error = QCoreApplication::translate("InstanceLock",
                                                 "%1: the data is in use by another MLPrep (process %2 on %3). Close it first, or use another --data-dir.")
                         .arg(m_path)
                         .arg(pid)
                         .arg(host);
            break;
        case QLockFile::PermissionError:
            *error = QCoreApplication::translate("InstanceLock", "%1: cannot create the lock file (permission denied).").arg(m_path);
            break;
        default:
            *error = QCoreApplication::translate("InstanceLock", "%1: cannot lock the data directory.").arg(m_path);
            break;
        }
    }
    return false;
}
