// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobclassifier.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSemaphore>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QThread;

/// Classifies many postings on a worker thread: the files of a drop or an open (folders recursively), or
/// every stored posting again after the model changed.
///
/// The worker only reads and classifies; results come back to the owner's thread in chunks, through the
/// sink, where the owner writes them (one transaction per chunk). At most MaxChunksInFlight chunks wait
/// there at a time, so a folder of thousands of large files never piles up in memory faster than the
/// database takes it. cancel() stops before the next file; chunks already delivered stay delivered.
class BatchClassifier : public QObject
{
    Q_OBJECT

public:
    /// One classified posting. From files: `fileName` and `raw` set, `id` 0. From the database: `id` set.
    struct Item {
        qint64 id = 0;
        QString fileName;
        QByteArray raw;
        Classification result;
    };
    using Sink = std::function<void(const QList<Item> &items)>;

    static constexpr int ChunkSize = 64;
    static constexpr int MaxChunksInFlight = 4;

    /// `sink` runs on this object's thread for every chunk.
    explicit BatchClassifier(Sink sink, QObject *parent = nullptr);
    /// Cancels a running batch and waits for the worker.
    ~BatchClassifier() override;

    /// Starts classifying `paths` (files, and folders searched recursively; hidden entries skipped). False
    /// when a batch is running already.
    bool classifyFiles(const QStringList &paths, JobModel model);
    /// Starts classifying every posting kept in the database at `databasePath` again, read on the worker's
    /// own read-only connection.
    bool reclassify(const QString &databasePath, JobModel model);
    void cancel();
    [[nodiscard]] bool isRunning() const;

    /// The files a drop or an open of `paths` covers, sorted, hidden ones left out.
    [[nodiscard]] static QStringList expandPaths(const QStringList &paths);

Q_SIGNALS:
    /// `total` is 0 while a folder is still being listed.
    void progressChanged(int done, int total);
    /// After the last chunk was delivered.
    void finished(bool cancelled);

private:
    using Work = std::function<void()>;
    bool start(Work work);
    /// Worker side: hands a chunk to the sink on the owner's thread, waiting while too many are queued.
    void deliver(QList<Item> items, int done, int total);

    Sink m_sink;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    QSemaphore m_slots {MaxChunksInFlight};
};
