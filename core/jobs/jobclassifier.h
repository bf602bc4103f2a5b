// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobmodel.h"
#include "jobsections.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class JobMatcher;

/// One phrase of the posting that moved the score.
struct Evidence {
    QString text; ///< the phrase as written in the plain text
    /// Its share of the linear score: > 0 pushes towards "ML systems", < 0 towards "systems with ML". The
    /// weights of all evidence sum to the score minus the bias, so the explanation is exact, not a summary.
    double weight = 0;
    qsizetype start = 0; ///< offsets into Classification::plainText, [start, end)
    qsizetype end = 0;
    QString term; ///< the lexicon term id it matched
    JobSection section = JobSection::Body;
};

/// What the classifier says about one posting.
struct Classification {
    bool mlSystems = false; ///< pMlSystems >= 0.5; always one of the two labels
    double pMlSystems = 0.5; ///< calibrated probability of "ML systems"
    bool ambiguous = false; ///< pMlSystems inside the model's ambiguous band
    QList<Evidence> evidence; ///< every phrase with a non-zero weight, strongest |weight| first
    QStringList topics; ///< interview topics the posting names, most mentioned first
    QString title;
    QString company;
    QString plainText;
    /// Non-empty when the file could not be classified ("binary file (not text)", "empty file", …); then
    /// only this and `warning` are meaningful.
    QString problem;
    QString warning; ///< non-fatal note about reading the file, e.g. "not valid UTF-8; read as Latin-1"
    double score = 0; ///< the linear score z before calibration
    QList<SectionSpan> sections;

    /// "ml-systems" or "systems-with-ml", the CLI and JSON spelling.
    [[nodiscard]] QString labelKey() const;
};

/// Classifies postings as "ML systems" (ML depth, systems seasoning) or "systems with ML" (systems depth,
/// ML fluency) with a linear model over lexicon phrases weighted by the section they appear in.
///
/// Deterministic and offline; const and thread-safe after construction, so a worker thread may classify
/// thousands of files with one instance.
class JobClassifier
{
public:
    explicit JobClassifier(JobModel model);
    ~JobClassifier();
    JobClassifier(JobClassifier &&) noexcept;
    JobClassifier &operator=(JobClassifier &&) noexcept;

    /// Extracts, sections and scores one posting. Never throws; refused input comes back with `problem` set.
    [[nodiscard]] Classification classify(const QByteArray &raw, const QString &fileNameHint = {}) const;
    /// The same for text that is already plain (e.g. pasted into the app).
    [[nodiscard]] Classification classifyText(const QString &plainText) const;

    [[nodiscard]] const JobModel &model() const;

    /// The model's inputs for plain text: per lexicon term, Σ over sections of section weight · log(1 + count).
    /// The score is bias + Σ weight · feature; the trainer fits the weights on these.
    [[nodiscard]] std::vector<double> features(const QString &plainText) const;

private:
    JobModel m_model;
    std::unique_ptr<JobMatcher> m_matcher;
};
