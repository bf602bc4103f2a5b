// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobscontroller.h"

#include "collection.h"
#include "evidencetext.h"
#include "postinglistmodel.h"
#include "preparationsplit.h"
#include "progress/jobemphasis.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QScopedValueRollback>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString quoted(const QString &text)
{
    return JobsController::tr("“%1”").arg(text.simplified());
}
}

JobsController::JobsController(Collection &collection, Clock clock, QObject *parent)
    : QObject(parent)
    , m_collection(collection)
    , m_clock(clock)
    , m_store(collection.connection(), clock)
    , m_corrections(collection.connection(), std::move(clock))
    , m_postings(new PostingListModel(this))
    , m_batch(new BatchClassifier(
          [this](const QList<BatchClassifier::Item> &items) {
              writeChunk(items);
          },
          this))
    , m_mlSystemsColor(u"#dbe8ff"_s)
    , m_systemsColor(u"#ffe3c7"_s)
    , m_textColor(u"#1d2025"_s)
{
    QString error;
    m_classifier = std::make_unique<JobClassifier>(m_corrections.currentModel(&error));
    if (!m_classifier->model().isValid()) {
        setMessage(tr("The job model could not be loaded: %1").arg(error), true);
    }
    // The undo stack does not outlive a session, so nothing can bring these back any more.
    m_store.purgeDeleted();
    connect(m_batch, &BatchClassifier::progressChanged, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        Q_EMIT progressChanged();
    });
    connect(m_batch, &BatchClassifier::finished, this, &JobsController::onBatchFinished);
    connect(m_postings, &PostingListModel::checkedChanged, this, &JobsController::applyChanged);
    reload();
}

JobsController::~JobsController()
{
    // Stops the worker before the store it delivers to goes.
    delete m_batch;
}

PostingListModel *JobsController::postings() const
{
    return m_postings;
}

int JobsController::currentRow() const
{
    return m_currentRow;
}

void JobsController::setCurrentRow(int row)
{
    if (m_reloading) {
        // A view resetting its current index with the model must not move the current posting.
        return;
    }
    const int valid = m_postings->at(row) ? row : -1;
    if (valid == m_currentRow && (valid < 0 || (m_current && m_current->summary.id == m_postings->at(valid)->id))) {
        return;
    }
    m_currentRow = valid;
    loadCurrent();
}

void JobsController::reload()
{
    const qint64 currentId = m_current ? m_current->summary.id : 0;
    {
        const QScopedValueRollback reloading(m_reloading, true);
        m_postings->setRows(m_store.rows());
    }
    m_sinceReload.start();
    const int row = m_postings->rowOf(currentId);
    m_currentRow = row >= 0 ? row : std::min(m_currentRow, m_postings->count() - 1);
    if (m_currentRow < 0 && m_postings->count() > 0) {
        m_currentRow = 0;
    }
    loadCurrent();
    Q_EMIT postingsChanged();
    Q_EMIT modelChanged();
}

void JobsController::loadCurrent()
{
    const PostingSummary *row = m_postings->at(m_currentRow);
    m_current = row ? m_store.posting(row->id) : std::nullopt;
    m_currentText = m_current ? EvidenceText::html(m_current->plainText, m_current->evidence, m_mlSystemsColor, m_systemsColor, m_textColor) : QString();
    Q_EMIT currentChanged();
    Q_EMIT applyChanged();
}

bool JobsController::hasCurrent() const
{
    return m_current.has_value();
}

QString JobsController::currentTitle() const
{
    const QModelIndex index = m_postings->index(m_currentRow);
    return m_current && index.isValid() ? m_postings->data(index, PostingListModel::TitleRole).toString() : QString();
}

QString JobsController::currentCompany() const
{
    return m_current ? m_current->summary.company : QString();
}

QString JobsController::currentFileName() const
{
    return m_current ? m_current->summary.fileName : QString();
}

QString JobsController::currentLabel() const
{
    if (!m_current) {
        return {};
    }
    return m_current->summary.effectiveMlSystems() ? tr("ML systems") : tr("Systems with ML");
}

bool JobsController::currentMlSystems() const
{
    return m_current && m_current->summary.effectiveMlSystems();
}

double JobsController::currentProbability() const
{
    return m_current ? m_current->summary.pMlSystems : 0.5;
}

bool JobsController::currentAmbiguous() const
{
    return m_current && m_current->summary.ambiguous && !m_current->summary.userLabel;
}

bool JobsController::currentCorrected() const
{
    return m_current && m_current->summary.userLabel.has_value();
}

QString JobsController::currentSummary() const
{
    if (!m_current) {
        return {};
    }
    // The strongest phrases on the side the label is on, distinct by wording.
    const bool ml = m_current->summary.mlSystems;
    QStringList phrases;
    for (const Evidence &item : m_current->evidence) {
        if ((item.weight > 0) == ml && !phrases.contains(quoted(item.text), Qt::CaseInsensitive)) {
            phrases.append(quoted(item.text));
            if (phrases.size() == 3) {
                break;
            }
        }
    }
    if (phrases.isEmpty()) {
        return tr("No phrase of the lexicon stands out; the label rests on the model's prior.");
    }
    const QString list = QLocale().createSeparatedList(phrases);
    return ml ? tr("Leans ML systems mostly on %1.").arg(list) : tr("Leans systems with ML mostly on %1.").arg(list);
}

QString JobsController::currentText() const
{
    return m_currentText;
}

QStringList JobsController::currentTopics() const
{
    return m_current ? m_current->topics : QStringList();
}

QVariantList JobsController::currentEvidence() const
{
    QVariantList list;
    if (!m_current) {
        return list;
    }
    for (int i = 0; i < m_current->evidence.size() && list.size() < TopEvidence; ++i) {
        const Evidence &item = m_current->evidence.at(i);
        list.append(QVariantMap {{u"text"_s, item.text.simplified()},
                                 {u"weight"_s, item.weight},
                                 {u"weightText"_s, QLocale().toString(item.weight, 'f', 2).prepend(item.weight > 0 ? u"+"_s : QString())},
                                 {u"mlSystems"_s, item.weight > 0}});
    }
    return list;
}

int JobsController::codingShare() const
{
    return PreparationSplit::forProbability(m_current ? m_current->summary.effectiveP() : 0.5).coding;
}

int JobsController::mlSystemsDesignShare() const
{
    return PreparationSplit::forProbability(m_current ? m_current->summary.effectiveP() : 0.5).mlSystemsDesign;
}

int JobsController::domainDepthShare() const
{
    return PreparationSplit::forProbability(m_current ? m_current->summary.effectiveP() : 0.5).domainDepth;
}

QColor JobsController::mlSystemsColor() const
{
    return m_mlSystemsColor;
}

void JobsController::setMlSystemsColor(const QColor &color)
{
    if (color != m_mlSystemsColor) {
        m_mlSystemsColor = color;
        Q_EMIT colorsChanged();
        loadCurrent();
    }
}

QColor JobsController::textColor() const
{
    return m_textColor;
}

void JobsController::setTextColor(const QColor &color)
{
    if (color != m_textColor) {
        m_textColor = color;
        Q_EMIT colorsChanged();
        loadCurrent();
    }
}

QColor JobsController::systemsColor() const
{
    return m_systemsColor;
}

void JobsController::setSystemsColor(const QColor &color)
{
    if (color != m_systemsColor) {
        m_systemsColor = color;
        Q_EMIT colorsChanged();
        loadCurrent();
    }
}

bool JobsController::isBusy() const
{
    return m_batchKind != Batch::None;
}

double JobsController::progress() const
{
    return m_total > 0 ? double(m_done) / m_total : 0.0;
}

QString JobsController::progressText() const
{
    switch (m_batchKind) {
    case Batch::None:
        return {};
    case Batch::Import:
        return m_total > 0 ? tr("Classifying %1 of %n file(s)…", nullptr, m_total).arg(QLocale().toString(m_done)) : tr("Looking for files…");
    case Batch::Reclassify:
        return tr("Classifying %1 of %n posting(s) again with the new model…", nullptr, m_total).arg(QLocale().toString(m_done));
    }
    return {};
}

QString JobsController::message() const
{
    return m_message;
}

bool JobsController::messageIsError() const
{
    return m_messageIsError;
}

QStringList JobsController::problems() const
{
    return m_problems;
}

bool JobsController::canUndo() const
{
    return !m_undo.empty() && !isBusy();
}

QString JobsController::undoLabel() const
{
    return m_undo.empty() ? QString() : m_undo.back().label;
}

QString JobsController::modelText() const
{
    const int corrections = m_corrections.localModelCorrections();
    return corrections > 0 ? tr("Refitted with %n of your correction(s)", nullptr, corrections) : tr("Shipped model");
}

bool JobsController::hasLocalModel() const
{
    return m_corrections.localModelCorrections() > 0;
}

QList<PostingSummary> JobsController::applyRows() const
{
    QList<PostingSummary> rows = m_postings->checkedRows();
    if (rows.isEmpty() && m_current) {
        rows.append(m_current->summary);
    }
    return rows;
}

int JobsController::applyCount() const
{
    return int(applyRows().size());
}

QString JobsController::planText() const
{
    QSqlDatabase db = m_collection.connection();
    const JobEmphasis emphasis = JobEmphasisStore::load(db);
    if (emphasis.postings <= 0) {
        return tr("Your plan is neutral: no posting applied yet.");
    }
    return tr("Your plan leans %1 % ML systems (%n posting(s)).", nullptr, emphasis.postings).arg(std::lround(emphasis.mlSystemsShare * 100));
}

QString JobsController::evidenceTip(const QString &link) const
{
    const int index = EvidenceText::indexOfLink(link);
    if (!m_current || index < 0 || index >= m_current->evidence.size()) {
        return {};
    }
    const Evidence &item = m_current->evidence.at(index);
    const QString weight = QLocale().toString(std::abs(item.weight), 'f', 2);
    return item.weight > 0 ? tr("%1: +%2 towards ML systems").arg(quoted(item.text), weight)
                           : tr("%1: −%2 towards systems with ML").arg(quoted(item.text), weight);
}
