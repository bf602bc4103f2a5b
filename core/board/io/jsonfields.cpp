// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

#include "limits.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Board::Io
{

FieldReader::FieldReader(const QJsonObject &object) : m_object(object)
{
}

bool FieldReader::has(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void FieldReader::problem(QLatin1StringView key)
{
    m_problems.append(QString(key));
}

double FieldReader::number(QLatin1StringView key, double fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        problem(key);
        return fallback;
    }
    return v.toDouble();
}

double FieldReader::coordinate(QLatin1StringView key, double fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isDouble()) {
        problem(key);
        return fallback;
    }
    if (!isDrawable(v.toDouble())) {
        m_unusable = true;
        return fallback;
    }
    return v.toDouble();
}

int FieldReader::integer(QLatin1StringView key, int fallback, int min, int max)
{
    const double d = number(key, fallback);
    if (d < min || d > max) {
        problem(key);
        return std::clamp(fallback, min, max);
    }
    return int(std::lround(d));
}

bool FieldReader::boolean(QLatin1StringView key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isBool()) {
        problem(key);
        return fallback;
    }
    return v.toBool();
}

QString FieldReader::string(QLatin1StringView key, const QString &fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isString()) {
        problem(key);
        return fallback;
    }
    QString s = v.toString();
    if (s.size() > Limits::MaxTextLength) {
        problem(key);
        s.truncate(Limits::MaxTextLength);
    }
    return s;
}

QColor FieldReader::color(QLatin1StringView key, const QColor &fallback)
{
    if (!has(key)) {
        return fallback;
    }
    const QColor c = parseCssColor(string(key));
    if (!c.isValid()) {
        problem(key);
        return fallback;
    }
    return c;
}

QStringList FieldReader::strings(QLatin1StringView key, qsizetype maxCount)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isArray()) {
        problem(key);
        return {};
    }
    QStringList out;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString() || out.size() >= maxCount) {
            problem(key);
            continue;
        }
        out.append(item.toString().left(256));
    }
    return out;
}

QList<QPointF> FieldReader::points(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isArray()) {
        problem(key);
        return {};
    }
    const QJsonArray array = v.toArray();
    QList<QPointF> out;
    out.reserve(std::min(array.size(), Limits::MaxPoints));
    for (const QJsonValue item : array) {
        if (out.size() >= Limits::MaxPoints) {
            problem(key);
            break;
        }
        const QJsonArray xy = item.toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble()) {
            problem(key);
            continue;
        }
        const double x = xy.at(0).toDouble();
        const double y = xy.at(1).toDouble();
        if (!isDrawable(x) || !isDrawable(y)) {
            m_unusable = true;
            return {};
        }
        out.append(QPointF(x, y));
    }
    return out;
}

QPointF FieldReader::pair(QLatin1StringView key, QPointF fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    const QJsonArray xy = v.toArray();
    if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble() || !isDrawable(xy.at(0).toDouble()) || !isDrawable(xy.at(1).toDouble())) {
        problem(key);
        return fallback;
    }
    return QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
}

QJsonObject FieldReader::object(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isObject()) {
        problem(key);
    }
    return v.toObject();
}

bool isDrawable(double value)
{
    return std::isfinite(value) && std::abs(value) <= Limits::MaxCoordinate;
}

namespace
{
int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9') {
        return u - '0';
    }
    if (u >= 'a' && u <= 'f') {
        return u - 'a' + 10;
    }
    if (u >= 'A' && u <= 'F') {
        return u - 'A' + 10;
    }
    return -1;
}
} // namespace

QColor parseCssColor(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare("transparent"_L1, Qt::CaseInsensitive) == 0) {
        return QColor(Qt::transparent);
    }
    if (t.startsWith(u'#')) {
        const qsizetype n = t.size() - 1;
        QList<int> d;
        for (qsizetype i = 1; i < t.size(); ++i) {
            const int h = hexDigit(t.at(i));
            if (h < 0) {
                return {};
            }
            d.append(h);
        }
        if (n == 3 || n == 4) {
            return QColor(d[0] * 17, d[1] * 17, d[2] * 17, n == 4 ? d[3] * 17 : 255);
        }
        if (n == 6 || n == 8) {
            return QColor(d[0] * 16 + d[1], d[2] * 16 + d[3], d[4] * 16 + d[5], n == 8 ? d[6] * 16 + d[7] : 255);
        }
        return {};
    }
    if (t.isEmpty() || t.size() > 32 || !QColor::isValidColor(t)) {
        return {};
    }
    const QColor named(t);
    return QColor(named.red(), named.green(), named.blue(), named.alpha());
}

QString cssColor(const QColor &color)
{
    if (color == QColor(Qt::transparent)) {
        return u"transparent"_s;
    }
    const QColor rgb = color.toRgb();
    QString out = rgb.name(QColor::HexRgb);
    if (rgb.alpha() != 255) {
        out += u"%1"_s.arg(rgb.alpha(), 2, 16, QChar(u'0'));
    }
    return out;
}

} // namespace Board::Io
