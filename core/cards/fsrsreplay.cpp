// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsrsreplay.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Fsrs;

namespace FsrsReplay
{
namespace
{
/// The first problem found: which field, and what is wrong with it.
struct Problem {
    QString field;
    QString message;

    bool set(const QString &inField, const QString &text)
    {
        field = inField;
        message = text;
        return false;
    }
};

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), std::abs(value.toDouble()) < 1e16 ? 'f' : 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return u"the string \"%1\""_s.arg(value.toString().left(40));
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

bool wrongType(Problem &problem, const QString &field, const QJsonValue &value, const QString &expected)
{
    if (value.isUndefined()) {
        return problem.set(field, u"missing (expected %1)"_s.arg(expected));
    }
    return problem.set(field, u"expected %1, got %2"_s.arg(expected, describe(value)));
}

bool readNumber(const QJsonValue &value, const QString &field, double *out, Problem &problem)
{
    if (!value.isDouble()) {
        return wrongType(problem, field, value, u"a number"_s);
    }
    *out = value.toDouble();
    return true;
}

bool readInteger(const QJsonValue &value, const QString &field, qint64 *out, Problem &problem)
{
    // 2^53: every integer below is exact in a double.
    constexpr double Limit = 9007199254740992.0;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > Limit) {
        return wrongType(problem, field, value, u"an integer"_s);
    }
    *out = static_cast<qint64>(number);
    return true;
}

bool readOptionalInteger(const QJsonValue &value, const QString &field, std::optional<qint64> *out, Problem &problem)
{
    if (value.isNull()) {
        out->reset();
        return true;
    }
    qint64 number = 0;
    if (!value.isDouble() || !readInteger(value, field, &number, problem)) {
        return wrongType(problem, field, value, u"an integer or null"_s);
    }
    *out = number;
    return true;
}

bool readNumbers(const QJsonValue &value, const QString &field, std::vector<double> *out, Problem &problem)
{
    if (!value.isArray()) {
        return wrongType(problem, field, value, u"an array of numbers"_s);
    }
    const QJsonArray array = value.toArray();
    out->clear();
    out->reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        double number = 0;
        if (!readNumber(array.at(i), u"%1[%2]"_s.arg(field).arg(i), &number, problem)) {
            return false;
        }
        out->push_back(number);
    }
    return true;
}

bool readTimestamp(const QJsonValue &value, const QString &field, qint64 *out, Problem &problem)
{
    if (!value.isString()) {
        return wrongType(problem, field, value, u"an ISO 8601 UTC timestamp string"_s);
    }
    const QString text = value.toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return problem.set(field, u"\"%1\" is not an ISO 8601 timestamp such as 2025-01-06T09:00:00Z"_s.arg(text));
    }
    if (time.timeSpec() == Qt::LocalTime) {
        return problem.set(field, u"\"%1\" has no time zone (write UTC with a Z suffix)"_s.arg(text));
    }
    *out = time.toMSecsSinceEpoch();
    return true;
}

bool readState(const QJsonValue &value, const QString &field, CardState *out, Problem &problem)
{
    for (const CardState state : {CardState::Learning, CardState::Review, CardState::Relearning}) {
        if (value.isString() && value.toString() == stateName(state)) {
            *out = state;
            return true;
        }
    }
    return wrongType(problem, field, value, u"\"Learning\", \"Review\" or \"Relearning\""_s);
}

bool readScheduler(const QJsonValue &value, FsrsParameters *out, Problem &problem)
{
    if (!value.isObject()) {
        return wrongType(problem, u"scheduler"_s, value, u"an object"_s);
    }
    const QJsonObject scheduler = value.toObject();
    std::vector<double> weights;
    double retention = 0;
    std::vector<double> learning;
    std::vector<double> relearning;
    qint64 maximumInterval = 0;
    if (!readNumbers(scheduler.value("parameters"_L1), u"scheduler.parameters"_s, &weights, problem)
        || !readNumber(scheduler.value("desired_retention"_L1), u"scheduler.desired_retention"_s, &retention, problem)
        || !readNumbers(scheduler.value("learning_steps_seconds"_L1), u"scheduler.learning_steps_seconds"_s, &learning, problem)
        || !readNumbers(scheduler.value("relearning_steps_seconds"_L1), u"scheduler.relearning_steps_seconds"_s, &relearning, problem)
        || !readInteger(scheduler.value("maximum_interval"_L1), u"scheduler.maximum_interval"_s, &maximumInterval, problem)) {
        return false;
    }
    const QJsonValue fuzzing = scheduler.value("enable_fuzzing"_L1);
    if (!fuzzing.isUndefined() && !fuzzing.isBool()) {
        return wrongType(problem, u"scheduler.enable_fuzzing"_s, fuzzing, u"true or false"_s);
    }
    if (fuzzing.toBool()) {
        return problem.set(u"scheduler.enable_fuzzing"_s, u"a replay cannot reproduce fuzzed intervals; set it to false"_s);
    }

    // Checked one field at a time, so that the message names the field at fault.
    FsrsParameters params = FsrsParameters::defaults();
    QString error;
    params.weights = FsrsParameters::upgradedWeights(std::move(weights));
    if (!params.validate(&error)) {
        return problem.set(u"scheduler.parameters"_s, error);
    }
    params.desiredRetention = retention;
    if (!params.validate(&error)) {
        return problem.set(u"scheduler.desired_retention"_s, error);
    }
    if (maximumInterval < 1 || maximumInterval > FsrsParameters::MaximumIntervalLimit) {
        return problem.set(u"scheduler.maximum_interval"_s,
                           u"maximum interval = %1 days is out of range [1, %2]"_s.arg(maximumInterval).arg(FsrsParameters::MaximumIntervalLimit));
    }
    params.maximumIntervalDays = static_cast<int>(maximumInterval);
    params.learningStepsSeconds = std::move(learning);
    if (!params.validate(&error)) {
        return problem.set(u"scheduler.learning_steps_seconds"_s, error);
    }
    params.relearningStepsSeconds = std::move(relearning);
    if (!params.validate(&error)) {
        return problem.set(u"scheduler.relearning_steps_seconds"_s, error);
    }
    *out = std::move(params);
    return true;
}

bool readExpected(const QJsonValue &value, const QString &field, qint64 reviewMs, ReviewOutcome *out, Problem &problem)
{
    if (!value.isObject()) {
        return wrongType(problem, field, value, u"an object"_s);
    }
    const QJsonObject expected = value.toObject();
    auto at = [&field](const char *key) -> QString {
        return field + u'.' + QLatin1StringView(key);
    };
    ReviewOutcome outcome;
    FsrsCard &card = outcome.card;
    card.lastReviewMs = reviewMs;
    std::optional<qint64> step;
    double stability = 0;
    double difficulty = 0;
    double intervalSeconds = 0;
    if (!readState(expected.value("state"_L1), at("state"), &card.state, problem) || !readOptionalInteger(expected.value("step"_L1), at("step"), &step, problem)
        || !readNumber(expected.value("stability"_L1), at("stability"), &stability, problem)
        || !readNumber(expected.value("difficulty"_L1), at("difficulty"), &difficulty, problem)
        || !readTimestamp(expected.value("due"_L1), at("due"), &card.dueMs, problem)
        || !readNumber(expected.value("interval_seconds"_L1), at("interval_seconds"), &intervalSeconds, problem)
        || !readInteger(expected.value("scheduled_days"_L1), at("scheduled_days"), &outcome.scheduledDays, problem)
        || !readOptionalInteger(expected.value("elapsed_days"_L1), at("elapsed_days"), &outcome.elapsedDays, problem)
        || !readNumber(expected.value("retrievability_before_review"_L1), at("retrievability_before_review"), &outcome.retrievabilityBeforeReview, problem)
        || !readNumber(expected.value("retrievability_at_due"_L1), at("retrievability_at_due"), &outcome.retrievabilityAtDue, problem)) {
        return false;
    }
    if (step && (*step < 0 || *step > std::numeric_limits<int>::max())) {
        return problem.set(at("step"), u"%1 is not a step index"_s.arg(*step));
    }
    if (step) {
        card.step = static_cast<int>(*step);
    }
    card.stability = stability;
    card.difficulty = difficulty;
    outcome.intervalMs = static_cast<qint64>(std::nearbyint(intervalSeconds * 1000.0));
    *out = outcome;
    return true;
}

bool readReview(const QJsonValue &value, const QString &field, Review *out, Problem &problem)
{
    if (!value.isObject()) {
        return wrongType(problem, field, value, u"an object"_s);
    }
    const QJsonObject object = value.toObject();
    qint64 rating = 0;
    Review review;
    const QJsonValue ratingValue = object.value("rating"_L1);
    if (!readInteger(ratingValue, field + u".rating"_s, &rating, problem)) {
        return false;
    }
    if (rating < 1 || rating > 4) {
        return problem.set(field + u".rating"_s, u"expected 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got %1"_s.arg(rating));
    }
    review.rating = static_cast<Rating>(rating);
    if (!readTimestamp(object.value("timestamp"_L1), field + u".timestamp"_s, &review.timestampMs, problem)) {
        return false;
    }
    const QJsonValue expected = object.value("expected"_L1);
    if (!expected.isUndefined()) {
        ReviewOutcome outcome;
        if (!readExpected(expected, field + u".expected"_s, review.timestampMs, &outcome, problem)) {
            return false;
        }
        review.expected = outcome;
    }
    *out = std::move(review);
    return true;
}

bool readCase(const QJsonObject &object, Case *out, Problem &problem)
{
    const QJsonValue reviews = object.value("reviews"_L1);
    if (!readScheduler(object.value("scheduler"_L1), &out->parameters, problem)) {
        return false;
    }
    if (!reviews.isArray()) {
        return wrongType(problem, u"reviews"_s, reviews, u"an array"_s);
    }
    const QJsonArray array = reviews.toArray();
    out->reviews.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        Review review;
        if (!readReview(array.at(i), u"reviews[%1]"_s.arg(i), &review, problem)) {
            return false;
        }
        out->reviews.push_back(std::move(review));
    }
    return true;
}

// --- Writing ------------------------------------------------------------------------------------------------

void appendString(QByteArray &out, const QString &text)
{
    // As Python's json.dumps (ensure_ascii): non-ASCII as \uXXXX.
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20 || u > 0x7e) {
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            } else {
                out += static_cast<char>(u);
            }
        }
    }
    out += '"';
}

void appendDouble(QByteArray &out, double value)
{
    out += std::isfinite(value) ? pythonFloat(value) : QByteArrayLiteral("null");
}

void appendOptionalInteger(QByteArray &out, std::optional<qint64> value)
{
    out += value ? QByteArray::number(*value) : QByteArrayLiteral("null");
}

void appendOutcome(QByteArray &out, const ReviewOutcome &outcome, const QByteArray &indent)
{
    const QByteArray inner = indent + "  ";
    const FsrsCard &card = outcome.card;
    auto key = [&](const char *name) {
        out += inner + '"' + name + "\": ";
    };
    out += "{\n";
    key("state");
    appendString(out, stateName(card.state));
    out += ",\n";
    key("step");
    appendOptionalInteger(out, card.step ? std::optional<qint64>(*card.step) : std::nullopt);
    out += ",\n";
    key("stability");
    appendDouble(out, card.stability.value_or(qQNaN()));
    out += ",\n";
    key("difficulty");
    appendDouble(out, card.difficulty.value_or(qQNaN()));
    out += ",\n";
    key("due");
    appendString(out, formatTimestamp(card.dueMs));
    out += ",\n";
    key("interval_seconds");
    if (outcome.intervalMs % 1000 == 0) {
        out += QByteArray::number(outcome.intervalMs / 1000);
    } else {
        appendDouble(out, outcome.intervalSeconds());
    }
    out += ",\n";
    key("scheduled_days");
    out += QByteArray::number(outcome.scheduledDays);
    out += ",\n";
    key("elapsed_days");
    appendOptionalInteger(out, outcome.elapsedDays);
    out += ",\n";
    key("retrievability_before_review");
    appendDouble(out, outcome.retrievabilityBeforeReview);
    out += ",\n";
    key("retrievability_at_due");
    appendDouble(out, outcome.retrievabilityAtDue);
    out += '\n' + indent + '}';
}
}

std::optional<std::vector<Case>> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        }
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<std::vector<Case>> parse(const QByteArray &json, const QString &fileName, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error) {
            *error = fileName + u": "_s + message;
        }
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(u"not valid JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return fail(u"expected a JSON object with a \"cases\" array"_s);
    }
    const QJsonValue cases = document.object().value("cases"_L1);
    if (!cases.isArray()) {
        Problem problem;
        wrongType(problem, u"cases"_s, cases, u"an array"_s);
        return fail(problem.field + u": "_s + problem.message);
    }
    const QJsonArray array = cases.toArray();
    std::vector<Case> result;
    result.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"cases[%1]"_s.arg(i);
        const QJsonValue value = array.at(i);
        Problem problem;
        if (!value.isObject()) {
            wrongType(problem, where, value, u"an object"_s);
            return fail(problem.field + u": "_s + problem.message);
        }
        const QJsonObject object = value.toObject();
        const QJsonValue id = object.value("id"_L1);
        if (!id.isString() || id.toString().isEmpty()) {
            wrongType(problem, u"id"_s, id, u"a non-empty string"_s);
            return fail(where + u": "_s + problem.field + u": "_s + problem.message);
        }
        Case replayCase;
        replayCase.id = id.toString();
        if (!readCase(object, &replayCase, problem)) {
            return fail(u"case \"%1\" (%2): %3: %4"_s.arg(replayCase.id, where, problem.field, problem.message));
        }
        result.push_back(std::move(replayCase));
    }
    return result;
}

Result replay(const Case &replayCase)
{
    Result result;
    result.id = replayCase.id;
    result.reviews.reserve(replayCase.reviews.size());
    FsrsCard card = FsrsCard::newCard(replayCase.reviews.empty() ? 0 : replayCase.reviews.front().timestampMs);
    for (const Review &step : replayCase.reviews) {
        result.reviews.push_back(Fsrs::review(card, step.rating, step.timestampMs, replayCase.parameters));
        card = result.reviews.back().card;
    }
    return result;
}

QByteArray toJson(const std::vector<Result> &results)
{
    QByteArray out = "{\n  \"cases\": [";
    bool firstCase = true;
    for (const Result &result : results) {
        out += firstCase ? "\n" : ",\n";
        firstCase = false;
        out += "    {\n      \"id\": ";
        appendString(out, result.id);
        out += ",\n      \"reviews\": [";
        bool firstReview = true;
        for (const ReviewOutcome &outcome : result.reviews) {
            out += firstReview ? "\n        " : ",\n        ";
            firstReview = false;
            appendOutcome(out, outcome, "        ");
        }
        out += result.reviews.empty() ? "]\n    }" : "\n      ]\n    }";
    }
    out += results.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

QByteArray outcomeToJson(const ReviewOutcome &outcome)
{
    QByteArray out;
    appendOutcome(out, outcome, QByteArray());
    return out;
}

QString formatTimestamp(qint64 epochMs)
{
    // By hand rather than QDateTime::toString(), which cannot write years past 9999.
    const qint64 days = floorDiv(epochMs, MsPerDay);
    const qint64 msOfDay = epochMs - days * MsPerDay;
    const QDate date = QDate::fromJulianDay(2440588 + days); // 1970-01-01 is Julian day 2440588
    const qint64 seconds = msOfDay / 1000;
    QString text = u"%1-%2-%3T%4:%5:%6"_s.arg(date.year(), 4, 10, QChar(u'0'))
                       .arg(date.month(), 2, 10, QChar(u'0'))
                       .arg(date.day(), 2, 10, QChar(u'0'))
                       .arg(seconds / 3600, 2, 10, QChar(u'0'))
                       .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
                       .arg(seconds % 60, 2, 10, QChar(u'0'));
    if (msOfDay % 1000 != 0) {
        text += u".%1"_s.arg(msOfDay % 1000, 3, 10, QChar(u'0'));
    }
    return text + u'Z';
}

QByteArray pythonFloat(double value)
{
    if (std::isnan(value)) {
        return QByteArrayLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    }
    // Shortest round-trip digits, as repr() picks them, then repr()'s layout: positional for exponents
    // -4..15, scientific otherwise.
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    Q_ASSERT(ec == std::errc());
    const QByteArray text(buffer, end - buffer);
    const qsizetype ePos = text.indexOf('e');
    const bool negative = text.startsWith('-');
    QByteArray digits = text.mid(negative ? 1 : 0, ePos - (negative ? 1 : 0));
    digits.replace(".", "");
    const int exponent = text.mid(ePos + 1).toInt();

    QByteArray out = negative ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
        out += digits.left(1);
        if (digits.size() > 1) {
            out += '.' + digits.mid(1);
        }
        out += exponent < 0 ? "e-" : "e+";
        out += QByteArray::number(std::abs(exponent)).rightJustified(2, '0');
    } else if (exponent < 0) {
        out += "0." + QByteArray(-exponent - 1, '0') + digits;
    } else if (digits.size() <= exponent + 1) {
        out += digits + QByteArray(exponent + 1 - digits.size(), '0') + ".0";
    } else {
        out += digits.left(exponent + 1) + '.' + digits.mid(exponent + 1);
    }
    return out;
}
}
