// SPDX-License-Identifier: GPL-3.0-or-later
// How an answer is shown: the units it is stated in and its number formats.
#include "quantity.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
constexpr double KiB = 1024.0;

QString stripTrailingZeros(QString number)
{
    if (!number.contains(u'.')) {
        return number;
    }
    while (number.endsWith(u'0')) {
        number.chop(1);
    }
    if (number.endsWith(u'.')) {
        number.chop(1);
    }
    return number;
}

QString superscript(int exponent)
{
    static const QString digits = u"⁰¹²³⁴⁵⁶⁷⁸⁹"_s;
    QString result;
    const QString plain = QString::number(exponent);
    for (QChar c : plain) {
        result += c == u'-' ? QChar(0x207B) : digits.at(c.digitValue());
    }
    return result;
}
}

QList<Derive::DisplayUnit> Derive::displayUnits(const Quantity &quantity)
{
    const double v = std::abs(quantity.value);
    switch (quantity.dimension) {
    case Dimension::Bytes: {
        static const QStringList binary {u"bytes"_s, u"KiB"_s, u"MiB"_s, u"GiB"_s, u"TiB"_s};
        static const QStringList decimal {u"bytes"_s, u"KB"_s, u"MB"_s, u"GB"_s, u"TB"_s};
        int power = 0;
        while (power < 4 && v >= std::pow(KiB, power + 1)) {
            ++power;
        }
        if (power == 0) {
            return {{u"bytes"_s, 1}};
        }
        return {{binary.at(power), std::pow(KiB, power)}, {decimal.at(power), std::pow(1000.0, power)}, {u"bytes"_s, 1}};
    }
    case Dimension::Count: {
        if (v < 1e4 || v >= 1e15) {
            return {{QString(), 1}};
        }
        const double scale = v >= 1e12 ? 1e12 : v >= 1e9 ? 1e9 : v >= 1e6 ? 1e6 : 1e3;
        const QString symbol = scale == 1e12 ? u"T"_s : scale == 1e9 ? u"B"_s : scale == 1e6 ? u"M"_s : u"k"_s;
        return {{QString(), 1}, {symbol, scale}};
    }
    case Dimension::Fraction:
        return {{u"%"_s, 0.01}, {QString(), 1}};
    case Dimension::Seconds: {
        DisplayUnit best {u"s"_s, 1};
        if (v < 1) {
            best = {u"ms"_s, 1e-3};
        } else if (v >= 48 * 3600) {
            best = {u"days"_s, 86400};
        } else if (v >= 2 * 3600) {
            best = {u"h"_s, 3600};
        } else if (v >= 120) {
            best = {u"min"_s, 60};
        }
        if (best.scale <= 1) {
            return {best};
        }
        return {best, {u"s"_s, 1}};
    }
    case Dimension::TokensPerSecond:
        return {{u"tokens/s"_s, 1}};
    case Dimension::FlopsPerByte:
        return {{u"FLOP/byte"_s, 1}};
    }
    return {{QString(), 1}};
}

QString Derive::formatSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value)) {
        return QString::number(value);
    }
    const double magnitude = std::floor(std::log10(std::abs(value)));
    const double step = std::pow(10.0, magnitude - digits + 1);
    const double rounded = std::round(value / step) * step;
    if (std::abs(rounded) >= std::pow(10.0, digits)) {
        return formatInteger(rounded);
    }
    const int decimals = std::max(0, digits - 1 - int(std::floor(std::log10(std::abs(rounded)))));
    return stripTrailingZeros(QString::number(rounded, 'f', decimals));
}

QString Derive::formatInteger(double value)
{
    const QString digits = QString::number(std::llround(std::abs(value)));
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            grouped += u',';
        }
        grouped += digits.at(i);
    }
    return value < 0 ? u"-"_s + grouped : grouped;
}

QString Derive::formatScientific(double value)
{
    if (value == 0 || !std::isfinite(value)) {
        return QString::number(value);
    }
    int exponent = int(std::floor(std::log10(std::abs(value))));
    double mantissa = value / std::pow(10.0, exponent);
    if (std::abs(std::round(mantissa * 100) / 100) >= 10) {
        ++exponent;
        mantissa /= 10;
    }
    return u"%1 × 10%2"_s.arg(formatSignificant(mantissa), superscript(exponent));
}

QString Derive::formatQuantity(const Quantity &quantity)
{
    const QList<DisplayUnit> units = displayUnits(quantity);
    auto shown = [&quantity](const DisplayUnit &unit) -> QString {
        const double scaled = quantity.value / unit.scale;
        const bool whole = std::abs(scaled - std::round(scaled)) < 1e-9;
        QString number;
        if (quantity.dimension == Dimension::Count && std::abs(scaled) >= 1e15) {
            number = formatScientific(scaled);
        } else if (unit.scale == 1 && whole) {
            number = formatInteger(scaled);
        } else {
            number = formatSignificant(scaled);
        }
        if (unit.symbol.isEmpty()) {
            return number;
        }
        return QString(number + u' ' + unit.symbol);
    };
    const QString headline = shown(units.constFirst());
    if (units.size() == 1) {
        return headline;
    }
    QStringList others;
    for (qsizetype i = 1; i < units.size(); ++i) {
        others.append(shown(units.at(i)));
    }
    // A plain count leads with its exact value and adds the rounded scale word after it.
    if (quantity.dimension == Dimension::Count) {
        return u"%1 (≈ %2)"_s.arg(headline, others.join(u"; "_s));
    }
    return u"%1 (%2)"_s.arg(headline, others.join(u"; "_s));
}
