// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchclassifier.h"
#include "jobs/jobclassifier.h"
#include "jobs/jobcorrections.h"
#include "jobs/postingstore.h"

#include <QColor>
#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class Collection;
class PostingListModel;

/// The Jobs page: postings pasted, opened or dropped, the table sorted by score, the selected posting
/// with its evidence, label corrections that refit the model, and "apply to my plan".
///
/// Files are classified on a worker thread (BatchClassifier) and written here, one transaction per chunk;
/// while a batch runs, `busy` is set and the verbs that would reclassify (correct, reset) wait for it.
/// Deleting, importing and correcting are undoable (Ctrl+Z) for this session; deleted postings are purged
/// the next time the page's store opens. The view never computes a share, a label or a message.
class JobsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.jobs")
    Q_MOC_INCLUDE("postinglistmodel.h")

    Q_PROPERTY(PostingListModel *postings READ postings CONSTANT)
    /// The row shown below the table; -1 when there is none. Kept on the same posting across reloads.
    Q_PROPERTY(int currentRow READ currentRow WRITE setCurrentRow NOTIFY currentChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY currentChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentChanged)
    Q_PROPERTY(QString currentCompany READ currentCompany NOTIFY currentChanged)
    Q_PROPERTY(QString currentFileName READ currentFileName NOTIFY currentChanged)
    /// "ML systems" or "Systems with ML": the user's label when set, else the model's.
    Q_PROPERTY(QString currentLabel READ currentLabel NOTIFY currentChanged)
    Q_PROPERTY(bool currentMlSystems READ currentMlSystems NOTIFY currentChanged)
    Q_PROPERTY(double currentProbability READ currentProbability NOTIFY currentChanged)
    Q_PROPERTY(bool currentAmbiguous READ currentAmbiguous NOTIFY currentChanged)
    Q_PROPERTY(bool currentCorrected READ currentCorrected NOTIFY currentChanged)
    /// One sentence on what the label rests on, e.g. "Mostly “KV cache”, “CUDA kernels” and “quantization”."
    Q_PROPERTY(QString currentSummary READ currentSummary NOTIFY currentChanged)
    /// The text as rich text with the evidence marked in mlSystemsColor / systemsColor (EvidenceText).
    Q_PROPERTY(QString currentText READ currentText NOTIFY currentChanged)
    Q_PROPERTY(QStringList currentTopics READ currentTopics NOTIFY currentChanged)
    /// The strongest evidence, at most TopEvidence: {text, weight, weightText, mlSystems}.
    Q_PROPERTY(QVariantList currentEvidence READ currentEvidence NOTIFY currentChanged)
    /// The preparation split for the current posting (PreparationSplit), in percent.
    Q_PROPERTY(int codingShare READ codingShare NOTIFY currentChanged)
    Q_PROPERTY(int mlSystemsDesignShare READ mlSystemsDesignShare NOTIFY currentChanged)
    Q_PROPERTY(int domainDepthShare READ domainDepthShare NOTIFY currentChanged)

    /// Highlight backgrounds and the marked phrases' text colour; the view sets them from its theme.
    Q_PROPERTY(QColor mlSystemsColor READ mlSystemsColor WRITE setMlSystemsColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor systemsColor READ systemsColor WRITE setSystemsColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor textColor READ textColor WRITE setTextColor NOTIFY colorsChanged)

    /// A batch is classifying on the worker thread.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// 0..1; 0 while a folder is still being listed.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    /// e.g. "Classifying 120 of 4,000 files…"
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /// What the last action did or why it was refused; shown under the toolbar.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    /// One line per file the last batch could not classify: "name: reason".
    Q_PROPERTY(QStringList problems READ problems NOTIFY messageChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoLabel READ undoLabel NOTIFY undoChanged)
    /// "Shipped model" or "Refitted with 3 of your corrections".
    Q_PROPERTY(QString modelText READ modelText NOTIFY modelChanged)
    Q_PROPERTY(bool hasLocalModel READ hasLocalModel NOTIFY modelChanged)
    /// The postings "apply to my plan" would use: the ticked ones, else the current one.
    Q_PROPERTY(int applyCount READ applyCount NOTIFY applyChanged)
    /// What the study plan weighs now, e.g. "Your plan leans 72 % ML systems (3 postings)."
    Q_PROPERTY(QString planText READ planText NOTIFY applyChanged)

public:
    using Clock = std::function<qint64()>;

    /// How many evidence phrases the side list shows.
    static constexpr int TopEvidence = 12;
    /// Problems listed per batch; the rest are counted.
    static constexpr int MaxProblems = 200;
    /// While a batch adds postings the table reloads at most this often, so that thousands of files do not
    /// reset the view hundreds of times.
    static constexpr qint64 ReloadIntervalMs = 700;

    /// `clock` gives now in UTC epoch ms (empty: the system clock). Purges postings deleted in an earlier
    /// session and loads the table.
    explicit JobsController(Collection &collection, Clock clock = {}, QObject *parent = nullptr);
    ~JobsController() override;

    [[nodiscard]] PostingListModel *postings() const;
    [[nodiscard]] int currentRow() const;
    void setCurrentRow(int row);
    [[nodiscard]] bool hasCurrent() const;
    [[nodiscard]] QString currentTitle() const;
    [[nodiscard]] QString currentCompany() const;
    [[nodiscard]] QString currentFileName() const;
    [[nodiscard]] QString currentLabel() const;
    [[nodiscard]] bool currentMlSystems() const;
    [[nodiscard]] double currentProbability() const;
    [[nodiscard]] bool currentAmbiguous() const;
    [[nodiscard]] bool currentCorrected() const;
    [[nodiscard]] QString currentSummary() const;
    [[nodiscard]] QString currentText() const;
    [[nodiscard]] QStringList currentTopics() const;
    [[nodiscard]] QVariantList currentEvidence() const;
    [[nodiscard]] int codingShare() const;
    [[nodiscard]] int mlSystemsDesignShare() const;
    [[nodiscard]] int domainDepthShare() const;
    [[nodiscard]] QColor mlSystemsColor() const;
    void setMlSystemsColor(const QColor &color);
    [[nodiscard]] QColor systemsColor() const;
    void setSystemsColor(const QColor &color);
    [[nodiscard]] QColor textColor() const;
    void setTextColor(const QColor &color);
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] double progress() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool messageIsError() const;
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] QString undoLabel() const;
    [[nodiscard]] QString modelText() const;
    [[nodiscard]] bool hasLocalModel() const;
    [[nodiscard]] int applyCount() const;
    [[nodiscard]] QString planText() const;

    /// Classifies pasted text and adds it (at once, on this thread: it is one posting).
    Q_INVOKABLE bool addText(const QString &text);
    /// Classifies local files and folders (recursively) on the worker thread: the FileDialog's and
    /// FolderDialog's choice, or a drop. False when a batch is running or no URL is a local file.
    Q_INVOKABLE bool open(const QList<QUrl> &urls);
    Q_INVOKABLE void cancel();
    /// Deletes the ticked postings, else the current one (undoable).
    Q_INVOKABLE bool remove();
    /// Sets the current posting's label by hand and refits the model with every correction.
    Q_INVOKABLE bool correct(bool mlSystems);
    /// Forgets the corrections and the refitted model; the shipped weights classify every posting again.
    Q_INVOKABLE bool resetModel();
    /// Saves the mean P(ML systems) of the ticked postings (else the current one) as the plan's emphasis.
    /// A posting the user labelled counts as P = 1 or 0.
    Q_INVOKABLE bool applyToPlan();
    Q_INVOKABLE bool undo();
    /// The tooltip for an evidence link of currentText, e.g. "“KV cache”: +1.42 towards ML systems".
    Q_INVOKABLE QString evidenceTip(const QString &link) const;
    /// Reads the table again (the page calls it when shown).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void currentChanged();
    void colorsChanged();
    void busyChanged();
    void progressChanged();
    void messageChanged();
    void undoChanged();
    void modelChanged();
    void applyChanged();
    /// Postings were added, deleted, relabelled or classified again.
    void postingsChanged();

private:
    struct UndoEntry {
        enum class Kind { Add, Delete, Correct };
        Kind kind = Kind::Add;
        QList<qint64> ids;
        std::optional<bool> previousLabel; ///< Correct: the label before
        QString label;
    };
    enum class Batch { None, Import, Reclassify };

    void reload();
    void loadCurrent();
    void setMessage(const QString &message, bool error = false);
    void pushUndo(UndoEntry entry);
    void writeChunk(const QList<BatchClassifier::Item> &items);
    void onBatchFinished(bool cancelled);
    /// Refits from the stored corrections and classifies every posting again with the new model.
    bool refitAndReclassify();
    void startReclassify();
    [[nodiscard]] QList<PostingSummary> applyRows() const;

    Collection &m_collection;
    Clock m_clock;
    PostingStore m_store;
    JobCorrections m_corrections;
    std::unique_ptr<JobClassifier> m_classifier;
    PostingListModel *m_postings;
    BatchClassifier *m_batch;

    int m_currentRow = -1;
    bool m_reloading = false; ///< the table is being replaced: the view's index changes are not the user's
    std::optional<PostingDetail> m_current;
    QString m_currentText;
    QColor m_mlSystemsColor;
    QColor m_systemsColor;
    QColor m_textColor;

    Batch m_batchKind = Batch::None;
    int m_done = 0;
    int m_total = 0;
    int m_added = 0;
    int m_duplicates = 0;
    int m_problemCount = 0;
    QList<qint64> m_batchIds;
    QElapsedTimer m_sinceReload;

    QString m_message;
    bool m_messageIsError = false;
    QStringList m_problems;
    std::vector<UndoEntry> m_undo;
};
