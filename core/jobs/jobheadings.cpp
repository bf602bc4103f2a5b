// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobheadings.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace
{
enum class Match { Prefix, Contains, Exact };

struct HeadingRule {
    QStringView phrase;
    Match match;
    JobSection section;
};

// Checked in order: the first rule that matches wins, so specific phrases ("preferred qualifications",
// "about the role") come before the general ones they contain ("qualifications", "about").
constexpr HeadingRule Rules[] = {
    {u"not required", Match::Contains, JobSection::Excluded},
    {u"not needed", Match::Contains, JobSection::Excluded},
    {u"we do not expect", Match::Prefix, JobSection::Excluded},
    {u"we dont expect", Match::Prefix, JobSection::Excluded},
    {u"you wont be", Match::Prefix, JobSection::Excluded},
    {u"you will not", Match::Prefix, JobSection::Excluded},
    {u"what this role is not", Match::Prefix, JobSection::Excluded},
    {u"what this job is not", Match::Prefix, JobSection::Excluded},
    {u"this role is not", Match::Prefix, JobSection::Excluded},

    {u"nice to have", Match::Contains, JobSection::NiceToHave},
    {u"good to have", Match::Contains, JobSection::NiceToHave},
    {u"preferred", Match::Contains, JobSection::NiceToHave},
    {u"bonus", Match::Contains, JobSection::NiceToHave},
    {u"desirable", Match::Contains, JobSection::NiceToHave},
    {u"desired", Match::Prefix, JobSection::NiceToHave},
    {u"advantage", Match::Contains, JobSection::NiceToHave},
    {u"welcome", Match::Prefix, JobSection::NiceToHave},
    {u"plus", Match::Exact, JobSection::NiceToHave},
    {u"pluses", Match::Exact, JobSection::NiceToHave},
    {u"its a plus", Match::Prefix, JobSection::NiceToHave},
    {u"un plus", Match::Exact, JobSection::NiceToHave},
    {u"strong candidates may also", Match::Prefix, JobSection::NiceToHave},
    {u"even better", Match::Prefix, JobSection::NiceToHave},
    {u"extra credit", Match::Prefix, JobSection::NiceToHave},
    {u"useful", Match::Exact, JobSection::NiceToHave},
    {u"optional", Match::Exact, JobSection::NiceToHave},

    {u"benefit", Match::Contains, JobSection::Benefits},
    {u"what we offer", Match::Prefix, JobSection::Benefits},
    {u"we offer", Match::Prefix, JobSection::Benefits},
    {u"perks", Match::Contains, JobSection::Benefits},
    {u"compensation", Match::Contains, JobSection::Benefits},
    {u"salary", Match::Contains, JobSection::Benefits},
    {u"package", Match::Exact, JobSection::Benefits},
    {u"pay", Match::Exact, JobSection::Benefits},
    {u"why join", Match::Prefix, JobSection::Benefits},
    {u"why work", Match::Prefix, JobSection::Benefits},
    {u"what you get", Match::Prefix, JobSection::Benefits},
    {u"equal opportunity", Match::Contains, JobSection::Benefits},
    {u"eeo", Match::Prefix, JobSection::Benefits},
    {u"diversity", Match::Prefix, JobSection::Benefits},
    {u"working hours", Match::Prefix, JobSection::Benefits},
    {u"holidays", Match::Prefix, JobSection::Benefits},
    {u"selection process", Match::Prefix, JobSection::Benefits},
    {u"interview process", Match::Prefix, JobSection::Benefits},
    {u"hiring process", Match::Prefix, JobSection::Benefits},
    {u"how to apply", Match::Prefix, JobSection::Benefits},
    {u"apply now", Match::Prefix, JobSection::Benefits},
    {u"smoking", Match::Prefix, JobSection::Benefits},
    {u"notes", Match::Exact, JobSection::Benefits},
    {u"location", Match::Exact, JobSection::Benefits},
    {u"life at", Match::Prefix, JobSection::Benefits},
    {u"our values", Match::Prefix, JobSection::Benefits},
    {u"visa", Match::Prefix, JobSection::Benefits},

    {u"about the role", Match::Prefix, JobSection::Responsibilities},
    {u"about the job", Match::Prefix, JobSection::Responsibilities},
    {u"about the position", Match::Prefix, JobSection::Responsibilities},
    {u"about this role", Match::Prefix, JobSection::Responsibilities},
    {u"about you", Match::Prefix, JobSection::Requirements},

    {u"requirement", Match::Contains, JobSection::Requirements},
    {u"qualification", Match::Contains, JobSection::Requirements},
    {u"looking for", Match::Contains, JobSection::Requirements},
    {u"look for", Match::Contains, JobSection::Requirements},
    {u"you have", Match::Contains, JobSection::Requirements},
    {u"you bring", Match::Contains, JobSection::Requirements},
    {u"youll bring", Match::Contains, JobSection::Requirements},
    {u"youd bring", Match::Contains, JobSection::Requirements},
    {u"you need", Match::Contains, JobSection::Requirements},
    {u"youll need", Match::Contains, JobSection::Requirements},
    {u"youd need", Match::Contains, JobSection::Requirements},
    {u"we need", Match::Prefix, JobSection::Requirements},
    {u"what we need", Match::Prefix, JobSection::Requirements},
    {u"we expect", Match::Prefix, JobSection::Requirements},
    {u"what we expect", Match::Prefix, JobSection::Requirements},
    {u"what we ask", Match::Prefix, JobSection::Requirements},
    {u"who you are", Match::Prefix, JobSection::Requirements},
    {u"who should apply", Match::Prefix, JobSection::Requirements},
    {u"must have", Match::Contains, JobSection::Requirements},
    {u"required", Match::Prefix, JobSection::Requirements},
    {u"essential", Match::Prefix, JobSection::Requirements},
    {u"skills", Match::Prefix, JobSection::Requirements},
    {u"experience", Match::Exact, JobSection::Requirements},
    {u"your profile", Match::Prefix, JobSection::Requirements},
    {u"your background", Match::Prefix, JobSection::Requirements},
    {u"you should have", Match::Prefix, JobSection::Requirements},
    {u"you might be a", Match::Prefix, JobSection::Requirements},
    {u"you may be a", Match::Prefix, JobSection::Requirements},
    {u"youll probably have", Match::Prefix, JobSection::Requirements},
    {u"youll likely have", Match::Prefix, JobSection::Requirements},
    {u"we think you have", Match::Prefix, JobSection::Requirements},
    {u"were looking for", Match::Prefix, JobSection::Requirements},
    {u"wed like you to have", Match::Prefix, JobSection::Requirements},
    {u"ideal candidate", Match::Contains, JobSection::Requirements},
    {u"minimum", Match::Prefix, JobSection::Requirements},
    {u"basic", Match::Prefix, JobSection::Requirements},

    {u"responsibilit", Match::Contains, JobSection::Responsibilities},
    {u"what you", Match::Prefix, JobSection::Responsibilities},
    {u"what youll", Match::Prefix, JobSection::Responsibilities},
    {u"what youd", Match::Prefix, JobSection::Responsibilities},
    {u"you will", Match::Prefix, JobSection::Responsibilities},
    {u"youll", Match::Prefix, JobSection::Responsibilities},
    {u"in this role", Match::Prefix, JobSection::Responsibilities},
    {u"the role", Match::Prefix, JobSection::Responsibilities},
    {u"your role", Match::Prefix, JobSection::Responsibilities},
    {u"the job", Match::Prefix, JobSection::Responsibilities},
    {u"what the job", Match::Prefix, JobSection::Responsibilities},
    {u"job description", Match::Prefix, JobSection::Responsibilities},
    {u"the position", Match::Prefix, JobSection::Responsibilities},
    {u"the post", Match::Exact, JobSection::Responsibilities},
    {u"the work", Match::Prefix, JobSection::Responsibilities},
    {u"your work", Match::Prefix, JobSection::Responsibilities},
    {u"your tasks", Match::Prefix, JobSection::Responsibilities},
    {u"your mission", Match::Prefix, JobSection::Responsibilities},
    {u"missions", Match::Exact, JobSection::Responsibilities},
    {u"duties", Match::Contains, JobSection::Responsibilities},
    {u"day to day", Match::Contains, JobSection::Responsibilities},
    {u"the opportunity", Match::Prefix, JobSection::Responsibilities},
    {u"means here", Match::Contains, JobSection::Responsibilities},
    {u"specifically", Match::Exact, JobSection::Responsibilities},
    {u"your job", Match::Prefix, JobSection::Responsibilities},
    {u"what your week", Match::Prefix, JobSection::Responsibilities},

    {u"about", Match::Prefix, JobSection::About},
    {u"who we are", Match::Prefix, JobSection::About},
    {u"the team", Match::Prefix, JobSection::About},
    {u"our team", Match::Prefix, JobSection::About},
    {u"what the", Match::Prefix, JobSection::About},
    {u"overview", Match::Contains, JobSection::About},
    {u"our mission", Match::Prefix, JobSection::About},
    {u"company", Match::Prefix, JobSection::About},
    {u"why this", Match::Prefix, JobSection::About},
    {u"why we", Match::Prefix, JobSection::About},
    {u"division", Match::Prefix, JobSection::About},
    {u"who you", Match::Prefix, JobSection::Requirements},
};

bool isBullet(QStringView line)
{
    if (line.isEmpty())
        return false;
    const QChar c = line.front();
    const bool marker = c == u'-' || c == u'*' || c == u'•' || c == u'・' || c == u'◦' || c == u'▪' || c == u'–' || c == u'+';
    return marker && (line.size() == 1 || line[1].isSpace() || c == u'・' || c == u'•');
}

/// Lower case, letters, digits and single spaces only: "What you’ll do::" → "what youll do".
QString normalise(QStringView line)
{
    QString out;
    out.reserve(line.size());
    bool space = false;
    for (QChar c : line) {
        if (c == u'\'' || c == u'’' || c == u'‘')
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c.toLower();
        } else {
            space = true;
        }
    }
    return out;
}
}

namespace JobHeadings
{
std::optional<JobSection> classify(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 70 || isBullet(t))
        return std::nullopt;
    // Sentences end with a full stop; headings do not (but "Nice to have." happens, so allow short ones).
    const QString key = normalise(t);
    if (key.isEmpty() || key.count(u' ') > 7 || (t.endsWith(u'.') && key.count(u' ') > 2))
        return std::nullopt;
    for (const HeadingRule &rule : Rules) {
        bool hit = false;
        switch (rule.match) {
        case Match::Prefix:
            hit = key.startsWith(rule.phrase) && (key.size() == rule.phrase.size() || key[rule.phrase.size()] == u' ');
            break;
        case Match::Contains:
            hit = key.contains(rule.phrase);
            break;
        case Match::Exact:
            hit = key == rule.phrase;
            break;
        }
        if (hit)
            return rule.section;
    }
    return std::nullopt;
}

bool isBoilerplate(QStringView line)
{
    static const QStringView markers[] = {u"equal opportunity",
                                          u"without regard to",
                                          u"reasonable accommodation",
                                          u"protected veteran",
                                          u"e-verify",
                                          u"affirmative action",
                                          u"we use cookies",
                                          u"cookie",
                                          u"privacy policy",
                                          u"all rights reserved",
                                          u"sexual orientation",
                                          u"gender identity",
                                          u"national origin",
                                          u"pay transparency",
                                          u"recruitment agencies",
                                          u"unsolicited"};
    // Lower-case once and search case-sensitively: a case-insensitive search per marker dominated the
    // profile of long postings.
    if (line.size() < 6)
        return false;
    const QString lower = line.toString().toLower();
    for (QStringView marker : markers) {
        if (lower.size() >= marker.size() && lower.contains(marker))
            return true;
    }
    return false;
}
}
