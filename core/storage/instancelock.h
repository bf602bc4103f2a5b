// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

/// Keeps a second writer off one data directory. SQLite in WAL mode would survive two writers,
/// but two review sessions on one queue would not: the second instance is refused with a message
/// naming the process that holds the lock. A stale lock (crashed process) is taken over.
class InstanceLock final
{
public:
    explicit InstanceLock(const QString &dataDir);

    /// Returns false and sets `error` when another live process holds the lock.
    [[nodiscard]] bool tryAcquire(QString *error);

private:
    QString m_path;
    QLockFile m_lock;
};
