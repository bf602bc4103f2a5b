// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/cardcontent.h"
#include "cards/drill/interviewdrill.h"
#include "cards/reviewservice.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class Collection;

/// The interviewer drill's screen: InterviewDrill decides which card comes next, and every
/// self-grade goes through ReviewService like a review answer, so a drill is real study that the
/// schedule, the history and the statistics all see.
///
/// Phases: `idle` (no drill; the review page shows its own content), `question`, `answer` and
/// `done` (the summary: how deep each chain got and which card ended it). Undo reverts both the
/// last answer and the drill's walk, so a mis-typed grade does not end a chain.
class DrillController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.drill")

    Q_PROPERTY(QString phase READ phase NOTIFY phaseChanged)
    /// A drill is on screen (any phase but `idle`).
    Q_PROPERTY(bool active READ isActive NOTIFY phaseChanged)
    Q_PROPERTY(QString front READ front NOTIFY cardChanged)
    Q_PROPERTY(QString back READ back NOTIFY cardChanged)
    Q_PROPERTY(QString source READ source NOTIFY cardChanged)
    Q_PROPERTY(QString deckName READ deckName NOTIFY cardChanged)
    Q_PROPERTY(QString cardKey READ cardKey NOTIFY cardChanged)
    /// 1 for a chain's opening question, 2 for the first follow-up, …
    Q_PROPERTY(int depth READ depth NOTIFY cardChanged)
    /// The longest follow-up path of the chain being asked.
    Q_PROPERTY(int chainLength READ chainLength NOTIFY cardChanged)
    /// 1-based number of the chain being asked, and how many the session asks.
    Q_PROPERTY(int chainNumber READ chainNumber NOTIFY cardChanged)
    Q_PROPERTY(int chainCount READ chainCount NOTIFY cardChanged)
    /// Again, Hard, Good, Easy: the interval each would schedule ("10m", "3d").
    Q_PROPERTY(QStringList intervalLabels READ intervalLabels NOTIFY cardChanged)
    /// What the user typed while answering; cleared for every new card.
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY notesChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY cardChanged)
    /// A one-line report ("No follow-up chains in these decks", an error).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// One map per chain started: root, rootFront, reached, length, asked, missed, ended, endedBy,
    /// endedByFront (the card answered Again, empty when the chain was completed or cut short).
    Q_PROPERTY(QVariantList summary READ summary NOTIFY phaseChanged)

public:
    using Clock = std::function<qint64()>;

    /// How many chains a drill over several decks asks: a mock interview's worth. A single deck or
    /// a single card drills every chain it has.
    static constexpr int SessionChains = 8;

    explicit DrillController(Collection &collection, Clock clock = {}, QObject *parent = nullptr);
    ~DrillController() override;

    [[nodiscard]] QString phase() const;
    [[nodiscard]] bool isActive() const;
    [[nodiscard]] QString front() const;
    [[nodiscard]] QString back() const;
    [[nodiscard]] QString source() const;
    [[nodiscard]] QString deckName() const;
    [[nodiscard]] QString cardKey() const;
    [[nodiscard]] int depth() const;
    [[nodiscard]] int chainLength() const;
    [[nodiscard]] int chainNumber() const;
    [[nodiscard]] int chainCount() const;
    [[nodiscard]] QStringList intervalLabels() const;
    [[nodiscard]] QString notes() const;
    void setNotes(const QString &notes);
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QVariantList summary() const;

    /// Drills the chains of one deck (decks.id). False, with a message, when it has none.
    Q_INVOKABLE bool startDeck(qint64 deckId);
    /// Drills a sample of SessionChains chains over every deck.
    Q_INVOKABLE bool startAllDecks();
    /// Drills the follow-up chain that starts at card `key` (from the browser).
    Q_INVOKABLE bool startFromCard(const QString &key);
    /// Whether startFromCard(key) would find a chain: the card and a follow-up are live and unsuspended.
    Q_INVOKABLE bool hasChain(const QString &key) const;
    Q_INVOKABLE void reveal();
    /// 1 Again … 4 Easy; ignored unless the answer is showing. Again ends the chain.
    Q_INVOKABLE void grade(int rating);
    /// Reverts the last grade: the answer is deleted from the history and the drill steps back.
    Q_INVOKABLE void undo();
    /// Stops asking and shows the summary of the chains started so far.
    Q_INVOKABLE void finish();
    /// Leaves the drill (phase `idle`).
    Q_INVOKABLE void close();

Q_SIGNALS:
    void phaseChanged();
    void cardChanged();
    void notesChanged();
    void messageChanged();

private:
    [[nodiscard]] qint64 now() const;
    bool start(const QList<InterviewDrill::Card> &cards, int maxChains, const QString &noChains);
    void showCurrent();
    void setPhase(const QString &phase);
    void setMessage(const QString &message);
    /// The first line of a card's question, without Markdown marks, for the summary.
    [[nodiscard]] QString questionLine(const QString &key) const;

    Collection &m_collection;
    Clock m_clock;
    std::unique_ptr<ReviewService> m_service;
    std::optional<InterviewDrill> m_drill;
    QList<InterviewDrill> m_history; ///< the drill before each answer still on the service's undo stack
    std::optional<CardContent> m_card;
    std::optional<ReviewService::Preview> m_preview;
    QElapsedTimer m_answerTimer;
    QString m_phase = QStringLiteral("idle");
    QString m_notes;
    QString m_message;
};
