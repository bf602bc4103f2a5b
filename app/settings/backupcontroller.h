// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QVariantList>

/// The backups section of Settings: the daily copy taken in the background after start-up, the
/// list of copies, and restoring one. A restore needs the database closed, so it is scheduled and
/// the app restarts (main.cpp relaunches only after everything is closed and the lock released).
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppContext")

    /// Newest first: {path, kind ("daily", "pre-migration", "before-restore"), taken (display text), size (display text)}.
    Q_PROPERTY(QVariantList backups READ backups NOTIFY backupsChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// What happened last (a backup written, a restore scheduled or refused), for the page to show.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    BackupController(QString dataDir, QString restoreNotice, QObject *parent = nullptr);

    [[nodiscard]] QVariantList backups() const;
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QString status() const;

    /// Takes today's copy on a worker thread unless it exists.
    Q_INVOKABLE void takeDailyBackup();
    /// Schedules `path` to be restored and asks the app to restart; false (with status) if refused.
    Q_INVOKABLE bool restore(const QString &path);

    /// Whether the app should start again once it has closed (after restore()).
    [[nodiscard]] bool restartRequested() const;

Q_SIGNALS:
    void backupsChanged();
    void busyChanged();
    void statusChanged();

private:
    void refresh();
    void setStatus(const QString &status);

    QString m_dataDir;
    QVariantList m_backups;
    QString m_status;
    bool m_busy = false;
    bool m_restartRequested = false;
};
