// SPDX-License-Identifier: GPL-3.0-or-later
// JobsController's verbs: adding postings (pasted, or files on the worker thread), deleting, correcting,
// applying to the plan and undoing. The properties the page reads are in jobscontroller.cpp.
#include "collection.h"
#include "jobscontroller.h"
#include "postinglistmodel.h"
#include "progress/jobemphasis.h"

#include <QFileInfo>
#include <QLocale>

#include <numeric>

using namespace Qt::StringLiterals;

void JobsController::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    Q_EMIT messageChanged();
}

void JobsController::pushUndo(UndoEntry entry)
{
    m_undo.push_back(std::move(entry));
    Q_EMIT undoChanged();
}

void JobsController::refresh()
{
    reload();
    Q_EMIT applyChanged();
}

bool JobsController::addText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setMessage(tr("Paste the text of a job posting first."), true);
        return false;
    }
    const QByteArray raw = text.toUtf8();
    const Classification result = m_classifier->classify(raw);
    if (!result.problem.isEmpty()) {
        setMessage(tr("The pasted text cannot be classified: %1").arg(result.problem), true);
        return false;
    }
    const PostingStore::Result added = m_store.add({{QString(), raw, result}});
    if (!added.ok()) {
        setMessage(tr("The posting could not be saved: %1").arg(added.error), true);
        return false;
    }
    if (added.ids.isEmpty()) {
        setMessage(tr("This posting is listed already."));
        return false;
    }
    pushUndo({UndoEntry::Kind::Add, added.ids, std::nullopt, tr("Add posting")});
    m_current.reset();
    reload();
    setCurrentRow(m_postings->rowOf(added.ids.constFirst()));
    setMessage(result.mlSystems ? tr("Added: ML systems, P = %1.").arg(QLocale().toString(result.pMlSystems, 'f', 2))
                                : tr("Added: systems with ML, P = %1.").arg(QLocale().toString(result.pMlSystems, 'f', 2)));
    return true;
}

bool JobsController::open(const QList<QUrl> &urls)
{
    if (isBusy()) {
        setMessage(tr("Wait for the current batch to finish, or cancel it."), true);
        return false;
    }
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (paths.isEmpty()) {
        setMessage(tr("Only local files and folders can be opened."), true);
        return false;
    }
    m_batchKind = Batch::Import;
    m_done = m_total = m_added = m_duplicates = m_problemCount = 0;
    m_batchIds.clear();
    m_problems.clear();
    setMessage({});
    m_batch->classifyFiles(paths, m_classifier->model());
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    Q_EMIT undoChanged();
    return true;
}

void JobsController::cancel()
{
    m_batch->cancel();
}

void JobsController::writeChunk(const QList<BatchClassifier::Item> &items)
{
    if (m_batchKind == Batch::Reclassify) {
        QList<std::pair<qint64, Classification>> results;
        for (const BatchClassifier::Item &item : items) {
            results.append({item.id, item.result});
        }
        const PostingStore::Result written = m_store.updateResults(results);
        if (!written.ok()) {
            setMessage(tr("The new results could not be saved: %1").arg(written.error), true);
        }
    } else {
        QList<PostingStore::NewPosting> postings;
        for (const BatchClassifier::Item &item : items) {
            if (!item.result.problem.isEmpty()) {
                if (++m_problemCount <= MaxProblems) {
                    m_problems.append(tr("%1: %2").arg(QFileInfo(item.fileName).fileName(), item.result.problem));
                }
                continue;
            }
            postings.append({item.fileName, item.raw, item.result});
        }
        const PostingStore::Result added = m_store.add(postings);
        if (!added.ok()) {
            m_problemCount += int(postings.size());
            m_problems.append(tr("%n posting(s) could not be saved: %1", nullptr, int(postings.size())).arg(added.error));
        }
        m_added += int(added.ids.size());
        m_duplicates += added.duplicates;
        m_batchIds += added.ids;
    }
    if (m_sinceReload.elapsed() >= ReloadIntervalMs) {
        reload();
    }
}

void JobsController::onBatchFinished(bool cancelled)
{
    const Batch kind = std::exchange(m_batchKind, Batch::None);
    reload();
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    Q_EMIT undoChanged();
    if (kind == Batch::Reclassify) {
        if (!m_messageIsError) {
            setMessage(cancelled ? tr("Stopped: some postings still show the old model's result.")
                                 : tr("Every posting was classified again with the %1.").arg(hasLocalModel() ? tr("refitted model") : tr("shipped model")));
        }
        return;
    }
    if (!m_batchIds.isEmpty()) {
        pushUndo({UndoEntry::Kind::Add, m_batchIds, std::nullopt, tr("Add %n posting(s)", nullptr, int(m_batchIds.size()))});
    }
    QStringList parts;
    parts.append(tr("Added %n posting(s).", nullptr, m_added));
    if (m_duplicates > 0) {
        parts.append(tr("%n already listed.", nullptr, m_duplicates));
    }
    if (m_problemCount > 0) {
        parts.append(tr("%n file(s) could not be classified.", nullptr, m_problemCount));
    }
    if (m_problemCount > MaxProblems) {
        m_problems.append(tr("… and %n more.", nullptr, m_problemCount - MaxProblems));
    }
    if (cancelled) {
        parts.prepend(tr("Stopped."));
    }
    setMessage(parts.join(u' '), m_added == 0 && m_problemCount > 0);
}

bool JobsController::remove()
{
    QList<qint64> ids;
    for (const PostingSummary &row : m_postings->checkedRows()) {
        ids.append(row.id);
    }
    if (ids.isEmpty() && m_current) {
        ids.append(m_current->summary.id);
    }
    if (ids.isEmpty()) {
        return false;
    }
    const PostingStore::Result removed = m_store.remove(ids);
    if (!removed.ok()) {
        setMessage(tr("Nothing was deleted: %1").arg(removed.error), true);
        return false;
    }
    pushUndo({UndoEntry::Kind::Delete, ids, std::nullopt, tr("Delete %n posting(s)", nullptr, int(ids.size()))});
    m_current.reset();
    reload();
    setMessage(tr("Deleted %n posting(s). Ctrl+Z brings them back.", nullptr, int(ids.size())));
    return true;
}

bool JobsController::correct(bool mlSystems)
{
    if (!m_current || isBusy()) {
        return false;
    }
    const qint64 id = m_current->summary.id;
    const std::optional<bool> previous = m_current->summary.userLabel;
    if (previous == mlSystems) {
        return false;
    }
    const JobCorrections::Result corrected = m_corrections.correct(id, mlSystems);
    if (!corrected.ok()) {
        setMessage(tr("The label could not be saved: %1").arg(corrected.error), true);
        return false;
    }
    pushUndo({UndoEntry::Kind::Correct, {id}, previous, tr("Label posting")});
    reload();
    return refitAndReclassify();
}

bool JobsController::resetModel()
{
    if (isBusy()) {
        return false;
    }
    const JobCorrections::Result reset = m_corrections.reset();
    if (!reset.ok()) {
        setMessage(tr("The model could not be reset: %1").arg(reset.error), true);
        return false;
    }
    // The corrections it would put back are gone.
    std::erase_if(m_undo, [](const UndoEntry &entry) {
        return entry.kind == UndoEntry::Kind::Correct;
    });
    Q_EMIT undoChanged();
    return refitAndReclassify();
}

bool JobsController::refitAndReclassify()
{
    JobModel model;
    const JobCorrections::Result refitted = m_corrections.refit(&model);
    if (!refitted.ok() || !model.isValid()) {
        setMessage(tr("The model could not be refitted: %1").arg(refitted.error), true);
        return false;
    }
    m_classifier = std::make_unique<JobClassifier>(std::move(model));
    m_batchKind = Batch::Reclassify;
    m_done = m_total = 0;
    setMessage({});
    m_batch->reclassify(m_collection.database().path(), m_classifier->model());
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    Q_EMIT undoChanged();
    Q_EMIT modelChanged();
    return true;
}

bool JobsController::applyToPlan()
{
    const QList<PostingSummary> rows = applyRows();
    if (rows.isEmpty()) {
        setMessage(tr("Select a posting, or tick several, to apply to your plan."), true);
        return false;
    }
    const double sum = std::accumulate(rows.cbegin(), rows.cend(), 0.0, [](double total, const PostingSummary &row) {
        return total + row.effectiveP();
    });
    const JobEmphasis emphasis {sum / double(rows.size()), int(rows.size())};
    QSqlDatabase db = m_collection.connection();
    QString error;
    if (!JobEmphasisStore::save(db, emphasis, &error)) {
        setMessage(tr("The plan was not changed: %1").arg(error), true);
        return false;
    }
    setMessage(tr("Your study plan now weighs ML systems at %1 %.").arg(std::lround(emphasis.mlSystemsShare * 100)));
    Q_EMIT applyChanged();
    return true;
}

bool JobsController::undo()
{
    if (!canUndo()) {
        return false;
    }
    const UndoEntry entry = m_undo.back();
    m_undo.pop_back();
    Q_EMIT undoChanged();
    switch (entry.kind) {
    case UndoEntry::Kind::Add:
    case UndoEntry::Kind::Delete: {
        const PostingStore::Result result = entry.kind == UndoEntry::Kind::Add ? m_store.remove(entry.ids) : m_store.restore(entry.ids);
        if (!result.ok()) {
            setMessage(tr("Could not undo: %1").arg(result.error), true);
            return false;
        }
        if (entry.kind == UndoEntry::Kind::Delete) {
            m_current.reset();
            reload();
            setCurrentRow(m_postings->rowOf(entry.ids.constFirst()));
        } else {
            reload();
        }
        setMessage(tr("Undone: %1.").arg(entry.label));
        return true;
    }
    case UndoEntry::Kind::Correct: {
        const JobCorrections::Result result = m_corrections.restore(entry.ids.constFirst(), entry.previousLabel);
        if (!result.ok()) {
            setMessage(tr("Could not undo: %1").arg(result.error), true);
            return false;
        }
        reload();
        return refitAndReclassify();
    }
    }
    return false;
}
