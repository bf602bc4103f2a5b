// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobclassifier.h"

#include "jobmatcher.h"
#include "jobtext.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
/// Occurrence counts per (term, section) for one text, with the section of every hit.
struct Counts {
    QList<JobMatcher::Hit> hits;
    QList<JobSection> hitSections;
    std::vector<int> perTermSection; ///< term * JobSectionCount + section

    [[nodiscard]] int at(int term, JobSection section) const
    {
        return perTermSection[size_t(term * JobSectionCount + int(section))];
    }
};

Counts count(const JobMatcher &matcher, int termCount, const QString &text, const SectionedPosting &sections)
{
    Counts counts;
    counts.hits = matcher.match(text);
    counts.perTermSection.assign(size_t(termCount * JobSectionCount), 0);
    counts.hitSections.reserve(counts.hits.size());
    for (const JobMatcher::Hit &hit : std::as_const(counts.hits)) {
        const JobSection section = sections.sectionAt(hit.start);
        counts.hitSections.append(section);
        ++counts.perTermSection[size_t(hit.term * JobSectionCount + int(section))];
    }
    return counts;
}

QStringList topicsOf(const JobModel &model, const Counts &counts)
{
    QHash<QString, int> mentions;
    QStringList order; // first mention first, the tie-break
    for (qsizetype i = 0; i < counts.hits.size(); ++i) {
        if (counts.hitSections[i] == JobSection::Excluded)
            continue;
        const QString &topic = model.terms()[counts.hits[i].term].topic;
        if (topic.isEmpty())
            continue;
        if (!mentions.contains(topic))
            order.append(topic);
        ++mentions[topic];
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        return mentions.value(a) > mentions.value(b);
    });
    return order;
}
}

QString Classification::labelKey() const
{
    return mlSystems ? u"ml-systems"_s : u"systems-with-ml"_s;
}

JobClassifier::JobClassifier(JobModel model) : m_model(std::move(model)), m_matcher(std::make_unique<JobMatcher>(m_model.terms()))
{
}

JobClassifier::~JobClassifier() = default;
JobClassifier::JobClassifier(JobClassifier &&) noexcept = default;
JobClassifier &JobClassifier::operator=(JobClassifier &&) noexcept = default;

const JobModel &JobClassifier::model() const
{
    return m_model;
}

Classification JobClassifier::classify(const QByteArray &raw, const QString &fileNameHint) const
{
    JobText::Extracted extracted = JobText::extract(raw, fileNameHint);
    if (!extracted.problem.isEmpty()) {
        Classification refused;
        refused.problem = extracted.problem;
        refused.warning = extracted.warning;
        return refused;
    }
    Classification result = classifyText(extracted.text);
    result.warning = extracted.warning;
    return result;
}

Classification JobClassifier::classifyText(const QString &plainText) const
{
    Classification result;
    if (plainText.trimmed().isEmpty()) {
        result.problem = u"no text (only whitespace)"_s;
        return result;
    }
    const SectionedPosting sections = sectionPosting(plainText);
    const Counts counts = count(*m_matcher, int(m_model.terms().size()), plainText, sections);

    double score = m_model.bias();
    for (qsizetype i = 0; i < counts.hits.size(); ++i) {
        const JobMatcher::Hit &hit = counts.hits[i];
        const JobSection section = counts.hitSections[i];
        const int n = counts.at(hit.term, section);
        // Each of the n occurrences carries an equal share of log(1 + n), so the evidence sums to the score.
        const double weight = m_model.terms()[hit.term].weight * m_model.sectionWeight(section) * std::log1p(double(n)) / double(n);
        if (weight == 0)
            continue;
        score += weight;
        result.evidence.append({plainText.sliced(hit.start, hit.end - hit.start), weight, hit.start, hit.end, m_model.terms()[hit.term].id, section});
    }
    std::stable_sort(result.evidence.begin(), result.evidence.end(), [](const Evidence &a, const Evidence &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    });

    result.score = score;
    result.pMlSystems = m_model.probability(score);
    result.mlSystems = result.pMlSystems >= 0.5;
    result.ambiguous = result.pMlSystems >= m_model.ambiguousLow() && result.pMlSystems <= m_model.ambiguousHigh();
    result.topics = topicsOf(m_model, counts);
    result.title = sections.title;
    result.company = sections.company;
    result.sections = sections.spans;
    result.plainText = plainText;
    return result;
}

std::vector<double> JobClassifier::features(const QString &plainText) const
{
    const SectionedPosting sections = sectionPosting(plainText);
    const int termCount = int(m_model.terms().size());
    const Counts counts = count(*m_matcher, termCount, plainText, sections);
    std::vector<double> x(size_t(termCount), 0.0);
    for (int t = 0; t < termCount; ++t) {
        for (int s = 0; s < JobSectionCount; ++s) {
            if (const int n = counts.at(t, JobSection(s)))
                x[size_t(t)] += m_model.sectionWeight(JobSection(s)) * std::log1p(double(n));
        }
    }
    return x;
}
