// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

const QString JobModel::ResourcePath = u":/mlprep/jobs/model.json"_s;
const QString JobModel::LexiconResourcePath = u":/mlprep/jobs/lexicon.json"_s;

namespace
{
constexpr auto FormatName = "mlprep-job-model";
constexpr int FormatVersion = 1;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readTerm(const QJsonValue &value, int index, JobTerm *term, QString *error)
{
    const QString where = u"terms[%1]"_s.arg(index);
    if (!value.isObject())
        return fail(error, where + u": not an object"_s);
    const QJsonObject object = value.toObject();
    term->id = object.value(u"id"_s).toString().trimmed();
    if (term->id.isEmpty())
        return fail(error, where + u": no id"_s);
    for (const QJsonValue &pattern : object.value(u"patterns"_s).toArray()) {
        const QString text = pattern.toString().trimmed();
        if (!text.isEmpty())
            term->patterns.append(text);
    }
    if (term->patterns.isEmpty())
        return fail(error, u"%1 (%2): no patterns"_s.arg(where, term->id));
    term->topic = object.value(u"topic"_s).toString();
    term->prior = object.value(u"prior"_s).toDouble(0);
    term->weight = object.contains(u"weight"_s) ? object.value(u"weight"_s).toDouble(0) : term->prior;
    if (!std::isfinite(term->prior) || !std::isfinite(term->weight))
        return fail(error, u"%1 (%2): weight is not a number"_s.arg(where, term->id));
    return true;
}
}

JobModel JobModel::fromJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, u"%1: %2"_s.arg(path, file.errorString()));
        return {};
    }
    QString reason;
    JobModel model = fromJson(file.readAll(), &reason);
    if (!model.isValid())
        fail(error, u"%1: %2"_s.arg(path, reason));
    return model;
}

JobModel JobModel::load(QString *error)
{
    return fromJsonFile(ResourcePath, error);
}

JobModel JobModel::loadLexicon(QString *error)
{
    return fromJsonFile(LexiconResourcePath, error);
}

JobModel JobModel::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
        return {};
    }
    if (!document.isObject()) {
        fail(error, u"not a JSON object"_s);
        return {};
    }
    return fromJson(document.object(), error);
}

JobModel JobModel::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"format"_s).toString() != QLatin1StringView(FormatName)) {
        fail(error, u"not a job model (format is not \"%1\")"_s.arg(QLatin1StringView(FormatName)));
        return {};
    }
    if (json.value(u"version"_s).toInt() > FormatVersion) {
        fail(error, u"model version %1 is newer than this app reads (%2)"_s.arg(json.value(u"version"_s).toInt()).arg(FormatVersion));
        return {};
    }
    JobModel model;
    const QJsonArray terms = json.value(u"terms"_s).toArray();
    QSet<QString> ids;
    for (int i = 0; i < terms.size(); ++i) {
        JobTerm term;
        if (!readTerm(terms[i], i, &term, error))
            return {};
        if (ids.contains(term.id)) {
            fail(error, u"terms[%1]: duplicate id \"%2\""_s.arg(i).arg(term.id));
            return {};
        }
        ids.insert(term.id);
        model.m_terms.append(std::move(term));
    }
    if (model.m_terms.isEmpty()) {
        fail(error, u"no terms"_s);
        return {};
    }
    const QJsonObject sections = json.value(u"sectionWeights"_s).toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        JobSection section;
        if (!sectionFromKey(it.key(), &section) || !it.value().isDouble() || it.value().toDouble() < 0) {
            fail(error, u"sectionWeights: bad entry \"%1\""_s.arg(it.key()));
            return {};
        }
        model.m_sectionWeights[size_t(section)] = it.value().toDouble();
    }
    model.m_bias = json.value(u"bias"_s).toDouble(0);
    const QJsonObject calibration = json.value(u"calibration"_s).toObject();
    model.m_calibrationScale = calibration.value(u"scale"_s).toDouble(1);
    model.m_calibrationShift = calibration.value(u"shift"_s).toDouble(0);
    const QJsonObject band = json.value(u"ambiguous"_s).toObject();
    model.m_ambiguousLow = band.value(u"low"_s).toDouble(0.4);
    model.m_ambiguousHigh = band.value(u"high"_s).toDouble(0.6);
    if (!(model.m_ambiguousLow >= 0 && model.m_ambiguousLow <= 0.5 && model.m_ambiguousHigh >= 0.5 && model.m_ambiguousHigh <= 1)) {
        fail(error, u"ambiguous: the band must contain 0.5 and lie within [0, 1]"_s);
        return {};
    }
    if (!std::isfinite(model.m_bias) || !std::isfinite(model.m_calibrationScale) || !std::isfinite(model.m_calibrationShift)) {
        fail(error, u"bias or calibration is not a number"_s);
        return {};
    }
    model.m_trainingInfo = json.value(u"training"_s).toObject();
    return model;
}

QJsonObject JobModel::toJson() const
{
    QJsonArray terms;
    for (const JobTerm &term : m_terms) {
        QJsonObject object {
            {u"id"_s, term.id}, {u"patterns"_s, QJsonArray::fromStringList(term.patterns)}, {u"prior"_s, term.prior}, {u"weight"_s, term.weight}};
        if (!term.topic.isEmpty())
            object.insert(u"topic"_s, term.topic);
        terms.append(object);
    }
    QJsonObject sections;
    for (int i = 0; i < JobSectionCount; ++i)
        sections.insert(sectionKey(JobSection(i)), m_sectionWeights[size_t(i)]);
    return {{u"format"_s, QLatin1StringView(FormatName)},
            {u"version"_s, FormatVersion},
            {u"bias"_s, m_bias},
            {u"calibration"_s, QJsonObject {{u"scale"_s, m_calibrationScale}, {u"shift"_s, m_calibrationShift}}},
            {u"ambiguous"_s, QJsonObject {{u"low"_s, m_ambiguousLow}, {u"high"_s, m_ambiguousHigh}}},
            {u"sectionWeights"_s, sections},
            {u"training"_s, m_trainingInfo},
            {u"terms"_s, terms}};
}

QByteArray JobModel::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

bool JobModel::isValid() const
{
    return !m_terms.isEmpty();
}

const QList<JobTerm> &JobModel::terms() const
{
    return m_terms;
}

void JobModel::setTerms(QList<JobTerm> terms)
{
    m_terms = std::move(terms);
}

double JobModel::bias() const
{
    return m_bias;
}

void JobModel::setBias(double bias)
{
    m_bias = bias;
}

const SectionWeights &JobModel::sectionWeights() const
{
    return m_sectionWeights;
}

void JobModel::setSectionWeights(const SectionWeights &weights)
{
    m_sectionWeights = weights;
}

double JobModel::sectionWeight(JobSection section) const
{
    return m_sectionWeights[size_t(section)];
}

double JobModel::calibrationScale() const
{
    return m_calibrationScale;
}

double JobModel::calibrationShift() const
{
    return m_calibrationShift;
}

void JobModel::setCalibration(double scale, double shift)
{
    m_calibrationScale = scale;
    m_calibrationShift = shift;
}

double JobModel::probability(double score) const
{
    return 1.0 / (1.0 + std::exp(-(m_calibrationScale * score + m_calibrationShift)));
}

double JobModel::ambiguousLow() const
{
    return m_ambiguousLow;
}

double JobModel::ambiguousHigh() const
{
    return m_ambiguousHigh;
}

void JobModel::setAmbiguousBand(double low, double high)
{
    m_ambiguousLow = low;
    m_ambiguousHigh = high;
}

const QJsonObject &JobModel::trainingInfo() const
{
    return m_trainingInfo;
}

void JobModel::setTrainingInfo(const QJsonObject &info)
{
    m_trainingInfo = info;
}

QStringList JobModel::topics() const
{
    QStringList topics;
    for (const JobTerm &term : m_terms) {
        if (!term.topic.isEmpty() && !topics.contains(term.topic))
            topics.append(term.topic);
    }
    topics.sort();
    return topics;
}
