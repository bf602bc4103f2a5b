// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobclassifier.h"
#include "storage/changes.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// One row of the Jobs table: what the list shows, without the text.
struct PostingSummary {
    qint64 id = 0;
    QString fileName; ///< empty for pasted text
    QString title;
    QString company;
    bool mlSystems = false; ///< the model's label
    double pMlSystems = 0.5;
    bool ambiguous = false;
    qint64 addedAt = 0; ///< UTC epoch ms
    std::optional<bool> userLabel; ///< the user's correction, when they made one

    /// The label to show and to plan with: the user's when set, else the model's.
    [[nodiscard]] bool effectiveMlSystems() const;
    /// P(ML systems) to plan with: 1 or 0 when the user set the label, else the model's probability.
    [[nodiscard]] double effectiveP() const;
};

/// A posting with its text and the classifier's explanation.
struct PostingDetail {
    PostingSummary summary;
    QString plainText; ///< the text the evidence offsets index into
    QList<Evidence> evidence; ///< as Classification::evidence (text, weight, start, end, term)
    QStringList topics;
    bool deleted = false;
};

/// The job postings a user collected, with the classifier's result for each, in the database.
///
/// A posting keeps its original bytes so that a refitted model can classify it again (reclassify()), and
/// the hash of those bytes so that opening the same folder twice does not list every posting twice.
/// Deleting is soft (deleted_at) so that Ctrl+Z can bring a posting back; purgeDeleted() drops what no
/// undo can reach any more, when the store is opened. Every write is one transaction.
class PostingStore final
{
public:
    /// A classified posting to add. Postings whose `result.problem` is set are not postings: add() skips them.
    struct NewPosting {
        QString fileName;
        QByteArray raw;
        Classification result;
    };

    struct Result {
        StoreChanges changes; ///< Jobs when anything was written; none otherwise
        QString error; ///< why nothing was written; empty on success
        QList<qint64> ids; ///< add(): the new postings' ids, in input order
        int duplicates = 0; ///< add(): postings skipped because the same bytes are already listed

        [[nodiscard]] bool ok() const;
    };

    /// `clock` gives now in UTC epoch ms for added_at and deleted_at (empty: the system clock).
    explicit PostingStore(QSqlDatabase db, std::function<qint64()> clock = {});

    /// Adds the postings in one transaction; a posting whose bytes match a live one (or an earlier one of
    /// the same call) is counted in `duplicates` instead.
    [[nodiscard]] Result add(const QList<NewPosting> &postings);
    /// Live postings, highest P(ML systems) first (ties by id). Empty on a database error (logged).
    [[nodiscard]] QList<PostingSummary> rows() const;
    [[nodiscard]] std::optional<PostingDetail> posting(qint64 id) const;
    [[nodiscard]] int count() const;

    [[nodiscard]] Result remove(const QList<qint64> &ids);
    [[nodiscard]] Result restore(const QList<qint64> &ids);
    /// Drops the deleted postings for good; returns how many (-1 on a database error).
    int purgeDeleted();

    /// The ids of every kept posting, for reclassify().
    [[nodiscard]] QList<qint64> allIds() const;
    /// The bytes and file name a posting was added with, for classifying it again.
    [[nodiscard]] std::optional<std::pair<QByteArray, QString>> raw(qint64 id) const;
    /// Writes new results for postings already stored (after a refit), in one transaction. Results whose
    /// `problem` is set leave their posting as it was.
    [[nodiscard]] Result updateResults(const QList<std::pair<qint64, Classification>> &results);

    /// Evidence as stored: a JSON array of {"text","weight","start","end","term"}.
    [[nodiscard]] static QByteArray evidenceToJson(const QList<Evidence> &evidence);
    [[nodiscard]] static QList<Evidence> evidenceFromJson(const QByteArray &json);

private:
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] Result setDeleted(const QList<qint64> &ids, bool deleted);

    QSqlDatabase m_db;
    std::function<qint64()> m_clock;
};
