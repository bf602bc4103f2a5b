// SPDX-License-Identifier: GPL-3.0-or-later
#include "threelevelpractice.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("ThreeLevelPractice", text);
}

/// Words that carry no content of their own: articles, pronouns, auxiliaries, connectives.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words {
        u"a"_s,      u"about"_s, u"above"_s,  u"after"_s,  u"again"_s,   u"against"_s, u"all"_s,     u"also"_s,   u"am"_s,     u"an"_s,     u"and"_s,
        u"any"_s,    u"are"_s,   u"as"_s,     u"at"_s,     u"be"_s,      u"because"_s, u"been"_s,    u"before"_s, u"being"_s,  u"below"_s,  u"between"_s,
        u"both"_s,   u"but"_s,   u"by"_s,     u"can"_s,    u"could"_s,   u"did"_s,     u"do"_s,      u"does"_s,   u"doing"_s,  u"down"_s,   u"during"_s,
        u"each"_s,   u"eg"_s,    u"either"_s, u"else"_s,   u"etc"_s,     u"even"_s,    u"every"_s,   u"few"_s,    u"for"_s,    u"from"_s,   u"further"_s,
        u"get"_s,    u"gets"_s,  u"had"_s,    u"has"_s,    u"have"_s,    u"having"_s,  u"he"_s,      u"her"_s,    u"here"_s,   u"hers"_s,   u"him"_s,
        u"his"_s,    u"how"_s,   u"ie"_s,     u"if"_s,     u"in"_s,      u"instead"_s, u"into"_s,    u"is"_s,     u"it"_s,     u"its"_s,    u"itself"_s,
        u"just"_s,   u"less"_s,  u"like"_s,   u"many"_s,   u"may"_s,     u"me"_s,      u"might"_s,   u"more"_s,   u"most"_s,   u"much"_s,   u"must"_s,
        u"my"_s,     u"no"_s,    u"nor"_s,    u"not"_s,    u"now"_s,     u"of"_s,      u"off"_s,     u"on"_s,     u"once"_s,   u"one"_s,    u"only"_s,
        u"or"_s,     u"other"_s, u"our"_s,    u"ours"_s,   u"out"_s,     u"over"_s,    u"own"_s,     u"per"_s,    u"rather"_s, u"same"_s,   u"she"_s,
        u"should"_s, u"since"_s, u"so"_s,     u"some"_s,   u"such"_s,    u"than"_s,    u"that"_s,    u"the"_s,    u"their"_s,  u"theirs"_s, u"them"_s,
        u"then"_s,   u"there"_s, u"these"_s,  u"they"_s,   u"this"_s,    u"those"_s,   u"through"_s, u"thus"_s,   u"to"_s,     u"too"_s,    u"under"_s,
        u"until"_s,  u"up"_s,    u"upon"_s,   u"us"_s,     u"use"_s,     u"used"_s,    u"uses"_s,    u"using"_s,  u"very"_s,   u"via"_s,    u"vs"_s,
        u"was"_s,    u"we"_s,    u"were"_s,   u"what"_s,   u"when"_s,    u"where"_s,   u"whether"_s, u"which"_s,  u"while"_s,  u"who"_s,    u"whom"_s,
        u"why"_s,    u"will"_s,  u"with"_s,   u"within"_s, u"without"_s, u"would"_s,   u"yet"_s,     u"you"_s,    u"your"_s,   u"yours"_s,
    };
    return words;
}

/// Units that may follow a number after a space ("48 GB", "8 GPUs"), to their canonical form.
/// A unit written right against the number ("65B", "18%") is kept whatever it is.
const QHash<QString, QString> &spacedUnits()
{
    static const QHash<QString, QString> units {
        {u"%"_s, u"%"_s},          {u"x"_s, u"x"_s},          {u"×"_s, u"x"_s},
        {u"k"_s, u"k"_s},          {u"m"_s, u"m"_s},          {u"b"_s, u"b"_s},
        {u"bn"_s, u"b"_s},         {u"t"_s, u"t"_s},          {u"kb"_s, u"kb"_s},
        {u"mb"_s, u"mb"_s},        {u"gb"_s, u"gb"_s},        {u"tb"_s, u"tb"_s},
        {u"kib"_s, u"kib"_s},      {u"mib"_s, u"mib"_s},      {u"gib"_s, u"gib"_s},
        {u"tib"_s, u"tib"_s},      {u"bit"_s, u"bit"_s},      {u"bits"_s, u"bit"_s},
        {u"byte"_s, u"byte"_s},    {u"bytes"_s, u"byte"_s},   {u"ms"_s, u"ms"_s},
        {u"s"_s, u"s"_s},          {u"sec"_s, u"s"_s},        {u"seconds"_s, u"s"_s},
        {u"min"_s, u"min"_s},      {u"minutes"_s, u"min"_s},  {u"h"_s, u"h"_s},
        {u"hour"_s, u"h"_s},       {u"hours"_s, u"h"_s},      {u"day"_s, u"day"_s},
        {u"days"_s, u"day"_s},     {u"week"_s, u"week"_s},    {u"weeks"_s, u"week"_s},
        {u"gpu"_s, u"gpu"_s},      {u"gpus"_s, u"gpu"_s},     {u"token"_s, u"token"_s},
        {u"tokens"_s, u"token"_s}, {u"params"_s, u"param"_s}, {u"parameters"_s, u"param"_s},
        {u"layers"_s, u"layer"_s}, {u"tflops"_s, u"tflop"_s}, {u"tflop"_s, u"tflop"_s},
        {u"flops"_s, u"flop"_s},   {u"flop"_s, u"flop"_s},
    };
    return units;
}

QString canonicalUnit(const QString &unit)
{
    const QString lower = unit.toLower();
    return spacedUnits().value(lower, lower);
}

/// One spelling for British and American words and for singular and plural.
QString normaliseWord(const QString &word)
{
    QString w = word.toLower();
    static const QList<std::pair<QString, QString>> spellings {
        {u"isations"_s, u"izations"_s},
        {u"isers"_s, u"izers"_s},
        {u"iser"_s, u"izer"_s},
        {u"isation"_s, u"ization"_s},
        {u"ising"_s, u"izing"_s},
        {u"ised"_s, u"ized"_s},
        {u"ises"_s, u"izes"_s},
        {u"ise"_s, u"ize"_s},
    };
    for (const auto &[british, american] : spellings) {
        if (w.size() > british.size() + 2 && w.endsWith(british)) {
            w = w.chopped(british.size()) + american;
            break;
        }
    }
    if (w.size() > 4 && w.endsWith(u"ies"_s)) {
        return w.chopped(3) + u'y';
    }
    if (w.endsWith(u"sses"_s) || w.endsWith(u"xes"_s)) {
        return w.chopped(2);
    }
    if (w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss"_s) && !w.endsWith(u"us"_s) && !w.endsWith(u"is"_s)) {
        return w.chopped(1);
    }
    return w;
}

/// "1,000" and "1000" are one number; "0,5" is a half.
double numberValue(QString text)
{
    static const QRegularExpression grouping(u",(?=\\d{3}(?!\\d))"_s);
    text.remove(grouping);
    text.replace(u',', u'.');
    return text.toDouble();
}

/// A term with the key it matches by: a normalised word, or a number's value and unit.
struct Found {
    ThreeLevelPractice::KeyTerm term;
    QString key;
    double value = 0;
    QString unit;
};

QList<Found> scan(QStringView markdown)
{
    static const QRegularExpression linkTarget(u"\\]\\([^)]*\\)"_s);
    QString text = markdown.toString();
    text.replace(linkTarget, u"] "_s);

    QList<Found> found;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto isNumberChar = [&](qsizetype at) {
        return at < n && text.at(at).isDigit();
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            const qsizetype start = i;
            while (i < n && (text.at(i).isDigit() || ((text.at(i) == u'.' || text.at(i) == u',') && isNumberChar(i + 1)))) {
                ++i;
            }
            const QString number = text.mid(start, i - start);
            QString shownUnit;
            bool attached = true;
            if (i < n && (text.at(i) == u'%' || text.at(i) == QChar(0x00D7))) {
                shownUnit = text.at(i);
                ++i;
            } else if (i < n && text.at(i).isLetter()) {
                const qsizetype unitStart = i;
                while (i < n && text.at(i).isLetter()) {
                    ++i;
                }
                shownUnit = text.mid(unitStart, i - unitStart);
            } else {
                // A unit after a space or a hyphen ("48 GB", "4-bit"), when it is a known unit.
                qsizetype j = i;
                while (j < n && (text.at(j) == u' ' || text.at(j) == u'-' || text.at(j) == QChar(0x00A0))) {
                    ++j;
                }
                qsizetype end = j;
                if (end < n && (text.at(end) == u'%' || text.at(end) == QChar(0x00D7))) {
                    ++end;
                } else {
                    while (end < n && text.at(end).isLetter()) {
                        ++end;
                    }
                }
                const QString candidate = text.mid(j, end - j);
                if (j > i && spacedUnits().contains(candidate.toLower())) {
                    shownUnit = candidate;
                    attached = false;
                    i = end;
                }
            }
            const QString unit = shownUnit.isEmpty() ? QString() : canonicalUnit(shownUnit);
            const double value = numberValue(number);
            const QString shown = number + (attached ? QString() : u" "_s) + shownUnit;
            found.append({{shown, true, false}, u"#%1|%2"_s.arg(QString::number(value, 'g', 12), unit), value, unit});
            continue;
        }
        if (c.isLetter()) {
            const qsizetype start = i;
            while (i < n && text.at(i).isLetterOrNumber()) {
                ++i;
            }
            const QString word = text.mid(start, i - start);
            const QString normalised = normaliseWord(word);
            if (normalised.size() >= 2 && !stopWords().contains(word.toLower()) && !stopWords().contains(normalised)) {
                found.append({{word, false, false}, normalised, 0, {}});
            }
            continue;
        }
        ++i;
    }
    return found;
}

QList<Found> distinct(const QList<Found> &found)
{
    QList<Found> result;
    QSet<QString> keys;
    for (const Found &f : found) {
        if (!keys.contains(f.key)) {
            keys.insert(f.key);
            result.append(f);
        }
    }
    return result;
}

ThreeLevelPractice::LevelHint compareLevel(ThreeLevelPractice::Level level, const QString &name, const QString &model, const QString &user)
{
    const QList<Found> said = scan(user);
    QSet<QString> words;
    QHash<QString, QSet<QString>> unitsByValue; // a number the user wrote → the units written with it
    for (const Found &f : said) {
        if (f.term.isNumber) {
            unitsByValue[QString::number(f.value, 'g', 12)].insert(f.unit);
        } else {
            words.insert(f.key);
        }
    }
    ThreeLevelPractice::LevelHint hint;
    hint.level = level;
    hint.name = name;
    hint.modelAnswer = model;
    for (const Found &f : distinct(scan(model))) {
        ThreeLevelPractice::KeyTerm term = f.term;
        if (term.isNumber) {
            const auto it = unitsByValue.constFind(QString::number(f.value, 'g', 12));
            // A number with a unit counts only with that unit; a bare number matches any.
            term.mentioned = it != unitsByValue.constEnd() && (f.unit.isEmpty() || it->contains(f.unit));
        } else {
            term.mentioned = words.contains(f.key);
        }
        hint.terms.append(term);
    }
    return hint;
}
}

int ThreeLevelPractice::LevelHint::mentionedCount() const
{
    return int(std::count_if(terms.cbegin(), terms.cend(), [](const KeyTerm &term) {
        return term.mentioned;
    }));
}

double ThreeLevelPractice::LevelHint::coverage() const
{
    return terms.isEmpty() ? 1.0 : double(mentionedCount()) / double(terms.size());
}

QStringList ThreeLevelPractice::LevelHint::missing() const
{
    QStringList result;
    for (const KeyTerm &term : terms) {
        if (!term.mentioned) {
            result.append(term.text);
        }
    }
    return result;
}

QList<ThreeLevelPractice::LevelHint> ThreeLevelPractice::compare(const ThreeLevels &model, const ThreeLevels &user)
{
    return {compareLevel(Level::Technical, tr("Technical"), model.technical, user.technical),
            compareLevel(Level::Architectural, tr("Architectural"), model.architectural, user.architectural),
            compareLevel(Level::Business, tr("Business"), model.business, user.business)};
}

QList<ThreeLevelPractice::KeyTerm> ThreeLevelPractice::keyTerms(QStringView markdown)
{
    QList<KeyTerm> terms;
    for (const Found &f : distinct(scan(markdown))) {
        terms.append(f.term);
    }
    return terms;
}

std::optional<ThreeLevels> ThreeLevelPractice::levelsOf(QStringView back)
{
    // The markers MarkdownDeck writes between the levels (core/cards/markdowndeck.cpp).
    static const QString technical = u"**Technical**\n\n"_s;
    static const QString architectural = u"\n\n**Architectural**\n\n"_s;
    static const QString business = u"\n\n**Business**\n\n"_s;
    const QStringView text = back.trimmed();
    if (!text.startsWith(technical)) {
        return std::nullopt;
    }
    const qsizetype architecturalAt = text.indexOf(architectural, technical.size());
    const qsizetype businessAt = architecturalAt < 0 ? -1 : text.indexOf(business, architecturalAt + architectural.size());
    if (businessAt < 0) {
        return std::nullopt;
    }
    ThreeLevels levels {text.sliced(technical.size(), architecturalAt - technical.size()).trimmed().toString(),
                        text.sliced(architecturalAt + architectural.size(), businessAt - architecturalAt - architectural.size()).trimmed().toString(),
                        text.sliced(businessAt + business.size()).trimmed().toString()};
    if (levels.technical.isEmpty() || levels.architectural.isEmpty() || levels.business.isEmpty()) {
        return std::nullopt;
    }
    return levels;
}

QString ThreeLevelPractice::hintDisclaimer()
{
    return tr("A hint, not a grade: it shows which key terms and numbers of the model answer also appear in yours. "
              "It cannot tell whether you used them correctly, and a good answer in other words scores low. Grade yourself.");
}
