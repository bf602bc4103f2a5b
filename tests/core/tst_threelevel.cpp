// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/drill/threelevelpractice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ThreeLevelPractice::KeyTerm;
using ThreeLevelPractice::Level;

namespace
{
QStringList texts(const QList<KeyTerm> &terms)
{
    QStringList result;
    for (const KeyTerm &term : terms) {
        result.append(term.text);
    }
    return result;
}

QStringList mentioned(const ThreeLevelPractice::LevelHint &hint)
{
    QStringList result;
    for (const KeyTerm &term : hint.terms) {
        if (term.mentioned) {
            result.append(term.text);
        }
    }
    return result;
}

/// CARD-EXAMPLES.md §3, the QLoRA card.
ThreeLevels qloraModel()
{
    return {u"Base weights frozen in 4-bit NF4 with double quantization, LoRA adapters in bf16, paged optimizer states: "
            "a 65B model fine-tunes on one 48 GB GPU, where full fine-tuning needs ~16 bytes/param (~1 TB)."_s,
            u"Adapters are a tiny fraction of the model, so one frozen base serves many tenants with swappable adapters."_s,
            u"One GPU instead of a multi-node job: experiments in hours, a fraction of the cost."_s};
}
}

class TestThreeLevel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyTermsDropStopWordsAndKeepNumbersWithUnits()
    {
        const auto terms
            = ThreeLevelPractice::keyTerms(u"The **KV cache** of a 70B model is 1.25 GiB; with [GQA](https://arxiv.org/abs/2305.13245) it is 8x smaller."_s);
        QCOMPARE(texts(terms), (QStringList {u"KV"_s, u"cache"_s, u"70B"_s, u"model"_s, u"1.25 GiB"_s, u"GQA"_s, u"8x"_s, u"smaller"_s}));
        QCOMPARE(terms.at(2).isNumber, true);
        QCOMPARE(terms.at(1).isNumber, false);
        for (const KeyTerm &term : terms) {
            QVERIFY(!term.mentioned);
        }
    }

    void keyTermsAreListedOnce()
    {
        const auto terms = ThreeLevelPractice::keyTerms(u"Adapters, adapters and an adapter; 48 GB and 48GB."_s);
        QCOMPARE(texts(terms), (QStringList {u"Adapters"_s, u"48 GB"_s}));
        QVERIFY(ThreeLevelPractice::keyTerms(u"the of and, it is."_s).isEmpty());
        QVERIFY(ThreeLevelPractice::keyTerms(QString()).isEmpty());
    }

    void comparesEachLevelWithItsModelAnswer()
    {
        const ThreeLevels user {
            u"We froze the base in NF4 and trained LoRA adapters; a 65B model fit on a single 48GB GPU."_s, u"One base model, many tenants."_s, QString()};
        const auto hints = ThreeLevelPractice::compare(qloraModel(), user);
        QCOMPARE(hints.size(), 3);
        QCOMPARE(hints.at(0).level, Level::Technical);
        QCOMPARE(hints.at(0).name, u"Technical"_s);
        QCOMPARE(hints.at(1).level, Level::Architectural);
        QCOMPARE(hints.at(2).level, Level::Business);
        QCOMPARE(hints.at(0).modelAnswer, qloraModel().technical);
        QCOMPARE(hints.at(2).modelAnswer, qloraModel().business);

        // Words match across case and plural; "froze" is not "frozen": the hint is literal.
        const QStringList technical = mentioned(hints.at(0));
        for (const QString &term : {u"Base"_s, u"NF4"_s, u"LoRA"_s, u"adapters"_s, u"65B"_s, u"model"_s, u"48 GB"_s, u"GPU"_s}) {
            QVERIFY2(technical.contains(term), qPrintable(term + u" not in "_s + technical.join(u", "_s)));
        }
        QVERIFY(!technical.contains(u"frozen"_s));
        QVERIFY(hints.at(0).missing().contains(u"bf16"_s));
        QVERIFY(hints.at(0).missing().contains(u"16 bytes"_s));
        QCOMPARE(hints.at(0).mentionedCount() + hints.at(0).missing().size(), hints.at(0).terms.size());
        QVERIFY(hints.at(0).coverage() > 0.2 && hints.at(0).coverage() < 0.8);

        QCOMPARE(mentioned(hints.at(1)), (QStringList {u"model"_s, u"base"_s, u"tenants"_s}));
        QCOMPARE(hints.at(2).mentionedCount(), 0);
        QCOMPARE(hints.at(2).coverage(), 0.0);
    }

    void numbersNeedTheirUnit()
    {
        const ThreeLevels model {u"It needs 48 GB and 8 GPUs, 18% idle."_s, u"x"_s, u"y"_s};
        auto technical = [&model](const QString &answer) {
            return mentioned(ThreeLevelPractice::compare(model, {answer, {}, {}}).constFirst());
        };
        QCOMPARE(technical(u"48 GB on 8 GPUs with 18 % idle"_s), (QStringList {u"48 GB"_s, u"8 GPUs"_s, u"18%"_s, u"idle"_s}));
        QVERIFY(!technical(u"48 GiB"_s).contains(u"48 GB"_s));
        QVERIFY(!technical(u"48"_s).contains(u"48 GB"_s));
        QVERIFY(!technical(u"18 GB"_s).contains(u"18%"_s));
        QVERIFY(technical(u"48.0 gb"_s).contains(u"48 GB"_s));
        // A bare number in the model answer matches the same value with any unit.
        const ThreeLevels bare {u"Split into 8 stages."_s, u"x"_s, u"y"_s};
        QVERIFY(mentioned(ThreeLevelPractice::compare(bare, {u"8 GPUs"_s, {}, {}}).constFirst()).contains(u"8"_s));
    }

    void britishAndAmericanSpellingsMatch()
    {
        const ThreeLevels model {u"Quantization and optimizer states."_s, u"x"_s, u"y"_s};
        const auto hint = ThreeLevelPractice::compare(model, {u"quantisation of the optimiser state"_s, {}, {}}).constFirst();
        QCOMPARE(mentioned(hint), (QStringList {u"Quantization"_s, u"optimizer"_s, u"states"_s}));
        QCOMPARE(hint.coverage(), 1.0);
    }

    void anEmptyModelAnswerHasNothingToCover()
    {
        ThreeLevelPractice::LevelHint hint;
        QCOMPARE(hint.coverage(), 1.0);
        QVERIFY(hint.missing().isEmpty());
    }

    void theHintSaysItIsNotAGrade()
    {
        const QString disclaimer = ThreeLevelPractice::hintDisclaimer();
        QVERIFY(disclaimer.contains(u"not a grade"_s));
    }
};

QTEST_GUILESS_MAIN(TestThreeLevel)
#include "tst_threelevel.moc"
