// SPDX-License-Identifier: GPL-3.0-or-later
#include "derivation.h"

#include "families.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Derive", text);
}

double relativeError(double typed, double answer)
{
    return std::abs(typed - answer) / std::abs(answer);
}

const Derive::Generator *findGenerator(QStringView name)
{
    const auto &list = Derive::generators();
    const auto it = std::find_if(list.cbegin(), list.cend(), [name](const Derive::Generator &generator) {
        return generator.name == name;
    });
    return it != list.cend() ? &*it : nullptr;
}
}

bool Derive::Verdict::isCorrect() const
{
    return outcome == Outcome::Correct;
}

QString Derive::Derivation::answerText() const
{
    return formatQuantity(answer);
}

Derive::Verdict Derive::Derivation::check(QStringView typed) const
{
    Verdict verdict;
    const std::optional<TypedAnswer> reading = readTypedAnswer(typed, answer);
    if (!reading) {
        verdict.message = tr("Type a number with a unit, %1.").arg(inputExamples(answer.dimension));
        return verdict;
    }
    double closest = reading->readings.constFirst();
    for (double value : reading->readings) {
        if (relativeError(value, answer.value) < relativeError(closest, answer.value)) {
            closest = value;
        }
    }
    verdict.relativeError = relativeError(closest, answer.value);
    if (verdict.relativeError <= Tolerance) {
        verdict.outcome = Verdict::Outcome::Correct;
        verdict.message = tr("Right: the answer is %1.").arg(answerText());
        return verdict;
    }
    verdict.outcome = Verdict::Outcome::Wrong;
    if (reading->swappedPrefix && relativeError(*reading->swappedPrefix, answer.value) <= Tolerance) {
        verdict.message = tr("Right number, wrong prefix: 1 GB is 10⁹ bytes but 1 GiB is 2³⁰ bytes. The answer is %1.").arg(answerText());
        return verdict;
    }
    const QString direction = closest > answer.value ? tr("too high") : tr("too low");
    verdict.message = tr("Not within %1 %: yours is %2 % %3. The answer is %4.")
                          .arg(formatSignificant(100 * Tolerance), formatSignificant(100 * verdict.relativeError, 2), direction, answerText());
    return verdict;
}

double Derive::Derivation::input(QStringView key) const
{
    const auto it = std::find_if(inputs.cbegin(), inputs.cend(), [key](const Input &input) {
        return input.key == key;
    });
    Q_ASSERT_X(it != inputs.cend(), "Derivation::input", "no such input");
    return it != inputs.cend() ? it->value : std::numeric_limits<double>::quiet_NaN();
}

const QList<Derive::Generator> &Derive::generators()
{
    static const QList<Generator> list = memoryGenerators() + trainingGenerators() + inferenceGenerators();
    return list;
}

QStringList Derive::generatorNames()
{
    QStringList names;
    for (const Generator &generator : generators()) {
        names.append(generator.name);
    }
    return names;
}

bool Derive::isKnownGenerator(QStringView name)
{
    return findGenerator(name) != nullptr;
}

std::optional<Derive::Derivation> Derive::derive(QStringView name, quint32 seed)
{
    const Generator *generator = findGenerator(name);
    if (!generator) {
        return std::nullopt;
    }
    QRandomGenerator rng(seed);
    Derivation derivation = generator->draw(rng);
    derivation.generator = generator->name;
    derivation.seed = seed;
    return derivation;
}
