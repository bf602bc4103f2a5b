// SPDX-License-Identifier: GPL-3.0-or-later
#include "threelevelcontroller.h"

#include "cards/cardcontent.h"
#include "cards/drill/threelevelpractice.h"
#include "collection.h"
#include "reviewcontroller.h"
#include "storage/settingsstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace
{
/// The card's three levels, when it is live and has them.
std::optional<ThreeLevels> levelsOf(const std::optional<CardContent> &card)
{
    if (!card || card->kind != cardKindName(CardKind::ThreeLevel)) {
        return std::nullopt;
    }
    return ThreeLevelPractice::levelsOf(card->back);
}

const QStringList LevelKeys {u"technical"_s, u"architectural"_s, u"business"_s};
}

ThreeLevelController::ThreeLevelController(Collection &collection, ReviewController *review, QObject *parent)
    : QObject(parent), m_collection(collection), m_review(review)
{
    if (m_review) {
        connect(m_review, &ReviewController::cardChanged, this, &ThreeLevelController::updateReviewCard);
        updateReviewCard();
    }
}

ThreeLevelController::~ThreeLevelController() = default;

QString ThreeLevelController::phase() const
{
    return m_phase;
}

bool ThreeLevelController::isActive() const
{
    return m_phase != u"idle"_s;
}

QString ThreeLevelController::cardKey() const
{
    return m_cardKey;
}

QString ThreeLevelController::front() const
{
    return m_front;
}

QString ThreeLevelController::deckName() const
{
    return m_deckName;
}

QStringList ThreeLevelController::answers() const
{
    return m_answers;
}

QVariantList ThreeLevelController::comparison() const
{
    QVariantList levels;
    if (m_phase != u"comparing"_s) {
        return levels;
    }
    const auto hints = ThreeLevelPractice::compare(m_model, {m_answers.at(0), m_answers.at(1), m_answers.at(2)});
    for (qsizetype i = 0; i < hints.size(); ++i) {
        const ThreeLevelPractice::LevelHint &hint = hints.at(i);
        QVariantList terms;
        for (const ThreeLevelPractice::KeyTerm &term : hint.terms) {
            terms.append(QVariantMap {{u"text"_s, term.text}, {u"mentioned"_s, term.mentioned}});
        }
        levels.append(QVariantMap {
            {u"name"_s, hint.name},
            {u"model"_s, hint.modelAnswer},
            {u"answer"_s, m_answers.at(i)},
            {u"terms"_s, terms},
            {u"mentioned"_s, hint.mentionedCount()},
            {u"total"_s, int(hint.terms.size())},
            {u"coverage"_s, hint.coverage()},
            {u"missing"_s, hint.missing().join(u", "_s)},
        });
    }
    return levels;
}

QString ThreeLevelController::disclaimer()
{
    return ThreeLevelPractice::hintDisclaimer();
}

QString ThreeLevelController::savedAt() const
{
    return m_savedAtMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_savedAtMs), QLocale::ShortFormat) : QString();
}

bool ThreeLevelController::isDirty() const
{
    return m_dirty;
}

bool ThreeLevelController::reviewCardHasLevels() const
{
    return m_reviewCardHasLevels;
}

QString ThreeLevelController::message() const
{
    return m_message;
}

bool ThreeLevelController::hasLevels(const QString &key) const
{
    return levelsOf(CardContent::loadByKey(m_collection.connection(), key)).has_value();
}

bool ThreeLevelController::start(const QString &key)
{
    const auto card = CardContent::loadByKey(m_collection.connection(), key);
    const auto levels = levelsOf(card);
    if (!levels) {
        setMessage(tr("Card %1 has no technical, architectural and business levels to practise.").arg(key));
        return false;
    }
    m_cardKey = key;
    m_front = card->front;
    m_deckName = card->deckName;
    m_model = *levels;
    const QJsonObject saved = QJsonDocument::fromJson(SettingsStore(m_collection.connection()).value(settingsKey(key)).toUtf8()).object();
    for (qsizetype i = 0; i < LevelKeys.size(); ++i) {
        m_answers[i] = saved.value(LevelKeys.at(i)).toString();
    }
    m_savedAtMs = qint64(saved.value(u"savedAt"_s).toDouble());
    m_dirty = false;
    setMessage({});
    Q_EMIT cardChanged();
    Q_EMIT answersChanged();
    Q_EMIT savedChanged();
    if (m_phase == u"writing"_s) {
        Q_EMIT phaseChanged();
    } else {
        setPhase(u"writing"_s);
    }
    return true;
}

bool ThreeLevelController::startFromReview()
{
    if (!m_review || m_review->currentCardId() == 0) {
        setMessage(tr("No card is on the review screen."));
        return false;
    }
    const auto card = CardContent::load(m_collection.connection(), m_review->currentCardId());
    return card && start(card->key);
}

void ThreeLevelController::setAnswer(int level, const QString &text)
{
    if (level < 0 || level >= m_answers.size() || m_answers.at(level) == text || m_phase != u"writing"_s) {
        return;
    }
    m_answers[level] = text;
    m_dirty = true;
    Q_EMIT answersChanged();
    Q_EMIT savedChanged();
}

void ThreeLevelController::compare()
{
    if (m_phase == u"writing"_s) {
        setPhase(u"comparing"_s);
    }
}

void ThreeLevelController::edit()
{
    if (m_phase == u"comparing"_s) {
        setPhase(u"writing"_s);
    }
}

bool ThreeLevelController::save()
{
    if (!isActive()) {
        return false;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QJsonObject attempt {{u"savedAt"_s, double(nowMs)}};
    for (qsizetype i = 0; i < LevelKeys.size(); ++i) {
        attempt.insert(LevelKeys.at(i), m_answers.at(i));
    }
    const QString json = QString::fromUtf8(QJsonDocument(attempt).toJson(QJsonDocument::Compact));
    if (!SettingsStore(m_collection.connection()).setValue(settingsKey(m_cardKey), json)) {
        setMessage(tr("The attempt could not be saved."));
        return false;
    }
    m_savedAtMs = nowMs;
    m_dirty = false;
    setMessage(tr("Attempt saved."));
    Q_EMIT savedChanged();
    return true;
}

void ThreeLevelController::close()
{
    m_cardKey.clear();
    m_front.clear();
    m_deckName.clear();
    m_model = {};
    m_answers = {QString(), QString(), QString()};
    m_savedAtMs = 0;
    m_dirty = false;
    setMessage({});
    Q_EMIT cardChanged();
    Q_EMIT answersChanged();
    Q_EMIT savedChanged();
    setPhase(u"idle"_s);
}

void ThreeLevelController::setPhase(const QString &phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        Q_EMIT phaseChanged();
    }
}

void ThreeLevelController::setMessage(const QString &message)
{
    if (m_message != message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

void ThreeLevelController::updateReviewCard()
{
    const qint64 cardId = m_review->currentCardId();
    const bool hasLevels = cardId != 0 && levelsOf(CardContent::load(m_collection.connection(), cardId)).has_value();
    if (hasLevels != m_reviewCardHasLevels) {
        m_reviewCardHasLevels = hasLevels;
        Q_EMIT reviewCardChanged();
    }
}

QString ThreeLevelController::settingsKey(const QString &cardKey)
{
    return u"drill/three-level/"_s + cardKey;
}
