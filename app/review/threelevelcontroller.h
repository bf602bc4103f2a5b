// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/card.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QVariantList>

#include <optional>

class Collection;
class ReviewController;

/// Three-level practice: the user writes a technical, an architectural and a business answer to
/// one card, then sees each next to the model answer with ThreeLevelPractice's coverage hint.
///
/// Phases: `idle`, `writing` and `comparing`. The last saved attempt of each card is kept in the
/// collection's settings (key `drill/three-level/<card key>`, JSON), so that it is backed up with
/// the collection and comes back as the starting text the next time the card is practised: one
/// attempt per card is what a user compares against, and it needs no table of its own.
class ThreeLevelController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.threeLevels")
    Q_MOC_INCLUDE("reviewcontroller.h")

    Q_PROPERTY(QString phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY phaseChanged)
    Q_PROPERTY(QString cardKey READ cardKey NOTIFY cardChanged)
    Q_PROPERTY(QString front READ front NOTIFY cardChanged)
    Q_PROPERTY(QString deckName READ deckName NOTIFY cardChanged)
    /// The user's three answers, Technical first; edited in the `writing` phase.
    Q_PROPERTY(QStringList answers READ answers NOTIFY answersChanged)
    /// In `comparing`: one map per level: name, model, answer, terms [{text, mentioned}],
    /// mentioned, total, coverage (0–1), missing (the terms not mentioned, joined).
    Q_PROPERTY(QVariantList comparison READ comparison NOTIFY phaseChanged)
    Q_PROPERTY(QString disclaimer READ disclaimer CONSTANT)
    /// When the shown attempt was last saved (local, short format); empty when it never was.
    Q_PROPERTY(QString savedAt READ savedAt NOTIFY savedChanged)
    /// Whether the answers changed since they were saved or loaded.
    Q_PROPERTY(bool dirty READ isDirty NOTIFY savedChanged)
    /// The card on the review screen has three levels to practise.
    Q_PROPERTY(bool reviewCardHasLevels READ reviewCardHasLevels NOTIFY reviewCardChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    /// `review` (may be null) is the review screen whose current card startFromReview() practises.
    explicit ThreeLevelController(Collection &collection, ReviewController *review, QObject *parent = nullptr);
    ~ThreeLevelController() override;

    [[nodiscard]] QString phase() const;
    [[nodiscard]] bool isActive() const;
    [[nodiscard]] QString cardKey() const;
    [[nodiscard]] QString front() const;
    [[nodiscard]] QString deckName() const;
    [[nodiscard]] QStringList answers() const;
    [[nodiscard]] QVariantList comparison() const;
    [[nodiscard]] static QString disclaimer();
    [[nodiscard]] QString savedAt() const;
    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] bool reviewCardHasLevels() const;
    [[nodiscard]] QString message() const;

    /// Whether card `key` is live and has the three levels.
    Q_INVOKABLE bool hasLevels(const QString &key) const;
    /// Practises card `key`, starting from its last saved attempt. False, with a message, when the
    /// card has no three levels.
    Q_INVOKABLE bool start(const QString &key);
    /// Practises the card on the review screen.
    Q_INVOKABLE bool startFromReview();
    /// Sets the answer of level 0 (Technical), 1 (Architectural) or 2 (Business).
    Q_INVOKABLE void setAnswer(int level, const QString &text);
    /// Shows the model answers next to the user's, level by level.
    Q_INVOKABLE void compare();
    /// Back to the answers, to improve them.
    Q_INVOKABLE void edit();
    /// Stores the answers as the card's attempt. False, with a message, on a database error.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void close();

Q_SIGNALS:
    void phaseChanged();
    void cardChanged();
    void answersChanged();
    void savedChanged();
    void reviewCardChanged();
    void messageChanged();

private:
    void setPhase(const QString &phase);
    void setMessage(const QString &message);
    void updateReviewCard();
    [[nodiscard]] static QString settingsKey(const QString &cardKey);

    Collection &m_collection;
    ReviewController *m_review;
    QString m_phase = QStringLiteral("idle");
    QString m_cardKey;
    QString m_front;
    QString m_deckName;
    ThreeLevels m_model;
    QStringList m_answers {QString(), QString(), QString()};
    qint64 m_savedAtMs = 0;
    bool m_dirty = false;
    bool m_reviewCardHasLevels = false;
    QString m_message;
};
