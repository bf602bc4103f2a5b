// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobcorpus.h"
#include "jobmodel.h"
#include "storage/changes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

/// The user's label corrections and the model refitted from them.
///
/// The labelled corpus is not shipped inside the app (only the fitted model and the lexicon are), so a
/// local refit starts from the shipped model and lets the corrections move its weights, pulled back
/// towards the shipped ones (JobTrainer with `anchorToBase`): a handful of corrections nudges the model
/// instead of replacing a fit on hundreds of postings with a fit on five. Each correction keeps its own
/// copy of the posting's bytes, so it survives the posting's deletion. The refitted model lives in the
/// database (table job_model) next to the postings it classified; reset() forgets it and the corrections,
/// which returns to the shipped weights.
class JobCorrections final
{
public:
    struct Result {
        StoreChanges changes; ///< Jobs when anything was written; none otherwise
        QString error; ///< why nothing was written; empty on success

        [[nodiscard]] bool ok() const;
    };

    /// How much one correction counts against one corpus posting's worth of the shipped fit. Corrections
    /// are few and deliberate, so each weighs more.
    static constexpr double CorrectionWeight = 4.0;

    /// `clock` gives now in UTC epoch ms for corrected_at and fitted_at (empty: the system clock).
    explicit JobCorrections(QSqlDatabase db, std::function<qint64()> clock = {});

    /// Labels a stored posting by hand (replacing an earlier correction of it).
    [[nodiscard]] Result correct(qint64 postingId, bool mlSystems);
    /// Puts back what label(postingId) returned before a correct(): an earlier label, or none.
    [[nodiscard]] Result restore(qint64 postingId, std::optional<bool> previous);
    /// The user's label for a posting, if they set one.
    [[nodiscard]] std::optional<bool> label(qint64 postingId) const;
    [[nodiscard]] int count() const;
    /// Every correction as a training example (id "correction-N"), oldest first.
    [[nodiscard]] QList<LabelledPosting> examples() const;

    /// The model to classify with: the stored refit, else the shipped model. Invalid (with `error`) only
    /// when neither loads.
    [[nodiscard]] JobModel currentModel(QString *error = nullptr) const;
    /// Whether a refitted model is stored, and how many corrections it was fitted with (0: none stored).
    [[nodiscard]] int localModelCorrections() const;

    /// Fits the shipped model plus every correction and stores the result, in one transaction. With no
    /// correction left it is reset(). `model` receives the model now in effect.
    [[nodiscard]] Result refit(JobModel *model);
    /// Forgets the refitted model and every correction: the shipped weights apply again.
    [[nodiscard]] Result reset();

private:
    [[nodiscard]] qint64 now() const;

    QSqlDatabase m_db;
    std::function<qint64()> m_clock;
};
