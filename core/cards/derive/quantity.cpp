// SPDX-License-Identifier: GPL-3.0-or-later
// How a typed answer is read: numbers, separators and the units of each dimension.
#include "quantity.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Derive", text);
}

constexpr double KiB = 1024.0;

/// A unit is a scale prefix followed by a noun ("gi" + "b", "k" + "tokens/s").
struct Scale {
    QString prefix;
    double factor = 1;
    int power = 0; ///< for byte prefixes: n in 10³ⁿ or 2¹⁰ⁿ, so that GB ↔ GiB can be swapped
    bool binary = false;
};

struct Noun {
    QString text;
    double factor = 1;
};

struct UnitTable {
    QList<Scale> scales;
    QList<Noun> nouns;
};

QList<Noun> nouns(const QStringList &texts, double factor)
{
    QList<Noun> result;
    for (const QString &text : texts) {
        result.append({text, factor});
    }
    return result;
}

const UnitTable &unitTable(Derive::Dimension dimension)
{
    using Derive::Dimension;
    static const UnitTable bytes {{{u""_s, 1},
                                   {u"k"_s, 1e3, 1, false},
                                   {u"kilo"_s, 1e3, 1, false},
                                   {u"m"_s, 1e6, 2, false},
                                   {u"mega"_s, 1e6, 2, false},
                                   {u"g"_s, 1e9, 3, false},
                                   {u"giga"_s, 1e9, 3, false},
                                   {u"t"_s, 1e12, 4, false},
                                   {u"tera"_s, 1e12, 4, false},
                                   {u"ki"_s, KiB, 1, true},
                                   {u"kibi"_s, KiB, 1, true},
                                   {u"mi"_s, std::pow(KiB, 2), 2, true},
                                   {u"mebi"_s, std::pow(KiB, 2), 2, true},
                                   {u"gi"_s, std::pow(KiB, 3), 3, true},
                                   {u"gibi"_s, std::pow(KiB, 3), 3, true},
                                   {u"ti"_s, std::pow(KiB, 4), 4, true},
                                   {u"tebi"_s, std::pow(KiB, 4), 4, true}},
                                  nouns({u""_s, u"b"_s, u"byte"_s, u"bytes"_s}, 1)};
    static const UnitTable count {{{u""_s, 1},
                                   {u"k"_s, 1e3},
                                   {u"thousand"_s, 1e3},
                                   {u"m"_s, 1e6},
                                   {u"mn"_s, 1e6},
                                   {u"million"_s, 1e6},
                                   {u"b"_s, 1e9},
                                   {u"bn"_s, 1e9},
                                   {u"g"_s, 1e9},
                                   {u"billion"_s, 1e9},
                                   {u"t"_s, 1e12},
                                   {u"tn"_s, 1e12},
                                   {u"trillion"_s, 1e12},
                                   {u"p"_s, 1e15},
                                   {u"e"_s, 1e18},
                                   {u"z"_s, 1e21}},
                                  nouns({u""_s,
                                         u"param"_s,
                                         u"params"_s,
                                         u"parameter"_s,
                                         u"parameters"_s,
                                         u"token"_s,
                                         u"tokens"_s,
                                         u"token/step"_s,
                                         u"tokens/step"_s,
                                         u"/step"_s,
                                         u"sequence"_s,
                                         u"sequences"_s,
                                         u"seq"_s,
                                         u"seqs"_s,
                                         u"request"_s,
                                         u"requests"_s,
                                         u"flop"_s,
                                         u"flops"_s},
                                        1)};
    static const UnitTable fraction {{{u""_s, 1}}, nouns({u"%"_s, u"percent"_s, u"pct"_s}, 0.01)};
    static const UnitTable seconds {
        {{u""_s, 1}},
        nouns({u"us"_s, u"µs"_s, u"μs"_s, u"microsecond"_s, u"microseconds"_s}, 1e-6) + nouns({u"ms"_s, u"msec"_s, u"millisecond"_s, u"milliseconds"_s}, 1e-3)
            + nouns({u"s"_s, u"sec"_s, u"secs"_s, u"second"_s, u"seconds"_s}, 1) + nouns({u"m"_s, u"min"_s, u"mins"_s, u"minute"_s, u"minutes"_s}, 60)
            + nouns({u"h"_s, u"hr"_s, u"hrs"_s, u"hour"_s, u"hours"_s}, 3600) + nouns({u"d"_s, u"day"_s, u"days"_s}, 86400)
            + nouns({u"w"_s, u"wk"_s, u"week"_s, u"weeks"_s}, 7 * 86400)};
    static const UnitTable rate {
        {{u""_s, 1}, {u"k"_s, 1e3}},
        nouns({u"tokens/s"_s, u"token/s"_s, u"tok/s"_s, u"t/s"_s, u"/s"_s, u"tokens/sec"_s, u"tokens/second"_s, u"token/second"_s, u"tok/sec"_s, u"tps"_s}, 1)};
    static const UnitTable intensity {{{u""_s, 1}}, nouns({u"flop/b"_s, u"flops/b"_s, u"flop/byte"_s, u"flops/byte"_s, u"flop/bytes"_s, u"flops/bytes"_s}, 1)};
    switch (dimension) {
    case Dimension::Bytes:
        return bytes;
    case Dimension::Count:
        return count;
    case Dimension::Fraction:
        return fraction;
    case Dimension::Seconds:
        return seconds;
    case Dimension::TokensPerSecond:
        return rate;
    case Dimension::FlopsPerByte:
        return intensity;
    }
    return count;
}

int fromSuperscript(QStringView text)
{
    static const QString digits = u"⁰¹²³⁴⁵⁶⁷⁸⁹"_s;
    int value = 0;
    int sign = 1;
    for (QChar c : text) {
        if (c == QChar(0x207B)) {
            sign = -1;
        } else {
            value = value * 10 + int(digits.indexOf(c));
        }
    }
    return sign * value;
}

bool isDigitAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isDigit();
}

/// Drops thousands separators and turns a decimal comma into a point: "1,342,177,280" and
/// "1 342 177 280" (no-break spaces) become "1342177280", "1,25" becomes "1.25".
QString normaliseNumber(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool betweenDigits = isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
        if (betweenDigits && (c == u'_' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\'')) {
            continue;
        }
        if (c == u',' && betweenDigits) {
            const bool group = isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
            if (!group) {
                result += u'.';
            }
            continue;
        }
        result += c == QChar(0x2212) ? QChar(u'-') : c;
    }
    return result;
}

/// Leading "≈", "~", "=" and "about": people write them in front of an estimate.
QStringView stripApproximation(QStringView text)
{
    static const QStringList markers {u"≈"_s, u"~"_s, u"="_s, u"about"_s, u"approx."_s, u"approx"_s, u"roughly"_s};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        text = text.trimmed();
        for (const QString &marker : markers) {
            if (text.startsWith(marker, Qt::CaseInsensitive)) {
                text = text.mid(marker.size());
                stripped = true;
            }
        }
    }
    return text;
}

QString normaliseUnit(QStringView unit)
{
    static const QRegularExpression per(u"\\bper\\b"_s);
    static const QRegularExpression space(u"\\s+"_s);
    QString result = unit.toString().toLower();
    result.replace(per, u"/"_s);
    result.remove(space);
    while (result.endsWith(u'.')) {
        result.chop(1);
    }
    return result;
}
}

std::optional<Derive::TypedAnswer> Derive::readTypedAnswer(QStringView text, const Quantity &answer)
{
    static const QRegularExpression pattern(u"^([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(?:e([+-]?\\d+))?\\s*"
                                            "(?:[x×*·]\\s*10\\s*(?:\\^|\\*\\*)\\s*([+-]?\\d+)|[x×*·]\\s*10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?"
                                            "\\s*(.*)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QString normalised = normaliseNumber(stripApproximation(text));
    const QRegularExpressionMatch match = pattern.match(normalised);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    double number = match.captured(1).toDouble(&ok);
    if (!ok) {
        return std::nullopt;
    }
    int exponent = match.captured(2).toInt();
    if (match.hasCaptured(3)) {
        exponent += match.captured(3).toInt();
    } else if (match.hasCaptured(4)) {
        exponent += fromSuperscript(match.captured(4));
    }
    number *= std::pow(10.0, exponent);
    if (!std::isfinite(number)) {
        return std::nullopt;
    }

    TypedAnswer typed;
    const QString unit = normaliseUnit(match.captured(5));
    if (unit.isEmpty()) {
        typed.readings.append(number);
        const QList<DisplayUnit> units = displayUnits(answer);
        for (const DisplayUnit &display : units) {
            if (display.scale != 1) {
                typed.readings.append(number * display.scale);
            }
        }
        return typed;
    }
    const UnitTable &table = unitTable(answer.dimension);
    for (const Scale &scale : table.scales) {
        if (!unit.startsWith(scale.prefix)) {
            continue;
        }
        const QStringView rest = QStringView(unit).mid(scale.prefix.size());
        for (const Noun &noun : table.nouns) {
            if (rest != noun.text || (scale.prefix.isEmpty() && noun.text.isEmpty())) {
                continue;
            }
            typed.readings.append(number * scale.factor * noun.factor);
            if (scale.power > 0) {
                const double other = scale.binary ? std::pow(1000.0, scale.power) : std::pow(KiB, scale.power);
                typed.swappedPrefix = number * other * noun.factor;
            }
            return typed;
        }
    }
    return std::nullopt;
}

QString Derive::inputExamples(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Bytes:
        return tr("e.g. 1.25 GiB, 1.34 GB, 1342177280 or 1.34e9 bytes");
    case Dimension::Count:
        return tr("e.g. 19988480, 20.0M, 2e7 or 6.7 billion");
    case Dimension::Fraction:
        return tr("e.g. 18%, 18 or 0.18");
    case Dimension::Seconds:
        return tr("e.g. 250 ms, 41 min, 2.5 h or 12 days");
    case Dimension::TokensPerSecond:
        return tr("e.g. 150 tokens/s, 1.2k tok/s or 150");
    case Dimension::FlopsPerByte:
        return tr("e.g. 146 or 146 FLOP/byte");
    }
    return {};
}
