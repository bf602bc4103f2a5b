// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobsections.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// One lexicon entry: a concept the classifier looks for, under all the ways postings spell it.
struct JobTerm {
    QString id; ///< stable key, e.g. "kv-cache"; evidence and corrections refer to it
    QStringList patterns; ///< phrases matched on word boundaries, case-insensitive, plural-insensitive
    QString topic; ///< interview topic it covers (deck topic names, e.g. "quantization"); empty for none
    /// The editable class weight from the lexicon: > 0 leans "ML systems", < 0 "systems with ML", 0 neutral.
    /// Training starts from it and is pulled back towards it (L2), so a term the corpus never shows keeps it.
    double prior = 0;
    double weight = 0; ///< the fitted weight the score uses (equal to `prior` in an untrained model)
};

/// Everything the classifier needs, in one JSON document: the lexicon, the fitted weights, the section
/// multipliers and the probability calibration.
///
/// One file keeps a shipped model, a user's locally refitted model and a reset all the same kind of thing:
/// the app stores a refit as JSON next to the collection and "reset" just forgets it.
class JobModel
{
public:
    /// Where the shipped model is compiled in (mlprep_resources).
    static const QString ResourcePath; // ":/mlprep/jobs/model.json"
    /// The editable lexicon the trainer starts from (compiled in too, for local refits).
    static const QString LexiconResourcePath; // ":/mlprep/jobs/lexicon.json"

    /// The shipped model; an empty model (isValid() false) if the resource is missing or broken, with the
    /// reason in `error`.
    [[nodiscard]] static JobModel load(QString *error = nullptr);
    /// The shipped lexicon as an untrained model (weights = priors).
    [[nodiscard]] static JobModel loadLexicon(QString *error = nullptr);
    [[nodiscard]] static JobModel fromJsonFile(const QString &path, QString *error = nullptr);

    /// Accepts both a lexicon file and a model file (a lexicon has no "weight" keys and no calibration).
    /// Rejects with a message naming the first bad entry, e.g. "terms[12]: no patterns".
    [[nodiscard]] static JobModel fromJson(const QJsonObject &json, QString *error = nullptr);
    [[nodiscard]] static JobModel fromJson(const QByteArray &json, QString *error = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const; ///< indented, keys in a stable order

    [[nodiscard]] bool isValid() const;

    [[nodiscard]] const QList<JobTerm> &terms() const;
    void setTerms(QList<JobTerm> terms);
    [[nodiscard]] double bias() const;
    void setBias(double bias);
    [[nodiscard]] const SectionWeights &sectionWeights() const;
    void setSectionWeights(const SectionWeights &weights);
    [[nodiscard]] double sectionWeight(JobSection section) const;

    /// Platt scaling: P(ML systems) = σ(calibrationScale · z + calibrationShift), z the linear score.
    [[nodiscard]] double calibrationScale() const;
    [[nodiscard]] double calibrationShift() const;
    void setCalibration(double scale, double shift);
    [[nodiscard]] double probability(double score) const;

    /// P in [ambiguousLow, ambiguousHigh] is flagged ambiguous (default 0.4 .. 0.6).
    [[nodiscard]] double ambiguousLow() const;
    [[nodiscard]] double ambiguousHigh() const;
    void setAmbiguousBand(double low, double high);

    /// Free-form facts about the fit written by the trainer (corpus size, held-out accuracy, date).
    [[nodiscard]] const QJsonObject &trainingInfo() const;
    void setTrainingInfo(const QJsonObject &info);

    /// All topic names the lexicon knows, sorted.
    [[nodiscard]] QStringList topics() const;

private:
    QList<JobTerm> m_terms;
    double m_bias = 0;
    SectionWeights m_sectionWeights {3.0, 0.25, 1.5, 2.0, 0.75, 0.25, 1.0, 0.0};
    double m_calibrationScale = 1;
    double m_calibrationShift = 0;
    double m_ambiguousLow = 0.4;
    double m_ambiguousHigh = 0.6;
    QJsonObject m_trainingInfo;
};
