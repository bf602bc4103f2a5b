// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/cardcontent.h"
#include "cards/derive/derivation.h"
#include "cards/reviewqueue.h"
#include "cards/reviewservice.h"
#include "cards/studysettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

class Collection;
class DeckListModel;

/// The review screen's state and rules. The view shows what this exposes and sends back keys; it
/// never computes an interval or decides what comes next.
///
/// Phases: `decks` (the picker), `question`, `answer`, `waiting` (only learning cards left, due
/// later), `done` (the session summary). A due session answers through ReviewService (one
/// transaction per answer, before the next card shows); a cram session walks Cram::draw's cards and
/// writes nothing.
class ReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.review")
    Q_MOC_INCLUDE("decklistmodel.h")

    Q_PROPERTY(DeckListModel *decks READ decks CONSTANT)
    Q_PROPERTY(QString phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(bool cramming READ isCramming NOTIFY phaseChanged)
    Q_PROPERTY(QString front READ front NOTIFY cardChanged)
    Q_PROPERTY(QString back READ back NOTIFY cardChanged)
    Q_PROPERTY(QString deckName READ deckName NOTIFY cardChanged)
    Q_PROPERTY(QString source READ source NOTIFY cardChanged)
    Q_PROPERTY(QStringList tags READ tags NOTIFY cardChanged)
    /// A derive card: its numbers were drawn for this showing and the user types the result.
    Q_PROPERTY(bool isDerive READ isDerive NOTIFY cardChanged)
    /// Again, Hard, Good, Easy: the interval each would schedule ("10m", "3d"); empty while cramming.
    Q_PROPERTY(QStringList intervalLabels READ intervalLabels NOTIFY cardChanged)
    Q_PROPERTY(int flag READ flag NOTIFY cardChanged)
    Q_PROPERTY(int newCount READ newCount NOTIFY countsChanged)
    Q_PROPERTY(int learningCount READ learningCount NOTIFY countsChanged)
    Q_PROPERTY(int reviewCount READ reviewCount NOTIFY countsChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY countsChanged)
    /// A one-line report of the last action ("Card suspended", an error); cleared by the next card.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// The session summary, valid in the `done` phase.
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY phaseChanged)

public:
    using Clock = std::function<qint64()>;

    /// `clock` returns now in UTC epoch ms (empty: the system clock); tests pass a fake one.
    explicit ReviewController(Collection &collection, Clock clock = {}, QObject *parent = nullptr);
    ~ReviewController() override;

    [[nodiscard]] DeckListModel *decks() const;
    [[nodiscard]] QString phase() const;
    [[nodiscard]] bool isCramming() const;
    [[nodiscard]] QString front() const;
    [[nodiscard]] QString back() const;
    [[nodiscard]] QString deckName() const;
    [[nodiscard]] QString source() const;
    [[nodiscard]] QStringList tags() const;
    [[nodiscard]] bool isDerive() const;
    [[nodiscard]] QStringList intervalLabels() const;
    [[nodiscard]] int flag() const;
    [[nodiscard]] int newCount() const;
    [[nodiscard]] int learningCount() const;
    [[nodiscard]] int reviewCount() const;
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QVariantMap summary() const;
    /// The card on screen, 0 when none (for tests and the editor).
    [[nodiscard]] qint64 currentCardId() const;

    /// Rereads the decks and their due counts (after any change elsewhere, e.g. the browser).
    Q_INVOKABLE void refreshDecks();
    /// Studies what is due in the selected decks.
    Q_INVOKABLE void start();
    /// Studies the selected decks ahead of schedule, weakest cards first, without touching it.
    Q_INVOKABLE void startCram();
    Q_INVOKABLE void reveal();
    /// For a derive card: checks the typed result (units understood, 2 % tolerance), shows the
    /// answer, and returns the verdict line ("Right: …" / "Not quite: …").
    Q_INVOKABLE QString checkDerived(const QString &typed);
    /// 1 Again … 4 Easy. Ignored unless the answer is showing.
    Q_INVOKABLE void grade(int rating);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void suspendCard();
    Q_INVOKABLE void buryCard();
    /// Sets flag 1–4, or clears it when the card already has that flag (Anki's Ctrl+1…4).
    Q_INVOKABLE void toggleFlag(int flag);
    /// Saves new text for the current card (its schedule is untouched) and shows it again.
    /// Returns an error message, or an empty string on success.
    Q_INVOKABLE QString editCurrent(const QString &front, const QString &back);
    /// History and memory state of the current card, for the card-info dialog.
    Q_INVOKABLE QVariantMap cardInfo() const;
    /// Shows one card with its answer, outside any session and without grading (Anki's preview);
    /// used by `--screenshot --card KEY`. False when there is no such card.
    Q_INVOKABLE bool previewCard(const QString &key);
    /// Ends the session and shows the picker.
    Q_INVOKABLE void backToDecks();

Q_SIGNALS:
    void phaseChanged();
    void cardChanged();
    void countsChanged();
    void messageChanged();

private:
    [[nodiscard]] qint64 now() const;
    void setPhase(const QString &phase);
    void setMessage(const QString &message);
    void showNext();
    void showCard(qint64 cardId);
    void finishSession();
    void updateCounts();

    Collection &m_collection;
    Clock m_clock;
    StudySettings m_settings;
    DeckListModel *m_decks;
    std::unique_ptr<ReviewService> m_service;
    std::unique_ptr<ReviewQueue> m_queue;
    QList<qint64> m_cram; ///< cards left in a cram session, next first
    bool m_cramming = false;
    int m_cramAnswers = 0;
    int m_cramAgain = 0;
    QString m_phase = QStringLiteral("decks");
    std::optional<CardContent> m_card;
    std::optional<Derive::Derivation> m_derivation; ///< the numbers drawn for a derive card on screen
    std::optional<ReviewService::Preview> m_preview;
    ReviewQueue::Counts m_counts;
    QString m_message;
    QVariantMap m_summary;
    qint64 m_sessionStartMs = 0;
    QElapsedTimer m_answerTimer;
    QTimer m_learningTimer; ///< wakes the `waiting` phase when a learning card falls due
};
