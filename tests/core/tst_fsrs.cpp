// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/fsrs.h"
#include "cards/fsrsreplay.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <numbers>

using namespace Qt::StringLiterals;
using namespace Fsrs;

namespace
{
constexpr qint64 Minute = 60'000;
constexpr qint64 Day = MsPerDay;

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toMSecsSinceEpoch();
}

const qint64 Start = utcMs(2025, 1, 6, 9);

bool relativelyClose(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::abs(expected);
}

QString describeMismatch(const QString &where, const QString &field, const QString &actual, const QString &expected)
{
    return u"%1: %2 is %3, expected %4"_s.arg(where, field, actual, expected);
}

QString optionalText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : u"null"_s;
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

/// Every difference between a computed review and the reference's, with the vectors' tolerances.
QStringList mismatches(const ReviewOutcome &actual, const ReviewOutcome &expected, const QString &where)
{
    QStringList problems;
    auto check = [&](bool ok, const char *field, const QString &a, const QString &e) {
        if (!ok) {
            problems.append(describeMismatch(where, QLatin1StringView(field), a, e));
        }
    };
    const FsrsCard &a = actual.card;
    const FsrsCard &e = expected.card;
    check(a.state == e.state, "state", stateName(a.state), stateName(e.state));
    check(a.step == e.step,
          "step",
          optionalText(a.step ? std::optional<qint64>(*a.step) : std::nullopt),
          optionalText(e.step ? std::optional<qint64>(*e.step) : std::nullopt));
    check(
        a.stability.has_value() && relativelyClose(*a.stability, *e.stability, 1e-9), "stability", number(a.stability.value_or(qQNaN())), number(*e.stability));
    check(a.difficulty.has_value() && relativelyClose(*a.difficulty, *e.difficulty, 1e-9),
          "difficulty",
          number(a.difficulty.value_or(qQNaN())),
          number(*e.difficulty));
    check(a.dueMs == e.dueMs, "due", FsrsReplay::formatTimestamp(a.dueMs), FsrsReplay::formatTimestamp(e.dueMs));
    check(a.lastReviewMs == e.lastReviewMs, "last_review", optionalText(a.lastReviewMs), optionalText(e.lastReviewMs));
    check(actual.intervalMs == expected.intervalMs, "interval_ms", QString::number(actual.intervalMs), QString::number(expected.intervalMs));
    check(actual.scheduledDays == expected.scheduledDays, "scheduled_days", QString::number(actual.scheduledDays), QString::number(expected.scheduledDays));
    check(actual.elapsedDays == expected.elapsedDays, "elapsed_days", optionalText(actual.elapsedDays), optionalText(expected.elapsedDays));
    check(std::abs(actual.retrievabilityBeforeReview - expected.retrievabilityBeforeReview) <= 1e-9,
          "retrievability_before_review",
          number(actual.retrievabilityBeforeReview),
          number(expected.retrievabilityBeforeReview));
    check(std::abs(actual.retrievabilityAtDue - expected.retrievabilityAtDue) <= 1e-9,
          "retrievability_at_due",
          number(actual.retrievabilityAtDue),
          number(expected.retrievabilityAtDue));
    return problems;
}

/// Answers a card with each rating in turn, each exactly at the previous due.
FsrsCard answered(FsrsCard card, std::initializer_list<Rating> ratings, qint64 *now, const FsrsParameters &params = FsrsParameters::defaults())
{
    for (const Rating rating : ratings) {
        card = review(card, rating, *now, params).card;
        *now = card.dueMs;
    }
    return card;
}

FsrsCard reviewCard(double stability, double difficulty, qint64 lastReviewMs, qint64 dueMs)
{
    FsrsCard card;
    card.state = CardState::Review;
    card.stability = stability;
    card.difficulty = difficulty;
    card.lastReviewMs = lastReviewMs;
    card.dueMs = dueMs;
    return card;
}

// --- Malformed replay files ---------------------------------------------------------------------------------

QJsonObject validCase(const QString &id)
{
    QJsonArray weights;
    for (const double w : FsrsParameters::defaultWeights()) {
        weights.append(w);
    }
    const QJsonObject scheduler {
        {u"parameters"_s, weights},
        {u"desired_retention"_s, 0.9},
        {u"learning_steps_seconds"_s, QJsonArray {60, 600}},
        {u"relearning_steps_seconds"_s, QJsonArray {600}},
        {u"maximum_interval"_s, 36500},
        {u"enable_fuzzing"_s, false},
    };
    const QJsonObject expected {
        {u"state"_s, u"Learning"_s},
        {u"step"_s, 1},
        {u"stability"_s, 2.3065},
        {u"difficulty"_s, 2.118103970459016},
        {u"due"_s, u"2025-01-06T09:10:00Z"_s},
        {u"interval_seconds"_s, 600},
        {u"scheduled_days"_s, 0},
        {u"elapsed_days"_s, QJsonValue::Null},
        {u"retrievability_before_review"_s, 0.0},
        {u"retrievability_at_due"_s, 1.0},
    };
    const QJsonArray reviews {
        QJsonObject {{u"rating"_s, 3}, {u"timestamp"_s, u"2025-01-06T09:00:00Z"_s}, {u"expected"_s, expected}},
        QJsonObject {{u"rating"_s, 3}, {u"timestamp"_s, u"2025-01-06T09:10:00Z"_s}},
    };
    return {{u"id"_s, id}, {u"scheduler"_s, scheduler}, {u"reviews"_s, reviews}};
}

using CaseEdit = std::function<void(QJsonObject &)>;

/// A file of two valid cases, "first" and "second", after `edit` changed the second one.
QByteArray fileWithSecondCase(const CaseEdit &edit)
{
    QJsonObject second = validCase(u"second"_s);
    edit(second);
    return QJsonDocument(QJsonObject {{u"cases"_s, QJsonArray {validCase(u"first"_s), second}}}).toJson();
}

CaseEdit setScheduler(const QString &key, const QJsonValue &value)
{
    return [key, value](QJsonObject &c) {
        QJsonObject scheduler = c.value("scheduler"_L1).toObject();
        if (value.isUndefined()) {
            scheduler.remove(key);
        } else {
            scheduler.insert(key, value);
        }
        c.insert(u"scheduler"_s, scheduler);
    };
}

CaseEdit setReview(int index, const QString &key, const QJsonValue &value)
{
    return [index, key, value](QJsonObject &c) {
        QJsonArray reviews = c.value("reviews"_L1).toArray();
        QJsonObject reviewObject = reviews.at(index).toObject();
        if (value.isUndefined()) {
            reviewObject.remove(key);
        } else {
            reviewObject.insert(key, value);
        }
        reviews.replace(index, reviewObject);
        c.insert(u"reviews"_s, reviews);
    };
}

CaseEdit setExpected(const QString &key, const QJsonValue &value)
{
    return [key, value](QJsonObject &c) {
        QJsonArray reviews = c.value("reviews"_L1).toArray();
        QJsonObject reviewObject = reviews.at(0).toObject();
        QJsonObject expected = reviewObject.value("expected"_L1).toObject();
        if (value.isUndefined()) {
            expected.remove(key);
        } else {
            expected.insert(key, value);
        }
        reviewObject.insert(u"expected"_s, expected);
        reviews.replace(0, reviewObject);
        c.insert(u"reviews"_s, reviews);
    };
}

CaseEdit setWeight(int index, double value)
{
    return [index, value](QJsonObject &c) {
        QJsonObject scheduler = c.value("scheduler"_L1).toObject();
        QJsonArray weights = scheduler.value("parameters"_L1).toArray();
        weights.replace(index, value);
        scheduler.insert(u"parameters"_s, weights);
        c.insert(u"scheduler"_s, scheduler);
    };
}
}

class TestFsrs : public QObject
{
    Q_OBJECT

private:
    std::vector<FsrsReplay::Case> m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = TestSupport::testData(u"fsrs/vectors-public.json"_s);
        QString error;
        auto cases = FsrsReplay::readFile(path, &error);
        QVERIFY2(cases, qPrintable(error));
        m_cases = std::move(*cases);
        // The file says how many cases it has: a reader that skipped some must not pass.
        const QJsonObject root = QJsonDocument::fromJson(TestSupport::readAll(path)).object();
        QCOMPARE(static_cast<qsizetype>(m_cases.size()), root.value("case_count"_L1).toInteger());
        QVERIFY(m_cases.size() >= 30);
    }

    // --- The reference vectors ------------------------------------------------------------------------------

    void publicVectors_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_cases.size(); ++i) {
            QTest::newRow(qPrintable(m_cases[i].id)) << static_cast<int>(i);
        }
    }

    void publicVectors()
    {
        QFETCH(int, index);
        const FsrsReplay::Case &replayCase = m_cases[static_cast<std::size_t>(index)];
        QVERIFY(!replayCase.reviews.empty());
        const FsrsReplay::Result result = FsrsReplay::replay(replayCase);
        QCOMPARE(result.id, replayCase.id);
        QCOMPARE(result.reviews.size(), replayCase.reviews.size());
        QStringList problems;
        for (std::size_t i = 0; i < result.reviews.size(); ++i) {
            const auto &expected = replayCase.reviews[i].expected;
            QVERIFY2(expected, qPrintable(u"review %1 has no expected block"_s.arg(i)));
            problems += mismatches(result.reviews[i], *expected, u"review %1"_s.arg(i));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void replayOutputMatchesTheExpectedBlocks()
    {
        // What `mlprep schedule --replay` prints: the expected blocks, field for field and in the same notation.
        const QString path = TestSupport::testData(u"fsrs/vectors-public.json"_s);
        const QJsonArray input = QJsonDocument::fromJson(TestSupport::readAll(path)).object().value("cases"_L1).toArray();
        std::vector<FsrsReplay::Result> results;
        for (const auto &replayCase : m_cases) {
            results.push_back(FsrsReplay::replay(replayCase));
        }
        QJsonParseError error;
        const QJsonDocument output = QJsonDocument::fromJson(FsrsReplay::toJson(results), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray cases = output.object().value("cases"_L1).toArray();
        QCOMPARE(cases.size(), input.size());
        for (qsizetype c = 0; c < cases.size(); ++c) {
            const QJsonObject in = input.at(c).toObject();
            const QJsonObject out = cases.at(c).toObject();
            QCOMPARE(out.value("id"_L1).toString(), in.value("id"_L1).toString());
            const QJsonArray inReviews = in.value("reviews"_L1).toArray();
            const QJsonArray outReviews = out.value("reviews"_L1).toArray();
            QCOMPARE(outReviews.size(), inReviews.size());
            for (qsizetype r = 0; r < outReviews.size(); ++r) {
                const QJsonObject expected = inReviews.at(r).toObject().value("expected"_L1).toObject();
                const QJsonObject actual = outReviews.at(r).toObject();
                QCOMPARE(actual.keys(), expected.keys());
                for (const QString &key : {u"state"_s, u"step"_s, u"due"_s, u"interval_seconds"_s, u"scheduled_days"_s, u"elapsed_days"_s}) {
                    QVERIFY2(actual.value(key) == expected.value(key), qPrintable(u"%1 review %2 %3"_s.arg(in.value("id"_L1).toString()).arg(r).arg(key)));
                }
            }
        }
        // Key order and number notation follow Python's json.dumps, as in the vectors file.
        const QByteArray first = FsrsReplay::outcomeToJson(FsrsReplay::replay(m_cases.front()).reviews.front());
        QVERIFY2(first.indexOf("\"state\"") < first.indexOf("\"step\"") && first.indexOf("\"step\"") < first.indexOf("\"retrievability_at_due\""),
                 first.constData());
        QVERIFY2(first.contains("\"retrievability_before_review\": 0.0,"), first.constData());
        QVERIFY2(first.contains("\"elapsed_days\": null,"), first.constData());
    }

    // --- The spec's "defaults in action" ---------------------------------------------------------------------

    void newCardButtons()
    {
        const FsrsCard card = FsrsCard::newCard(Start);
        const auto outcomes = previewAll(card, Start, FsrsParameters::defaults());
        QCOMPARE(outcomes[0].card.state, CardState::Learning);
        QCOMPARE(outcomes[0].card.step, 0);
        QCOMPARE(outcomes[0].intervalMs, 1 * Minute);
        QCOMPARE(outcomes[1].card.state, CardState::Learning);
        QCOMPARE(outcomes[1].card.step, 0);
        QCOMPARE(outcomes[1].intervalMs, 5 * Minute + 30'000);
        QCOMPARE(outcomes[2].card.state, CardState::Learning);
        QCOMPARE(outcomes[2].card.step, 1);
        QCOMPARE(outcomes[2].intervalMs, 10 * Minute);
        QCOMPARE(outcomes[3].card.state, CardState::Review);
        QCOMPARE(outcomes[3].card.step, std::nullopt);
        QCOMPARE(*outcomes[3].card.stability, 8.2956);
        QCOMPARE(outcomes[3].scheduledDays, 8);
        QCOMPARE(outcomes[3].intervalMs, 8 * Day);
        QCOMPARE(outcomes[3].card.dueMs, Start + 8 * Day);
        for (const auto &outcome : outcomes) {
            QCOMPARE(outcome.card.lastReviewMs, Start);
            QCOMPARE(outcome.elapsedDays, std::nullopt);
            QCOMPARE(outcome.retrievabilityBeforeReview, 0.0);
        }
        // D0(G) = w4 - e^(w5 (G - 1)) + 1, clamped.
        const auto w = FsrsParameters::defaultWeights();
        for (int g = 1; g <= 4; ++g) {
            const double d0 = std::clamp(w[4] - std::exp(w[5] * (g - 1)) + 1.0, 1.0, 10.0);
            QVERIFY(relativelyClose(*outcomes[static_cast<std::size_t>(g - 1)].card.difficulty, d0, 1e-12));
        }
        // The preview is exactly what answering gives.
        for (int g = 1; g <= 4; ++g) {
            const ReviewOutcome answered = review(card, static_cast<Rating>(g), Start, FsrsParameters::defaults());
            QVERIFY(mismatches(answered, outcomes[static_cast<std::size_t>(g - 1)], u"preview"_s).isEmpty());
        }
    }

    void secondLearningStepButtons()
    {
        qint64 now = Start;
        const FsrsCard atStep1 = answered(FsrsCard::newCard(Start), {Rating::Good}, &now);
        QCOMPARE(atStep1.state, CardState::Learning);
        QCOMPARE(atStep1.step, 1);
        const auto outcomes = previewAll(atStep1, now, FsrsParameters::defaults());
        QCOMPARE(outcomes[0].card.step, 0);
        QCOMPARE(outcomes[0].intervalMs, 1 * Minute);
        QCOMPARE(outcomes[1].card.state, CardState::Learning);
        QCOMPARE(outcomes[1].card.step, 1);
        QCOMPARE(outcomes[1].intervalMs, 10 * Minute);
        QCOMPARE(outcomes[2].card.state, CardState::Review);
        QCOMPARE(outcomes[3].card.state, CardState::Review);
        QVERIFY(outcomes[2].scheduledDays >= 1);
        // Ten minutes after the first review is the same day: short-term stability, never lower for Good.
        QCOMPARE(outcomes[2].elapsedDays, 0);
        QVERIFY(*outcomes[2].card.stability >= *atStep1.stability);
    }

    void lapseAndRelearningButtons()
    {
        qint64 now = Start;
        FsrsCard card = answered(FsrsCard::newCard(Start), {Rating::Easy, Rating::Good}, &now);
        QCOMPARE(card.state, CardState::Review);
        const ReviewOutcome lapse = review(card, Rating::Again, now, FsrsParameters::defaults());
        QCOMPARE(lapse.card.state, CardState::Relearning);
        QCOMPARE(lapse.card.step, 0);
        QCOMPARE(lapse.intervalMs, 10 * Minute);
        QVERIFY(*lapse.card.stability < *card.stability);
        card = lapse.card;
        now = card.dueMs;
        const auto outcomes = previewAll(card, now, FsrsParameters::defaults());
        QCOMPARE(outcomes[0].card.state, CardState::Relearning);
        QCOMPARE(outcomes[0].intervalMs, 10 * Minute);
        QCOMPARE(outcomes[1].card.state, CardState::Relearning);
        QCOMPARE(outcomes[1].card.step, 0);
        QCOMPARE(outcomes[1].intervalMs, 15 * Minute);
        QCOMPARE(outcomes[2].card.state, CardState::Review);
        QCOMPARE(outcomes[2].card.step, std::nullopt);
        QCOMPARE(outcomes[3].card.state, CardState::Review);
    }

    void lateLearningStepUsesLongTermFormula()
    {
        // Good (step 1), then not seen for three days: case 3 of §4 although the card is still learning.
        const FsrsParameters params = FsrsParameters::defaults();
        const auto &w = params.weights;
        qint64 now = Start;
        const FsrsCard card = answered(FsrsCard::newCard(Start), {Rating::Good}, &now);
        const qint64 late = Start + 3 * Day + 5 * Minute;
        const ReviewOutcome outcome = review(card, Rating::Good, late, params);
        QCOMPARE(outcome.elapsedDays, 3);
        const double s = *card.stability;
        const double d = *card.difficulty;
        const double decay = -w[20];
        const double factor = std::pow(0.9, 1.0 / decay) - 1.0;
        const double r = std::pow(1.0 + factor * 3.0 / s, decay);
        QVERIFY(relativelyClose(outcome.retrievabilityBeforeReview, r, 1e-12));
        const double recall = s * (1.0 + std::exp(w[8]) * (11.0 - d) * std::pow(s, -w[9]) * (std::exp(w[10] * (1.0 - r)) - 1.0));
        QVERIFY2(relativelyClose(*outcome.card.stability, recall, 1e-12), qPrintable(number(*outcome.card.stability) + u" vs "_s + number(recall)));
        QCOMPARE(outcome.card.state, CardState::Review);
        QCOMPARE(outcome.scheduledDays, static_cast<qint64>(std::nearbyint(recall)));
    }

    void elapsedDaysAreWholeUtcDays()
    {
        FsrsCard card = reviewCard(10.0, 5.0, Start, Start + 10 * Day);
        const FsrsParameters params = FsrsParameters::defaults();
        QCOMPARE(review(card, Rating::Good, Start + Day - 1000, params).elapsedDays, 0);
        QCOMPARE(review(card, Rating::Good, Start + Day, params).elapsedDays, 1);
        QCOMPARE(retrievability(card, Start + Day - 1000, params), 1.0);
        QVERIFY(retrievability(card, Start + Day, params) < 1.0);
        QCOMPARE(retrievability(card, Start + 10 * Day, params),
                 std::pow(1.0 + (std::pow(0.9, -1.0 / params.weights[20]) - 1.0) * 10.0 / 10.0, -params.weights[20]));
        QVERIFY(std::abs(retrievability(card, Start + 10 * Day, params) - 0.9) < 1e-12);
        // A review time before the last review is floored (not truncated) and treated as the same day.
        QCOMPARE(review(card, Rating::Good, Start - 1000, params).elapsedDays, -1);
        QCOMPARE(retrievability(card, Start - 1000, params), 1.0);
        card.lastReviewMs.reset();
        QCOMPARE(retrievability(card, Start, params), 0.0);
    }

    // --- Parameters ------------------------------------------------------------------------------------------

    void defaultsAreValid()
    {
        QString error;
        QVERIFY2(FsrsParameters::defaults().validate(&error), qPrintable(error));
        QCOMPARE(FsrsParameters::defaults().weights.size(), std::size_t(21));
        QCOMPARE(FsrsParameters::defaults().weights[20], 0.1542);
        QCOMPARE(FsrsParameters::defaults().learningStepsSeconds, (std::vector<double> {60, 600}));
        QCOMPARE(FsrsParameters::defaults().relearningStepsSeconds, (std::vector<double> {600}));
        QCOMPARE(FsrsParameters::defaults().maximumIntervalDays, 36500);
        QCOMPARE(FsrsParameters::defaults().desiredRetention, 0.9);
    }

    void validationRejects_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("w0 below") << 0 << 0.0005 << u"parameters[0] = 0.0005 is out of range [0.001, 100]"_s;
        QTest::addRow("w4 above") << 4 << 11.0 << u"parameters[4] = 11 is out of range [1, 10]"_s;
        QTest::addRow("w7 above") << 7 << 0.76 << u"parameters[7] = 0.76 is out of range [0.001, 0.75]"_s;
        QTest::addRow("w8 negative") << 8 << -0.1 << u"parameters[8] = -0.1 is out of range [0, 4.5]"_s;
        QTest::addRow("w16 below") << 16 << 0.99 << u"parameters[16] = 0.99 is out of range [1, 6]"_s;
        QTest::addRow("w20 below") << 20 << 0.05 << u"parameters[20] = 0.05 is out of range [0.1, 0.8]"_s;
        QTest::addRow("w20 above") << 20 << 0.81 << u"parameters[20] = 0.81 is out of range [0.1, 0.8]"_s;
        QTest::addRow("w3 NaN") << 3 << qQNaN() << u"parameters[3] = nan is out of range [0.001, 100]"_s;
        QTest::addRow("w2 infinite") << 2 << qInf() << u"parameters[2] = inf is out of range [0.001, 100]"_s;
    }

    void validationRejects()
    {
        QFETCH(int, index);
        QFETCH(double, value);
        QFETCH(QString, message);
        FsrsParameters params = FsrsParameters::defaults();
        params.weights[static_cast<std::size_t>(index)] = value;
        const std::vector<double> before = params.weights;
        QString error;
        QVERIFY(!params.validate(&error));
        QCOMPARE(error, message);
        // Rejected, not clipped.
        QCOMPARE(params.weights.size(), before.size());
        QVERIFY(std::isnan(value) || params.weights == before);
    }

    void validationBoundsAreInclusive()
    {
        for (int i = 0; i < FsrsParameters::WeightCount; ++i) {
            const auto [low, high] = FsrsParameters::weightRange(i);
            for (const double value : {low, high}) {
                FsrsParameters params = FsrsParameters::defaults();
                params.weights[static_cast<std::size_t>(i)] = value;
                QString error;
                QVERIFY2(params.validate(&error), qPrintable(error));
            }
        }
    }

    void validationRejectsOtherSettings_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<double>("retention");
        QTest::addColumn<int>("maximumInterval");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("message");
        QTest::addRow("20 weights") << 20 << 0.9 << 36500 << 60.0 << u"expected 21 parameters (or 19 for FSRS-5), got 20"_s;
        QTest::addRow("22 weights") << 22 << 0.9 << 36500 << 60.0 << u"expected 21 parameters (or 19 for FSRS-5), got 22"_s;
        QTest::addRow("19 not upgraded") << 19 << 0.9 << 36500 << 60.0 << u"expected 21 parameters (or 19 for FSRS-5), got 19"_s;
        QTest::addRow("retention 1") << 21 << 1.0 << 36500 << 60.0 << u"desired retention = 1 is out of range (0, 1)"_s;
        QTest::addRow("retention 0") << 21 << 0.0 << 36500 << 60.0 << u"desired retention = 0 is out of range (0, 1)"_s;
        QTest::addRow("max interval 0") << 21 << 0.9 << 0 << 60.0 << u"maximum interval = 0 days is out of range [1, 3650000]"_s;
        QTest::addRow("step 0") << 21 << 0.9 << 36500 << 0.0 << u"learning steps[1] = 0 s is out of range (0, 315360000000]"_s;
        QTest::addRow("step negative") << 21 << 0.9 << 36500 << -60.0 << u"learning steps[1] = -60 s is out of range (0, 315360000000]"_s;
    }

    void validationRejectsOtherSettings()
    {
        QFETCH(int, length);
        QFETCH(double, retention);
        QFETCH(int, maximumInterval);
        QFETCH(double, step);
        QFETCH(QString, message);
        FsrsParameters params = FsrsParameters::defaults();
        params.weights.resize(static_cast<std::size_t>(length), 0.5);
        params.desiredRetention = retention;
        params.maximumIntervalDays = maximumInterval;
        params.learningStepsSeconds = {60, step};
        QString error;
        QVERIFY(!params.validate(&error));
        QCOMPARE(error, message);
    }

    void fsrs5WeightsAreUpgraded()
    {
        std::vector<double> weights = FsrsParameters::defaultWeights();
        weights.resize(19);
        const std::vector<double> upgraded = FsrsParameters::upgradedWeights(weights);
        QCOMPARE(upgraded.size(), std::size_t(21));
        QCOMPARE(upgraded[19], 0.0);
        QCOMPARE(upgraded[20], 0.5);
        QVERIFY(std::equal(weights.cbegin(), weights.cend(), upgraded.cbegin()));
        FsrsParameters params = FsrsParameters::defaults();
        params.weights = upgraded;
        QVERIFY(params.validate());
        // Only 19 is an FSRS-5 length.
        weights.resize(20);
        QCOMPARE(FsrsParameters::upgradedWeights(weights).size(), std::size_t(20));
    }

    // --- Rounding, fuzz, time range --------------------------------------------------------------------------

    void intervalsRoundHalfToEven_data()
    {
        QTest::addColumn<double>("stability");
        QTest::addColumn<qint64>("days");
        QTest::addRow("1.5") << 1.5 << qint64(2);
        QTest::addRow("2.5") << 2.5 << qint64(2);
        QTest::addRow("3.5") << 3.5 << qint64(4);
        QTest::addRow("4.5") << 4.5 << qint64(4);
        QTest::addRow("5.5") << 5.5 << qint64(6);
        QTest::addRow("10.5") << 10.5 << qint64(10);
        QTest::addRow("2.6") << 2.6 << qint64(3);
        QTest::addRow("0.2 clamps to 1") << 0.2 << qint64(1);
        QTest::addRow("1e6 clamps to max") << 1e6 << qint64(36500);
    }

    void intervalsRoundHalfToEven()
    {
        QFETCH(double, stability);
        QFETCH(qint64, days);
        QCOMPARE(intervalDays(stability, FsrsParameters::defaults()), days);
    }

    void tieThroughReview()
    {
        // Spec §5's examples end to end: a first Easy with S0 = 4.5 graduates for 4 days, not 5.
        FsrsParameters params = FsrsParameters::defaults();
        params.weights[3] = 4.5;
        params.weights[2] = 2.5;
        params.learningStepsSeconds = {900};
        const FsrsCard card = FsrsCard::newCard(Start);
        QCOMPARE(review(card, Rating::Easy, Start, params).scheduledDays, 4);
        QCOMPARE(review(card, Rating::Good, Start, params).scheduledDays, 2);
        QCOMPARE(review(card, Rating::Hard, Start, params).intervalMs, 1350 * 1000);
    }

    void fuzzRange_data()
    {
        QTest::addColumn<qint64>("days");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::addRow("1") << qint64(1) << qint64(1) << qint64(1);
        QTest::addRow("2") << qint64(2) << qint64(2) << qint64(2);
        QTest::addRow("3") << qint64(3) << qint64(2) << qint64(5);
        QTest::addRow("8") << qint64(8) << qint64(6) << qint64(11);
        QTest::addRow("10") << qint64(10) << qint64(8) << qint64(13);
        QTest::addRow("100") << qint64(100) << qint64(93) << qint64(108); // delta 1+0.675+1.3+4 = 6.975
    }

    void fuzzRange()
    {
        QFETCH(qint64, days);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        std::map<qint64, int> counts;
        constexpr int Samples = 60'000;
        for (int i = 0; i < Samples; ++i) {
            counts[fuzzedIntervalDays(days, (i + 0.5) / Samples, 36500)]++;
        }
        QCOMPARE(counts.begin()->first, low);
        QCOMPARE(counts.rbegin()->first, high);
        QCOMPARE(qint64(counts.size()), high - low + 1);
        QCOMPARE(fuzzedIntervalDays(days, 0.0, 36500), low);
        QCOMPARE(fuzzedIntervalDays(days, std::nextafter(1.0, 0.0), 36500), high);
        if (high - low >= 2) {
            // lo and hi + 1 are half as likely as the inner values (spec §7).
            const double inner = counts[low + 1];
            QVERIFY(std::abs(counts[low] / inner - 0.5) < 0.01);
            QVERIFY(std::abs(counts[high] / inner - 0.5) < 0.01);
        }
    }

    void fuzzLimitsAndTies()
    {
        // n = 36500: delta 1826.975, lo/hi 34673/36500; never above the maximum.
        QCOMPARE(fuzzedIntervalDays(36500, 0.0, 36500), 34673);
        QCOMPARE(fuzzedIntervalDays(36500, 0.999, 36500), 36499);
        QCOMPARE(fuzzedIntervalDays(36500, std::nextafter(1.0, 0.0), 36500), 36500);
        QCOMPARE(fuzzedIntervalDays(365, 0.999, 365), 365);
        QVERIFY(fuzzedIntervalDays(365, 0.0, 365) < 365);
        // u (hi - lo + 1) + lo = 2.5 exactly: half-even gives 2 where std::round would give 3.
        QCOMPARE(3.0 * (1.0 / 6.0) + 2.0, 2.5);
        QCOMPARE(fuzzedIntervalDays(3, 1.0 / 6.0, 36500), 2);
        QCOMPARE(fuzzedIntervalDays(3, 0.5, 36500), 4); // 3.5 → 4
        // Out-of-range u is clamped into [0, 1).
        QCOMPARE(fuzzedIntervalDays(10, -1.0, 36500), 8);
        QCOMPARE(fuzzedIntervalDays(10, 2.0, 36500), 13);
    }

    void fuzzOnlyTouchesReviewIntervals()
    {
        const FsrsParameters params = FsrsParameters::defaults();
        for (const double u : {0.0, 0.3, 0.999}) {
            // Learning steps: identical with and without fuzz.
            const FsrsCard fresh = FsrsCard::newCard(Start);
            const auto plain = previewAll(fresh, Start, params);
            const auto fuzzed = previewAll(fresh, Start, params, u);
            for (int g = 0; g < 3; ++g) {
                QCOMPARE(fuzzed[g].intervalMs, plain[g].intervalMs);
            }
            // Relearning step after a lapse: identical too.
            const FsrsCard reviewing = reviewCard(20.0, 5.0, Start, Start + 20 * Day);
            QCOMPARE(review(reviewing, Rating::Again, Start + 20 * Day, params, u).intervalMs, 10 * Minute);
            // Intervals into Review (graduation, review) are fuzzed within the range of their day count.
            const qint64 easyDays = plain[3].scheduledDays;
            QCOMPARE(fuzzed[3].intervalMs, fuzzedIntervalDays(easyDays, u, params.maximumIntervalDays) * Day);
            const ReviewOutcome good = review(reviewing, Rating::Good, Start + 20 * Day, params);
            const ReviewOutcome goodFuzzed = review(reviewing, Rating::Good, Start + 20 * Day, params, u);
            QCOMPARE(goodFuzzed.scheduledDays, fuzzedIntervalDays(good.scheduledDays, u, params.maximumIntervalDays));
            QCOMPARE(*goodFuzzed.card.stability, *good.card.stability);
        }
        // The two ends are really reached, so fuzz did change something.
        const FsrsCard fresh = FsrsCard::newCard(Start);
        QCOMPARE(review(fresh, Rating::Easy, Start, params, 0.0).scheduledDays, 6);
        QCOMPARE(review(fresh, Rating::Easy, Start, params, 0.999).scheduledDays, 11);
        // Again in Review without relearning steps stays in Review, so it is fuzzed.
        FsrsParameters noRelearning = params;
        noRelearning.relearningStepsSeconds.clear();
        const FsrsCard reviewing = reviewCard(200.0, 5.0, Start, Start + 200 * Day);
        const ReviewOutcome lapse = review(reviewing, Rating::Again, Start + 200 * Day, noRelearning);
        QCOMPARE(lapse.card.state, CardState::Review);
        QVERIFY(lapse.scheduledDays >= 3);
        QCOMPARE(review(reviewing, Rating::Again, Start + 200 * Day, noRelearning, 0.0).scheduledDays,
                 fuzzedIntervalDays(lapse.scheduledDays, 0.0, noRelearning.maximumIntervalDays));
    }

    void duesBeyond2038()
    {
        // Ten maximum intervals from 2037: the year ~3036, far past a 32-bit time_t.
        const FsrsParameters params = FsrsParameters::defaults();
        qint64 now = utcMs(2037, 12, 31, 23, 59, 59);
        FsrsCard card = reviewCard(1e6, 1.0, now - 36500 * Day, now);
        for (int i = 0; i < 10; ++i) {
            const ReviewOutcome outcome = review(card, Rating::Easy, now, params);
            QCOMPARE(outcome.scheduledDays, 36500);
            QCOMPARE(outcome.card.dueMs, now + 36500 * Day);
            card = outcome.card;
            now = card.dueMs;
        }
        QCOMPARE(now, utcMs(2037, 12, 31, 23, 59, 59) + 365'000 * Day);
        QCOMPARE(FsrsReplay::formatTimestamp(now), QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate));
        QVERIFY(FsrsReplay::formatTimestamp(now).startsWith(u"3037-"_s));
        QCOMPARE(FsrsReplay::formatTimestamp(utcMs(2038, 1, 19, 3, 14, 8)), u"2038-01-19T03:14:08Z"_s);
        QCOMPARE(FsrsReplay::formatTimestamp(utcMs(2900, 2, 28, 12) + 500), u"2900-02-28T12:00:00.500Z"_s);
        QCOMPARE(FsrsReplay::formatTimestamp(-1000), u"1969-12-31T23:59:59Z"_s);
    }

    void replayParsesDuesBeyond2038()
    {
        QJsonObject c = validCase(u"late"_s);
        setReview(0, u"timestamp"_s, u"2100-03-01T00:00:00Z"_s)(c);
        setReview(1, u"timestamp"_s, u"2100-03-01T00:10:00Z"_s)(c);
        setExpected(u"due"_s, u"2100-03-01T00:10:00Z"_s)(c);
        QString error;
        const auto cases = FsrsReplay::parse(QJsonDocument(QJsonObject {{u"cases"_s, QJsonArray {c}}}).toJson(), u"late.json"_s, &error);
        QVERIFY2(cases, qPrintable(error));
        const FsrsReplay::Result result = FsrsReplay::replay(cases->front());
        QCOMPARE(result.reviews.front().card.dueMs, utcMs(2100, 3, 1, 0, 10));
        QCOMPARE(result.reviews.front().card.dueMs, cases->front().reviews.front().expected->card.dueMs);
    }

    // --- Replay files ----------------------------------------------------------------------------------------

    void malformedReplayIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        const QString file = u"bad.json"_s;
        const QString second = u"case \"second\" (cases[1])"_s;
        QTest::addRow("not JSON") << QByteArray("{\"cases\": [") << QStringList {file, u"not valid JSON"_s};
        QTest::addRow("no cases") << QByteArray("{\"tests\": []}") << QStringList {file, u"cases: missing"_s};
        QTest::addRow("cases not array") << QByteArray("{\"cases\": {}}") << QStringList {file, u"cases: expected an array"_s};
        QTest::addRow("case not object") << QByteArray("{\"cases\": [3]}") << QStringList {file, u"cases[0]"_s};
        QTest::addRow("no id") << fileWithSecondCase([](QJsonObject &c) {
            c.remove(u"id"_s);
        }) << QStringList {file, u"cases[1]: id: missing"_s};
        QTest::addRow("no scheduler") << fileWithSecondCase([](QJsonObject &c) {
            c.remove(u"scheduler"_s);
        }) << QStringList {file, second, u"scheduler: missing"_s};
        QTest::addRow("reviews not array") << fileWithSecondCase([](QJsonObject &c) {
            c.insert(u"reviews"_s, u"none"_s);
        }) << QStringList {file, second, u"reviews: expected an array"_s};
        QTest::addRow("rating as string") << fileWithSecondCase(setReview(1, u"rating"_s, u"3"_s))
                                          << QStringList {file, second, u"reviews[1].rating: expected an integer, got the string \"3\""_s};
        QTest::addRow("rating 5") << fileWithSecondCase(setReview(0, u"rating"_s, 5)) << QStringList {file, second, u"reviews[0].rating"_s, u"got 5"_s};
        QTest::addRow("rating 2.5") << fileWithSecondCase(setReview(0, u"rating"_s, 2.5)) << QStringList {file, second, u"reviews[0].rating"_s};
        QTest::addRow("no timestamp") << fileWithSecondCase(setReview(1, u"timestamp"_s, QJsonValue::Undefined))
                                      << QStringList {file, second, u"reviews[1].timestamp: missing"_s};
        QTest::addRow("bad timestamp") << fileWithSecondCase(setReview(1, u"timestamp"_s, u"yesterday"_s))
                                       << QStringList {file, second, u"reviews[1].timestamp"_s, u"yesterday"_s};
        QTest::addRow("timestamp without zone") << fileWithSecondCase(setReview(0, u"timestamp"_s, u"2025-01-06T09:00:00"_s))
                                                << QStringList {file, second, u"reviews[0].timestamp"_s, u"no time zone"_s};
        QTest::addRow("20 parameters") << fileWithSecondCase([](QJsonObject &c) {
            QJsonObject scheduler = c.value("scheduler"_L1).toObject();
            QJsonArray weights = scheduler.value("parameters"_L1).toArray();
            weights.removeLast();
            scheduler.insert(u"parameters"_s, weights);
            c.insert(u"scheduler"_s, scheduler);
        }) << QStringList {file, second, u"scheduler.parameters"_s, u"got 20"_s};
        QTest::addRow("parameter out of range") << fileWithSecondCase(setWeight(4, 11))
                                                << QStringList {file, second, u"scheduler.parameters: parameters[4] = 11 is out of range [1, 10]"_s};
        QTest::addRow("parameter not a number") << fileWithSecondCase([](QJsonObject &c) {
            QJsonObject scheduler = c.value("scheduler"_L1).toObject();
            QJsonArray weights = scheduler.value("parameters"_L1).toArray();
            weights.replace(6, QJsonValue::Null);
            scheduler.insert(u"parameters"_s, weights);
            c.insert(u"scheduler"_s, scheduler);
        }) << QStringList {file, second, u"scheduler.parameters[6]: expected a number, got null"_s};
        QTest::addRow("no retention") << fileWithSecondCase(setScheduler(u"desired_retention"_s, QJsonValue::Undefined))
                                      << QStringList {file, second, u"scheduler.desired_retention: missing"_s};
        QTest::addRow("retention 1.5") << fileWithSecondCase(setScheduler(u"desired_retention"_s, 1.5))
                                       << QStringList {file, second, u"scheduler.desired_retention"_s, u"1.5"_s};
        QTest::addRow("step as string") << fileWithSecondCase(setScheduler(u"learning_steps_seconds"_s, QJsonArray {60, u"10m"_s}))
                                        << QStringList {file, second, u"scheduler.learning_steps_seconds[1]"_s};
        QTest::addRow("negative relearning step") << fileWithSecondCase(setScheduler(u"relearning_steps_seconds"_s, QJsonArray {-600}))
                                                  << QStringList {file, second, u"scheduler.relearning_steps_seconds"_s, u"-600"_s};
        QTest::addRow("fractional max interval") << fileWithSecondCase(setScheduler(u"maximum_interval"_s, 1.5))
                                                 << QStringList {file, second, u"scheduler.maximum_interval: expected an integer"_s};
        QTest::addRow("max interval 0") << fileWithSecondCase(setScheduler(u"maximum_interval"_s, 0))
                                        << QStringList {file, second, u"scheduler.maximum_interval"_s, u"out of range"_s};
        QTest::addRow("fuzz on") << fileWithSecondCase(setScheduler(u"enable_fuzzing"_s, true)) << QStringList {file, second, u"scheduler.enable_fuzzing"_s};
        QTest::addRow("expected without stability") << fileWithSecondCase(setExpected(u"stability"_s, QJsonValue::Undefined))
                                                    << QStringList {file, second, u"reviews[0].expected.stability: missing"_s};
        QTest::addRow("expected unknown state") << fileWithSecondCase(setExpected(u"state"_s, u"Bogus"_s))
                                                << QStringList {file, second, u"reviews[0].expected.state"_s, u"Bogus"_s};
        QTest::addRow("expected step as string") << fileWithSecondCase(setExpected(u"step"_s, u"1"_s))
                                                 << QStringList {file, second, u"reviews[0].expected.step: expected an integer or null"_s};
        QTest::addRow("expected not object") << fileWithSecondCase(setReview(0, u"expected"_s, QJsonArray {}))
                                             << QStringList {file, second, u"reviews[0].expected: expected an object"_s};
    }

    void malformedReplayIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        QString error;
        QVERIFY(!FsrsReplay::parse(json, u"bad.json"_s, &error));
        QVERIFY2(error.startsWith(u"bad.json: "_s), qPrintable(error));
        for (const QString &mention : mentions) {
            QVERIFY2(error.contains(mention), qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(error, mention)));
        }
    }

    void validReplayVariantsAreAccepted()
    {
        // The edits above start from a file that parses: otherwise every rejection would pass trivially.
        QString error;
        auto cases = FsrsReplay::parse(fileWithSecondCase([](QJsonObject &) {}), u"good.json"_s, &error);
        QVERIFY2(cases, qPrintable(error));
        QCOMPARE(cases->size(), std::size_t(2));
        QCOMPARE(cases->at(1).id, u"second"_s);
        QVERIFY(cases->at(1).reviews[0].expected);
        QVERIFY(!cases->at(1).reviews[1].expected);
        // FSRS-5 parameters are upgraded; enable_fuzzing may be absent; extra keys are ignored.
        cases = FsrsReplay::parse(fileWithSecondCase([](QJsonObject &c) {
                                      QJsonObject scheduler = c.value("scheduler"_L1).toObject();
                                      QJsonArray weights = scheduler.value("parameters"_L1).toArray();
                                      weights.removeLast();
                                      weights.removeLast();
                                      scheduler.insert(u"parameters"_s, weights);
                                      scheduler.remove(u"enable_fuzzing"_s);
                                      c.insert(u"scheduler"_s, scheduler);
                                      c.insert(u"description"_s, u"extra"_s);
                                  }),
                                  u"fsrs5.json"_s,
                                  &error);
        QVERIFY2(cases, qPrintable(error));
        QCOMPARE(cases->at(1).parameters.weights.size(), std::size_t(21));
        QCOMPARE(cases->at(1).parameters.weights[19], 0.0);
        QCOMPARE(cases->at(1).parameters.weights[20], 0.5);
        // Timestamps with an offset are converted to UTC.
        cases = FsrsReplay::parse(fileWithSecondCase(setReview(1, u"timestamp"_s, u"2025-01-06T10:10:00+01:00"_s)), u"offset.json"_s, &error);
        QVERIFY2(cases, qPrintable(error));
        QCOMPARE(cases->at(1).reviews[1].timestampMs, Start + 10 * Minute);
    }

    void unreadableReplayFile()
    {
        TestSupport::TempDataDir dir;
        const QString path = dir.filePath(u"missing.json"_s);
        QString error;
        QVERIFY(!FsrsReplay::readFile(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    // --- Formatting ------------------------------------------------------------------------------------------

    void pythonFloat_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("repr");
        QTest::addRow("one") << 1.0 << QByteArray("1.0");
        QTest::addRow("zero") << 0.0 << QByteArray("0.0");
        QTest::addRow("minus zero") << -0.0 << QByteArray("-0.0");
        QTest::addRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::addRow("difficulty") << 2.118103970459016 << QByteArray("2.118103970459016");
        QTest::addRow("1e-4") << 1e-4 << QByteArray("0.0001");
        QTest::addRow("1e-5") << 1e-5 << QByteArray("1e-05");
        QTest::addRow("1.5e-7") << 1.5e-7 << QByteArray("1.5e-07");
        QTest::addRow("1e15") << 1e15 << QByteArray("1000000000000000.0");
        QTest::addRow("1e16") << 1e16 << QByteArray("1e+16");
        QTest::addRow("36500.25") << 36500.25 << QByteArray("36500.25");
        QTest::addRow("negative") << -123.456 << QByteArray("-123.456");
        QTest::addRow("denormal") << 5e-324 << QByteArray("5e-324");
        QTest::addRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    }

    void pythonFloat()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, repr);
        QCOMPARE(FsrsReplay::pythonFloat(value), repr);
    }

    void buttonLabels_data()
    {
        QTest::addColumn<qint64>("intervalMs");
        QTest::addColumn<QString>("label");
        QTest::addRow("45 s") << qint64(45'000) << u"45s"_s;
        QTest::addRow("1 min") << Minute << u"1m"_s;
        QTest::addRow("5.5 min") << 5 * Minute + 30'000 << u"6m"_s;
        QTest::addRow("10 min") << 10 * Minute << u"10m"_s;
        QTest::addRow("3 h") << 180 * Minute << u"3h"_s;
        QTest::addRow("1 d") << Day << u"1d"_s;
        QTest::addRow("8 d") << 8 * Day << u"8d"_s;
        QTest::addRow("30 d") << 30 * Day << u"30d"_s;
        QTest::addRow("97 d") << 97 * Day << u"3.2mo"_s;
        QTest::addRow("365 d") << 365 * Day << u"1y"_s;
        QTest::addRow("400 d") << 400 * Day << u"1.1y"_s;
        QTest::addRow("36500 d") << 36500 * Day << u"100y"_s;
    }

    void buttonLabels()
    {
        QFETCH(qint64, intervalMs);
        QFETCH(QString, label);
        QCOMPARE(formatInterval(intervalMs), label);
    }
};

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
