// SPDX-License-Identifier: GPL-3.0-or-later
#include "interviewdrill.h"

#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <tuple>

QList<InterviewDrill::Chain> InterviewDrill::buildChains(const QList<Card> &cards)
{
    QHash<QString, const Card *> byKey;
    for (const Card &card : cards) {
        if (!byKey.contains(card.key)) {
            byKey.insert(card.key, &card);
        }
    }
    QSet<QString> followedUp;
    for (const Card &card : cards) {
        for (const QString &next : card.followUps) {
            if (byKey.contains(next) && next != card.key) {
                followedUp.insert(next);
            }
        }
    }

    // Longest path in cards, memoised; a card already on the path ends it, so cycles terminate.
    QHash<QString, int> longest;
    QSet<QString> onPath;
    std::function<int(const QString &)> depthFrom = [&](const QString &key) -> int {
        if (!byKey.contains(key) || onPath.contains(key)) {
            return 0;
        }
        if (const auto it = longest.constFind(key); it != longest.constEnd()) {
            return *it;
        }
        onPath.insert(key);
        int deepest = 0;
        for (const QString &next : byKey.value(key)->followUps) {
            deepest = std::max(deepest, depthFrom(next));
        }
        onPath.remove(key);
        longest.insert(key, deepest + 1);
        return deepest + 1;
    };

    QList<Chain> chains;
    QSet<QString> seen;
    for (const Card &card : cards) {
        if (seen.contains(card.key) || followedUp.contains(card.key)) {
            continue;
        }
        seen.insert(card.key);
        const int length = depthFrom(card.key);
        if (length >= 2) {
            chains.append({card.key, length});
        }
    }
    return chains;
}

InterviewDrill::InterviewDrill(const QList<Card> &cards, quint32 seed, int maxChains) : m_chains(buildChains(cards))
{
    for (const Card &card : cards) {
        if (!m_cards.contains(card.key)) {
            m_cards.insert(card.key, card);
        }
    }
    QRandomGenerator rng(seed);
    for (qsizetype i = m_chains.size() - 1; i > 0; --i) {
        m_chains.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
    }
    if (maxChains > 0 && m_chains.size() > maxChains) {
        m_chains.resize(maxChains);
    }
    startChain();
}

bool InterviewDrill::isFinished() const
{
    return m_chainIndex >= m_chains.size();
}

QString InterviewDrill::currentCard() const
{
    return isFinished() ? QString() : m_results.constLast().asked.constLast();
}

int InterviewDrill::depth() const
{
    return isFinished() ? 0 : int(m_results.constLast().asked.size());
}

int InterviewDrill::chainIndex() const
{
    return m_chainIndex;
}

int InterviewDrill::chainCount() const
{
    return int(m_chains.size());
}

const QList<InterviewDrill::Chain> &InterviewDrill::chains() const
{
    return m_chains;
}

bool InterviewDrill::answer(Fsrs::Rating rating)
{
    if (isFinished()) {
        return false;
    }
    if (rating == Fsrs::Rating::Again) {
        endChain(true);
        return true;
    }
    ChainResult &result = m_results.last();
    ++result.reached;
    const QString next = nextFollowUp(result.asked.constLast());
    if (next.isEmpty()) {
        endChain(false);
        return true;
    }
    result.asked.append(next);
    m_askedInSession.insert(next);
    return true;
}

QList<InterviewDrill::ChainResult> InterviewDrill::summary() const
{
    return m_results;
}

void InterviewDrill::startChain()
{
    if (isFinished()) {
        return;
    }
    const Chain &chain = m_chains.at(m_chainIndex);
    ChainResult result;
    result.root = chain.root;
    result.asked = {chain.root};
    result.length = chain.length;
    m_results.append(result);
    m_askedInSession.insert(chain.root);
}

void InterviewDrill::endChain(bool missed)
{
    ChainResult &result = m_results.last();
    result.missed = missed;
    result.ended = true;
    ++m_chainIndex;
    startChain();
}

QString InterviewDrill::nextFollowUp(const QString &key) const
{
    const QStringList &asked = m_results.constLast().asked;
    const QStringList &followUps = m_cards.value(key).followUps;
    QString best;
    // Lower is better: fresh in this session first, then fewest reviews; ties keep file order.
    std::tuple<bool, int> bestRank;
    for (const QString &next : followUps) {
        if (!m_cards.contains(next) || asked.contains(next)) {
            continue;
        }
        const std::tuple<bool, int> rank {m_askedInSession.contains(next), m_cards.value(next).reviews};
        if (best.isEmpty() || rank < bestRank) {
            best = next;
            bestRank = rank;
        }
    }
    return best;
}
