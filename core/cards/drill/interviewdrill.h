// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/fsrs.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// The interviewer drill: follow-up chains asked the way an interviewer pushes deeper.
///
/// Flashcards test facts one at a time; an interview asks a question and then "why?", "and what
/// does that cost?" until the candidate runs out. Deck files encode those chains as `follow-up`
/// links, and this session walks them: it shows a chain's root, moves to a follow-up on every
/// pass and ends the chain on a miss, then reports how deep each chain got.
///
/// Pure logic: it only decides the walk. The caller shows the cards, feeds each grade to the
/// scheduler and records it. The chain order comes from a seed, so a session can be replayed.
class InterviewDrill final
{
public:
    /// A card as the drill needs it.
    struct Card {
        QString key;
        QStringList followUps; ///< card keys, in file order; keys not in the drill's set are ignored
        int reviews = 0; ///< how often the user has reviewed it: at a branch, the least-reviewed follow-up comes first
    };

    /// A chain: a root and how deep its follow-ups go.
    struct Chain {
        QString root;
        int length = 0; ///< cards on the longest follow-up path from the root, at least 2

        friend bool operator==(const Chain &, const Chain &) = default;
    };

    /// How far one chain got.
    struct ChainResult {
        QString root;
        QStringList asked; ///< the cards shown, in order
        int reached = 0; ///< cards passed in a row: all of `asked`, or all but the missed last one
        int length = 0; ///< the chain's Chain::length, for "reached 3 of 5"
        bool missed = false; ///< ended by Again
        bool ended = false; ///< false only for the chain still being asked
    };

    /// The chains among `cards`, in input order. A root is a card that no card of the set names
    /// as a follow-up and whose longest follow-up path holds at least two cards. A cycle ends a
    /// path (it is never walked twice).
    [[nodiscard]] static QList<Chain> buildChains(const QList<Card> &cards);

    /// A session over the chains of `cards`, shuffled by `seed`; `maxChains` <= 0 asks them all.
    InterviewDrill(const QList<Card> &cards, quint32 seed, int maxChains = 0);

    [[nodiscard]] bool isFinished() const;
    /// The card to show; empty when finished.
    [[nodiscard]] QString currentCard() const;
    /// 1 for a chain's root, 2 for its first follow-up, …; 0 when finished.
    [[nodiscard]] int depth() const;
    /// 0-based index of the chain being asked (chainCount() when finished).
    [[nodiscard]] int chainIndex() const;
    [[nodiscard]] int chainCount() const;
    /// The chains in the order they are asked.
    [[nodiscard]] const QList<Chain> &chains() const;

    /// Grades the current card. Hard, Good and Easy pass: the next card is a follow-up of this one
    /// that this chain has not asked (one the session has not asked yet, else the least reviewed,
    /// else the first in file order); with none left the chain is complete. Again ends the chain.
    /// Returns false, changing nothing, when the session is finished.
    bool answer(Fsrs::Rating rating);

    /// Every chain started so far, the one in progress last (with `ended` false).
    [[nodiscard]] QList<ChainResult> summary() const;

private:
    void startChain();
    void endChain(bool missed);
    [[nodiscard]] QString nextFollowUp(const QString &key) const;

    QHash<QString, Card> m_cards;
    QList<Chain> m_chains;
    QList<ChainResult> m_results;
    QSet<QString> m_askedInSession;
    int m_chainIndex = 0;
};
