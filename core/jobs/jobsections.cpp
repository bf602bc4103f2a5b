// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsections.h"

#include "jobheadings.h"

#include <QStringTokenizer>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{
struct Line {
    qsizetype start;
    qsizetype end; ///< excluding the newline
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'\n') {
            lines.append({start, i});
            start = i + 1;
        }
    }
    return lines;
}

/// Job titles name a role; page chrome and cookie banners above them do not.
bool namesRole(QStringView line)
{
    static const QStringView roles[]
        = {u"engineer",   u"developer", u"scientist", u"researcher", u"architect",     u"sre",        u"programmer", u"technical staff", u"lead",    u"manager",
           u"specialist", u"intern",    u"head of",   u"analyst",    u"administrator", u"consultant", u"devops",     u"mlops",           u"enginer", u"eng "};
    if (line.size() > 120)
        return false;
    for (QStringView role : roles) {
        if (line.contains(role, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringView cleanTitle(QStringView line)
{
    QStringView t = line.trimmed();
    while (!t.isEmpty() && (t.front() == u'~' || t.front() == u'=' || t.front() == u'#' || t.front() == u'*' || t.front().isSpace()))
        t = t.sliced(1);
    while (!t.isEmpty() && (t.back() == u'~' || t.back() == u'=' || t.back() == u'#' || t.back() == u'*' || t.back().isSpace()))
        t.chop(1);
    return t;
}

/// "Lumenfold AI — San Francisco" → "Lumenfold AI": the company comes before the first separator.
QStringView beforeSeparator(QStringView line)
{
    static const QStringView separators[] = {u" — ", u" – ", u" - ", u" · ", u" | ", u" • ", u" •", u", ", u" ("};
    qsizetype cut = line.size();
    for (QStringView separator : separators) {
        const qsizetype at = line.indexOf(separator);
        if (at > 0)
            cut = std::min(cut, at);
    }
    return line.first(cut).trimmed();
}

bool looksLikeCompany(QStringView candidate)
{
    if (candidate.isEmpty() || candidate.size() > 60 || candidate.endsWith(u'.'))
        return false;
    static const QStringView notCompanies[]
        = {u"remote", u"location", u"full-time", u"full time", u"hybrid", u"on-site", u"salary", u"about", u"careers", u"we ", u"our ", u"job ", u"apply"};
    for (QStringView word : notCompanies) {
        if (candidate.startsWith(word, Qt::CaseInsensitive))
            return false;
    }
    return candidate.front().isUpper() || candidate.front().isDigit();
}

QString guessCompany(QStringView text, const QList<Line> &lines, int titleLine)
{
    const QStringView title = text.sliced(lines[titleLine].start, lines[titleLine].end - lines[titleLine].start);
    static const QStringView markers[] = {u" | ", u" at ", u" @ "};
    for (QStringView marker : markers) {
        const qsizetype at = title.lastIndexOf(marker);
        if (at > 0) {
            const QStringView company = beforeSeparator(title.sliced(at + marker.size()).trimmed());
            if (looksLikeCompany(company))
                return company.toString();
        }
    }
    for (int i = titleLine + 1; i < lines.size() && i <= titleLine + 3; ++i) {
        const QStringView line = text.sliced(lines[i].start, lines[i].end - lines[i].start).trimmed();
        if (line.isEmpty())
            continue;
        QStringView candidate = line;
        if (candidate.startsWith(u"company:", Qt::CaseInsensitive))
            candidate = candidate.sliced(8).trimmed();
        candidate = beforeSeparator(candidate);
        if (candidate.size() < line.size() || line.size() <= 40) {
            if (looksLikeCompany(candidate))
                return candidate.toString();
        }
        break;
    }
    return {};
}

void append(QList<SectionSpan> &spans, JobSection section, qsizetype start, qsizetype end)
{
    if (!spans.isEmpty() && spans.back().section == section && spans.back().end == start) {
        spans.back().end = end;
        return;
    }
    spans.append({section, start, end});
}
}

QString sectionKey(JobSection section)
{
    switch (section) {
    case JobSection::Title:
        return u"title"_s;
    case JobSection::About:
        return u"about"_s;
    case JobSection::Responsibilities:
        return u"responsibilities"_s;
    case JobSection::Requirements:
        return u"requirements"_s;
    case JobSection::NiceToHave:
        return u"nice-to-have"_s;
    case JobSection::Benefits:
        return u"benefits"_s;
    case JobSection::Body:
        return u"body"_s;
    case JobSection::Excluded:
        return u"excluded"_s;
    }
    return u"body"_s;
}

bool sectionFromKey(QStringView key, JobSection *section)
{
    for (int i = 0; i < JobSectionCount; ++i) {
        if (sectionKey(JobSection(i)) == key) {
            *section = JobSection(i);
            return true;
        }
    }
    return false;
}

JobSection SectionedPosting::sectionAt(qsizetype offset) const
{
    const auto it = std::upper_bound(spans.cbegin(), spans.cend(), offset, [](qsizetype value, const SectionSpan &span) {
        return value < span.end;
    });
    if (it == spans.cend() || offset < it->start)
        return JobSection::Body;
    return it->section;
}

SectionedPosting sectionPosting(QStringView text)
{
    SectionedPosting result;
    const QList<Line> lines = splitLines(text);

    int titleLine = -1;
    for (int i = 0; i < lines.size() && i < 40 && titleLine < 0; ++i) {
        const QStringView line = text.sliced(lines[i].start, lines[i].end - lines[i].start);
        if (namesRole(line) && !JobHeadings::classify(line))
            titleLine = i;
    }
    for (int i = 0; i < lines.size() && titleLine < 0; ++i) {
        if (!text.sliced(lines[i].start, lines[i].end - lines[i].start).trimmed().isEmpty())
            titleLine = i;
    }
    if (titleLine < 0)
        return result;
    result.title = cleanTitle(text.sliced(lines[titleLine].start, lines[titleLine].end - lines[titleLine].start)).toString();
    result.company = guessCompany(text, lines, titleLine);
    if (const qsizetype cut = result.title.indexOf(u" | "_s); cut > 0)
        result.title.truncate(cut);

    std::vector<std::optional<JobSection>> headings(size_t(lines.size()));
    bool anyHeading = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        headings[size_t(i)] = JobHeadings::classify(text.sliced(lines[i].start, lines[i].end - lines[i].start));
        anyHeading = anyHeading || headings[size_t(i)].has_value();
    }

    // Boilerplate is judged per paragraph: an EEO statement is boilerplate under any heading.
    JobSection current = anyHeading ? JobSection::About : JobSection::Body;
    qsizetype paragraphStart = 0;
    bool boilerplateParagraph = false;
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        const qsizetype end = i + 1 < lines.size() ? lines[i + 1].start : text.size();
        const QStringView content = text.sliced(line.start, line.end - line.start);
        if (content.trimmed().isEmpty()) {
            boilerplateParagraph = false;
            paragraphStart = end;
            append(result.spans, current, line.start, end);
            continue;
        }
        if (i == titleLine) {
            append(result.spans, JobSection::Title, line.start, end);
            continue;
        }
        if (const std::optional<JobSection> heading = headings[size_t(i)]) {
            current = *heading;
            append(result.spans, current, line.start, end);
            continue;
        }
        if (line.start == paragraphStart)
            boilerplateParagraph = false;
        boilerplateParagraph = boilerplateParagraph || JobHeadings::isBoilerplate(content);
        append(result.spans, boilerplateParagraph ? JobSection::Benefits : current, line.start, end);
    }
    return result;
}
