// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtrainer.h"

#include "jobclassifier.h"
#include "jobtext.h"
#include "logisticregression.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
using LogisticRegression::Problem;

/// The fitting set: feature rows of the postings that could be read.
Problem buildProblem(const JobModel &base, const QList<LabelledPosting> &postings, const TrainOptions &options)
{
    const JobClassifier featurizer(base);
    Problem problem;
    for (const LabelledPosting &posting : postings) {
        if (posting.test && !options.useTestSplit)
            continue;
        const JobText::Extracted text = JobText::extract(posting.raw, posting.fileNameHint);
        if (!text.problem.isEmpty())
            continue;
        std::vector<double> row = featurizer.features(text.text);
        // Neutral terms (prior 0: "Python", "GPU", "LLM") count for topic coverage only, never for the class.
        for (qsizetype t = 0; t < base.terms().size(); ++t) {
            if (base.terms()[t].prior == 0)
                row[size_t(t)] = 0;
        }
        problem.x.push_back(std::move(row));
        problem.y.push_back(posting.mlSystems ? 1 : 0);
        problem.sampleWeight.push_back(posting.weight > 0 ? posting.weight : 1.0);
    }
    for (const JobTerm &term : base.terms())
        problem.prior.push_back(options.anchorToBase ? term.weight : term.prior);
    problem.initialBias = options.anchorToBase ? base.bias() : 0.0;
    problem.maxIterations = options.maxIterations;
    problem.l2 = options.l2;
    return problem;
}

/// Stratified folds by position within each class: deterministic and balanced.
std::vector<int> assignFolds(const std::vector<int> &y, int folds)
{
    std::vector<int> fold(y.size());
    int seen[2] = {0, 0};
    for (size_t i = 0; i < y.size(); ++i)
        fold[i] = seen[y[i]]++ % folds;
    return fold;
}

Problem subset(const Problem &problem, const std::vector<int> &fold, int which, bool inFold)
{
    Problem part = problem;
    part.x.clear();
    part.y.clear();
    part.sampleWeight.clear();
    for (size_t i = 0; i < fold.size(); ++i) {
        if ((fold[i] == which) == inFold) {
            part.x.push_back(problem.x[i]);
            part.y.push_back(problem.y[i]);
            part.sampleWeight.push_back(problem.sampleWeight[i]);
        }
    }
    return part;
}

/// Out-of-fold scores: each example scored by a model that never saw it.
std::vector<double> outOfFoldScores(const Problem &problem, int folds)
{
    const std::vector<int> fold = assignFolds(problem.y, folds);
    std::vector<double> scores(problem.y.size());
    for (int k = 0; k < folds; ++k) {
        const LogisticRegression::Fit fit = LogisticRegression::fit(subset(problem, fold, k, false));
        for (size_t i = 0; i < fold.size(); ++i) {
            if (fold[i] == k)
                scores[i] = LogisticRegression::score(fit, problem.x[i]);
        }
    }
    return scores;
}

double logLoss(const std::vector<double> &scores, const std::vector<int> &y, const LogisticRegression::Platt &platt)
{
    double loss = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        const double p = std::clamp(1.0 / (1.0 + std::exp(-(platt.scale * scores[i] + platt.shift))), 1e-9, 1 - 1e-9);
        loss -= y[i] ? std::log(p) : std::log(1 - p);
    }
    return y.empty() ? 0 : loss / double(y.size());
}

bool bothClasses(const std::vector<int> &y, int atLeast)
{
    const auto positives = std::count(y.begin(), y.end(), 1);
    return positives >= atLeast && qsizetype(y.size()) - positives >= atLeast;
}
}

namespace JobTrainer
{
JobModel train(const QList<LabelledPosting> &postings, const TrainOptions &options)
{
    JobModel base = options.base ? *options.base : JobModel::load();
    if (!base.isValid())
        base = JobModel::loadLexicon();
    if (!base.isValid())
        return {};
    Problem problem = buildProblem(base, postings, options);
    const int folds = std::max(2, options.folds);
    const bool canValidate = bothClasses(problem.y, folds);

    if (options.chooseL2 && canValidate) {
        double bestLoss = std::numeric_limits<double>::infinity();
        double bestL2 = options.l2;
        for (double l2 : {0.1, 0.3, 1.0, 3.0, 10.0}) {
            problem.l2 = l2;
            const std::vector<double> scores = outOfFoldScores(problem, folds);
            const double loss = logLoss(scores, problem.y, LogisticRegression::fitPlatt(scores, problem.y));
            if (loss < bestLoss - 1e-12) {
                bestLoss = loss;
                bestL2 = l2;
            }
        }
        problem.l2 = bestL2;
    }

    JobModel model = base;
    if (problem.y.empty())
        return model;
    const LogisticRegression::Fit fit = LogisticRegression::fit(problem);
    QList<JobTerm> terms = base.terms();
    for (qsizetype t = 0; t < terms.size(); ++t)
        terms[t].weight = fit.weights[size_t(t)];
    model.setTerms(std::move(terms));
    model.setBias(fit.bias);

    // Too few corrections to hold out folds: keep the base model's calibration, which fits its score scale.
    double cvLoss = 0;
    if (canValidate) {
        const std::vector<double> scores = outOfFoldScores(problem, folds);
        const LogisticRegression::Platt platt = LogisticRegression::fitPlatt(scores, problem.y);
        model.setCalibration(platt.scale, platt.shift);
        cvLoss = logLoss(scores, problem.y, platt);
    }
    const auto positives = std::count(problem.y.begin(), problem.y.end(), 1);
    model.setTrainingInfo(QJsonObject {{u"examples"_s, int(problem.y.size())},
                                       {u"mlSystemsExamples"_s, int(positives)},
                                       {u"l2"_s, problem.l2},
                                       {u"folds"_s, folds},
                                       {u"crossValidatedLogLoss"_s, cvLoss},
                                       {u"anchoredToBase"_s, options.anchorToBase}});
    return model;
}

JobEvaluation evaluate(const JobModel &model, const QList<LabelledPosting> &postings, bool onlyTestSplit)
{
    const JobClassifier classifier(model);
    JobEvaluation evaluation;
    for (const LabelledPosting &posting : postings) {
        if (onlyTestSplit && !posting.test)
            continue;
        const Classification result = classifier.classify(posting.raw, posting.fileNameHint);
        const bool right = result.problem.isEmpty() && result.mlSystems == posting.mlSystems;
        ++evaluation.total;
        evaluation.correct += right ? 1 : 0;
        if (posting.hard) {
            ++evaluation.hardTotal;
            evaluation.hardCorrect += right ? 1 : 0;
        }
        evaluation.ambiguous += result.ambiguous ? 1 : 0;
        const double p = std::clamp(result.pMlSystems, 1e-9, 1 - 1e-9);
        evaluation.logLoss -= posting.mlSystems ? std::log(p) : std::log(1 - p);
        if (!right)
            evaluation.misclassified.append(posting.id);
    }
    if (evaluation.total > 0)
        evaluation.logLoss /= evaluation.total;
    return evaluation;
}
}

double JobEvaluation::accuracy() const
{
    return total > 0 ? double(correct) / total : 0;
}

double JobEvaluation::hardAccuracy() const
{
    return hardTotal > 0 ? double(hardCorrect) / hardTotal : 0;
}
