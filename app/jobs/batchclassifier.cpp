// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchclassifier.h"

#include "jobs/jobtext.h"
#include "jobs/postingstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

BatchClassifier::BatchClassifier(Sink sink, QObject *parent) : QObject(parent), m_sink(std::move(sink))
{
}

BatchClassifier::~BatchClassifier()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool BatchClassifier::isRunning() const
{
    return m_thread != nullptr;
}

void BatchClassifier::cancel()
{
    m_cancel = true;
}

QStringList BatchClassifier::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        const QDir root(info.absoluteFilePath());
        QStringList found;
        QDirIterator it(root.path(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            // Anything hidden or under a hidden folder (.git, .DS_Store) is not a posting.
            const QStringList parts = root.relativeFilePath(file).split(u'/');
            if (std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
                    return part.startsWith(u'.');
                })) {
                found.append(file);
            }
        }
        std::sort(found.begin(), found.end());
        files += found;
    }
    return files;
}

bool BatchClassifier::classifyFiles(const QStringList &paths, JobModel model)
{
    return start([this, paths, model = std::move(model)] {
        const JobClassifier classifier(model);
        const QStringList files = expandPaths(paths);
        const int total = int(files.size());
        Q_EMIT progressChanged(0, total);
        QList<Item> chunk;
        int done = 0;
        for (const QString &file : files) {
            if (m_cancel) {
                break;
            }
            Item item;
            item.fileName = file;
            QFile input(file);
            if (input.open(QIODevice::ReadOnly)) {
                // One byte more than the classifier accepts is enough for it to say "too large".
                item.raw = input.read(JobText::MaxBytes + 1);
                item.result = classifier.classify(item.raw, file);
            } else {
                item.result.problem = tr("cannot be read: %1").arg(input.errorString());
            }
            if (!item.result.problem.isEmpty()) {
                item.raw.clear();
            }
            chunk.append(std::move(item));
            ++done;
            if (chunk.size() == ChunkSize) {
                deliver(std::exchange(chunk, {}), done, total);
            }
        }
        deliver(std::move(chunk), done, total);
    });
}

bool BatchClassifier::reclassify(const QString &databasePath, JobModel model)
{
    return start([this, databasePath, model = std::move(model)] {
        const JobClassifier classifier(model);
        const QString connection = u"mlprep-jobs-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(databasePath);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (db.open()) {
                const PostingStore store(db);
                const QList<qint64> ids = store.allIds();
                const int total = int(ids.size());
                Q_EMIT progressChanged(0, total);
                QList<Item> chunk;
                int done = 0;
                for (const qint64 id : ids) {
                    if (m_cancel) {
                        break;
                    }
                    if (const auto raw = store.raw(id)) {
                        chunk.append({id, raw->second, {}, classifier.classify(raw->first, raw->second)});
                    }
                    ++done;
                    if (chunk.size() == ChunkSize) {
                        deliver(std::exchange(chunk, {}), done, total);
                    }
                }
                deliver(std::move(chunk), done, total);
            }
        }
        QSqlDatabase::removeDatabase(connection);
    });
}

bool BatchClassifier::start(Work work)
{
    if (m_thread) {
        return false;
    }
    m_cancel = false;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this] {
        // Every chunk was queued before the thread ended, so they all reached the sink before this runs.
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_cancel);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void BatchClassifier::deliver(QList<Item> items, int done, int total)
{
    // Waits for a free slot, but never past a cancel: the owner may be waiting for this thread to end.
    while (!m_slots.tryAcquire(1, 50)) {
        if (m_cancel) {
            return;
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, items = std::move(items), done, total] {
            if (!items.isEmpty()) {
                m_sink(items);
            }
            m_slots.release();
            Q_EMIT progressChanged(done, total);
        },
        Qt::QueuedConnection);
}
