// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobcorpus.h"
#include "jobmodel.h"

#include <QList>
#include <QString>

#include <optional>

/// Options of a fit. The defaults are the ones the shipped model was trained with.
struct TrainOptions {
    /// The lexicon (and section weights) to fit; empty means the shipped model. The fitted weights are
    /// pulled towards this model's weights when `anchorToBase`, else towards the lexicon priors.
    std::optional<JobModel> base;
    /// Local refits from a handful of corrections set this: the base model's fitted weights stand in for
    /// the corpus that is not shipped with the app, so a few corrections nudge the model instead of replacing it.
    bool anchorToBase = false;
    double l2 = 1.0; ///< strength of the pull towards the prior weights
    /// Pick l2 from a small grid by cross-validated log loss instead (the trainer tool does; slower).
    bool chooseL2 = false;
    int folds = 5; ///< cross-validation folds whose out-of-fold scores calibrate the probability
    int maxIterations = 50; ///< Newton steps; a fit converges in about ten
    bool useTestSplit = false; ///< the trainer tool leaves held-out postings out; a local refit uses everything
};

/// Accuracy of a model on labelled postings (the `test` ones, unless told otherwise).
struct JobEvaluation {
    int total = 0;
    int correct = 0;
    int hardTotal = 0;
    int hardCorrect = 0;
    int ambiguous = 0;
    double logLoss = 0; ///< mean negative log-likelihood of the calibrated probabilities
    QStringList misclassified; ///< ids of the postings it got wrong

    [[nodiscard]] double accuracy() const;
    [[nodiscard]] double hardAccuracy() const;
};

/// Fits the term weights of a JobModel by L2-regularised logistic regression and calibrates its
/// probabilities (Platt scaling on out-of-fold scores).
///
/// Deterministic: folds are assigned by position, the optimiser has no randomness, so the same postings
/// and options give the same model byte for byte. Used by the trainer tool (tools/jobs-trainer) for the
/// shipped weights and by the app for local refits from user corrections.
namespace JobTrainer
{
[[nodiscard]] JobModel train(const QList<LabelledPosting> &postings, const TrainOptions &options = {});
/// Scores the postings marked `test` (all of them when `onlyTestSplit` is false).
[[nodiscard]] JobEvaluation evaluate(const JobModel &model, const QList<LabelledPosting> &postings, bool onlyTestSplit = true);
}
