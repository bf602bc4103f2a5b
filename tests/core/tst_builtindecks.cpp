// SPDX-License-Identifier: GPL-3.0-or-later
// The quality bar of docs/deck-format.md over the decks that ship, read from the compiled-in
// resources exactly as the app reads them.
#include "cards/deckmerger.h"
#include "cards/markdowndeck.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace
{
constexpr int MaxCardsPerFile = 80;
constexpr int MaxAnswerWords = 150;
constexpr int MinCards = 300;
constexpr int MinCodeCards = 40;
constexpr int MinChainRoots = 30;
constexpr int MinChainDepth = 3;
constexpr int MinThreeLevelCards = 20;

struct ShippedCard {
    QString file;
    CardDraft card;

    [[nodiscard]] QString where() const
    {
        return u"%1:%2 %3"_s.arg(file).arg(card.line).arg(card.key);
    }
};

struct Shipped {
    QList<MarkdownDeck::ParseResult> files; ///< in file-name order
    QStringList names;
    QList<ShippedCard> cards;
    QHash<QString, qsizetype> byKey; ///< first card with each id
};

const Shipped &shipped()
{
    static const Shipped data = [] {
        Shipped result;
        const auto sources = DeckMerger::sourcesIn(DeckMerger::BuiltinDirectory);
        for (const auto &source : sources) {
            result.names.append(source.name);
            result.files.append(MarkdownDeck::parse(source.contents, source.name));
            for (const CardDraft &card : result.files.constLast().deck.cards) {
                if (!result.byKey.contains(card.key)) {
                    result.byKey.insert(card.key, result.cards.size());
                }
                result.cards.append({source.name, card});
            }
        }
        return result;
    }();
    return data;
}

/// The Markdown texts that count as answers: the back, or each level of a three-level card.
QList<QPair<QString, QString>> answers(const CardDraft &card)
{
    if (card.kind == CardKind::ThreeLevel) {
        return {{u"Technical"_s, card.levels.technical}, {u"Architectural"_s, card.levels.architectural}, {u"Business"_s, card.levels.business}};
    }
    return {{u"Back"_s, card.back}};
}

QString allText(const CardDraft &card)
{
    if (card.kind == CardKind::ThreeLevel) {
        return QStringList {card.front, card.levels.technical, card.levels.architectural, card.levels.business}.join(u'\n');
    }
    return card.front + u'\n' + card.back;
}

bool hasCode(const CardDraft &card)
{
    return !MarkdownDeck::codeBlocks(allText(card)).isEmpty();
}

/// Fails with every offender listed, so one run shows all there is to fix.
void verifyNone(const QStringList &offenders, const char *what)
{
    QVERIFY2(offenders.isEmpty(), qPrintable(u"%1 (%2):\n  "_s.arg(QString::fromUtf8(what)).arg(offenders.size()) + offenders.join(u"\n  "_s)));
}

struct Totals {
    int cards = 0;
    int codeCards = 0;
    int threeLevel = 0;
    int chainRoots = 0;
    int longestChain = 0;
};

/// Chains follow `follow-up` links. A root is a card no card names as its follow-up; its chain
/// depth is the number of cards on its longest follow-up path (a cycle ends a path).
Totals totals()
{
    const Shipped &data = shipped();
    Totals result;
    QHash<QString, QStringList> followUps;
    QSet<QString> targets;
    for (const ShippedCard &shippedCard : data.cards) {
        const CardDraft &card = shippedCard.card;
        ++result.cards;
        result.codeCards += hasCode(card) ? 1 : 0;
        result.threeLevel += card.kind == CardKind::ThreeLevel ? 1 : 0;
        followUps.insert(card.key, card.followUps);
        for (const QString &id : card.followUps) {
            targets.insert(id);
        }
    }
    QHash<QString, int> depthOf;
    QSet<QString> onPath;
    std::function<int(const QString &)> depth = [&](const QString &id) -> int {
        if (!followUps.contains(id) || onPath.contains(id)) {
            return 0;
        }
        if (const auto it = depthOf.constFind(id); it != depthOf.constEnd()) {
            return *it;
        }
        onPath.insert(id);
        int deepest = 0;
        for (const QString &next : followUps.value(id)) {
            deepest = std::max(deepest, depth(next));
        }
        onPath.remove(id);
        depthOf.insert(id, deepest + 1);
        return deepest + 1;
    };
    for (auto it = followUps.cbegin(); it != followUps.cend(); ++it) {
        if (targets.contains(it.key())) {
            continue;
        }
        const int d = depth(it.key());
        result.longestChain = std::max(result.longestChain, d);
        result.chainRoots += d >= MinChainDepth ? 1 : 0;
    }
    return result;
}
}

class TestBuiltinDecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!shipped().files.isEmpty(), "no decks under :/mlprep/decks: is mlprep_resources linked?");
    }

    void everyFileParsesWithoutProblems_data()
    {
        QTest::addColumn<qsizetype>("index");
        for (qsizetype i = 0; i < shipped().names.size(); ++i) {
            QTest::addRow("%s", qPrintable(shipped().names.at(i))) << i;
        }
    }

    void everyFileParsesWithoutProblems()
    {
        QFETCH(qsizetype, index);
        const auto &result = shipped().files.at(index);
        QStringList problems;
        for (const auto &problem : result.problems) {
            problems.append(problem.toString());
        }
        if (result.hasDeck() && result.deck.topic.isEmpty()) {
            problems.append(u"no 'topic:' line"_s);
        }
        if (result.hasDeck() && result.deck.description.isEmpty()) {
            problems.append(u"no 'description:' line"_s);
        }
        verifyNone(problems, "parse problems");
    }

    void everyFileHasAtMost80Cards_data()
    {
        everyFileParsesWithoutProblems_data();
    }

    void everyFileHasAtMost80Cards()
    {
        QFETCH(qsizetype, index);
        const auto &deck = shipped().files.at(index).deck;
        QVERIFY2(deck.cards.size() <= MaxCardsPerFile, qPrintable(u"%1 cards; split the file"_s.arg(deck.cards.size())));
    }

    void idsAreUniqueAcrossAllDecks()
    {
        const Shipped &data = shipped();
        QStringList offenders;
        QHash<QString, QString> deckFiles;
        for (qsizetype i = 0; i < data.files.size(); ++i) {
            const QString &key = data.files.at(i).deck.key;
            if (deckFiles.contains(key)) {
                offenders.append(u"deck-id %1 in %2 and %3"_s.arg(key, deckFiles.value(key), data.names.at(i)));
            }
            deckFiles.insert(key, data.names.at(i));
        }
        for (qsizetype i = 0; i < data.cards.size(); ++i) {
            const qsizetype first = data.byKey.value(data.cards.at(i).card.key);
            if (first != i) {
                offenders.append(u"%1 also at %2"_s.arg(data.cards.at(i).where(), data.cards.at(first).where()));
            }
        }
        verifyNone(offenders, "duplicate ids");
    }

    void cardIdsStartWithADeckId()
    {
        // New cards start with their own deck's id; a card moved to another deck keeps its id.
        QSet<QString> deckKeys;
        for (const auto &file : shipped().files) {
            deckKeys.insert(file.deck.key);
        }
        QStringList offenders;
        for (const ShippedCard &card : shipped().cards) {
            const QString &key = card.card.key;
            const bool prefixed = std::any_of(deckKeys.cbegin(), deckKeys.cend(), [&key](const QString &deck) {
                return key.startsWith(deck + u'-') && key.size() > deck.size() + 1;
            });
            if (!prefixed) {
                offenders.append(card.where());
            }
        }
        verifyNone(offenders, "card ids that start with no deck id");
    }

    void everyFollowUpResolves()
    {
        QStringList offenders;
        for (const ShippedCard &card : shipped().cards) {
            for (const QString &id : card.card.followUps) {
                if (!shipped().byKey.contains(id)) {
                    offenders.append(u"%1 -> %2"_s.arg(card.where(), id));
                }
            }
        }
        verifyNone(offenders, "follow-ups that name no card");
    }

    void codeBlocksNameAMappedLanguage()
    {
        QStringList offenders;
        for (const ShippedCard &card : shipped().cards) {
            const auto blocks = MarkdownDeck::codeBlocks(allText(card.card));
            for (const auto &block : blocks) {
                if (!MarkdownDeck::codeLanguages().contains(block.language)) {
                    offenders.append(u"%1: '%2'"_s.arg(card.where(), block.language));
                }
            }
        }
        verifyNone(offenders, "code blocks without a known language (python, cpp, cuda, bash, json, yaml, sql, text)");
    }

    void answersAreAtMost150WordsOfProse()
    {
        QStringList offenders;
        for (const ShippedCard &card : shipped().cards) {
            const auto parts = answers(card.card);
            for (const auto &[name, text] : parts) {
                const int words = MarkdownDeck::proseWordCount(text);
                if (words > MaxAnswerWords) {
                    offenders.append(u"%1 %2: %3 words"_s.arg(card.where(), name).arg(words));
                }
            }
        }
        verifyNone(offenders, "answers over 150 words of prose (split into a follow-up card)");
    }

    void everyCardHasASource()
    {
        QStringList offenders;
        for (const ShippedCard &card : shipped().cards) {
            if (card.card.source.trimmed().isEmpty()) {
                offenders.append(card.where());
            }
        }
        verifyNone(offenders, "cards without a source");
    }

    void meetsTheContentTotals()
    {
        const Totals t = totals();
        qInfo("shipped decks: %lld files, %d cards, %d with code, %d three-level, %d chain roots of depth >= %d (longest chain %d)",
              qint64(shipped().files.size()),
              t.cards,
              t.codeCards,
              t.threeLevel,
              t.chainRoots,
              MinChainDepth,
              t.longestChain);
        QStringList shortfalls;
        auto atLeast = [&shortfalls](int actual, int minimum, const QString &what) {
            if (actual < minimum) {
                shortfalls.append(u"%1: %2, need %3"_s.arg(what).arg(actual).arg(minimum));
            }
        };
        atLeast(t.cards, MinCards, u"cards"_s);
        atLeast(t.codeCards, MinCodeCards, u"cards with code"_s);
        atLeast(t.chainRoots, MinChainRoots, u"follow-up chains of depth >= 3"_s);
        atLeast(t.threeLevel, MinThreeLevelCards, u"three-level cards"_s);
        verifyNone(shortfalls, "content totals below the bar");
    }
};

QTEST_GUILESS_MAIN(TestBuiltinDecks)
#include "tst_builtindecks.moc"
