// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcontroller.h"

#include "cards/cardeditor.h"
#include "cards/cardinfo.h"
#include "cards/cram.h"
#include "cards/sessionsummary.h"
#include "collection.h"
#include "decklistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace
{
/// How many cards a cram session draws at most: an evening's worth.
constexpr int CramLimit = 200;

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewController", text);
}

QString describeDue(qint64 dueMs, qint64 nowMs)
{
    const qint64 delta = dueMs - nowMs;
    if (delta <= 0) {
        return tr("now");
    }
    return tr("in %1").arg(Fsrs::formatInterval(delta));
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
}

ReviewController::ReviewController(Collection &collection, Clock clock, QObject *parent)
    : QObject(parent)
    , m_collection(collection)
    , m_clock(std::move(clock))
    , m_settings(StudySettings::load(collection.connection()))
    , m_decks(new DeckListModel(this))
{
    m_learningTimer.setSingleShot(true);
    connect(&m_learningTimer, &QTimer::timeout, this, &ReviewController::showNext);
}

ReviewController::~ReviewController() = default;

qint64 ReviewController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

DeckListModel *ReviewController::decks() const
{
    return m_decks;
}

QString ReviewController::phase() const
{
    return m_phase;
}

bool ReviewController::isCramming() const
{
    return m_cramming;
}

QString ReviewController::front() const
{
    if (m_derivation) {
        return m_derivation->question;
    }
    return m_card ? m_card->front : QString();
}

QString ReviewController::back() const
{
    if (m_derivation) {
        return tr("**Answer: %1**").arg(m_derivation->answerText()) + u"\n\n"_s + m_derivation->solution;
    }
    return m_card ? m_card->back : QString();
}

bool ReviewController::isDerive() const
{
    return m_derivation.has_value();
}

QString ReviewController::checkDerived(const QString &typed)
{
    if (!m_derivation || m_phase != u"question"_s) {
        return {};
    }
    const QString verdict = m_derivation->check(typed).message;
    setMessage(verdict);
    reveal();
    return verdict;
}

QString ReviewController::deckName() const
{
    return m_card ? m_card->deckName : QString();
}

QString ReviewController::source() const
{
    return m_card ? m_card->source : QString();
}

QStringList ReviewController::tags() const
{
    return m_card ? m_card->tags : QStringList();
}

QStringList ReviewController::intervalLabels() const
{
    QStringList labels;
    if (m_preview && !m_cramming) {
        for (const ReviewService::Button &button : m_preview->buttons) {
            labels.append(button.label);
        }
    }
    return labels;
}

int ReviewController::flag() const
{
    if (!m_card) {
        return 0;
    }
    QString error;
    const auto info = CardInfo::load(m_collection.connection(), m_card->cardId, now(), m_settings.fsrs, &error);
    return info ? info->flag : 0;
}

int ReviewController::newCount() const
{
    return m_counts.newCards;
}

int ReviewController::learningCount() const
{
    return m_counts.learning;
}

int ReviewController::reviewCount() const
{
    return m_cramming ? int(m_cram.size()) : m_counts.review;
}

bool ReviewController::canUndo() const
{
    return m_service && m_service->undoDepth() > 0;
}

QString ReviewController::message() const
{
    return m_message;
}

QVariantMap ReviewController::summary() const
{
    return m_summary;
}

qint64 ReviewController::currentCardId() const
{
    return m_card ? m_card->cardId : 0;
}

void ReviewController::setPhase(const QString &phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        Q_EMIT phaseChanged();
    }
}

void ReviewController::setMessage(const QString &message)
{
    if (m_message != message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

void ReviewController::refreshDecks()
{
    QString error;
    m_settings = StudySettings::load(m_collection.connection());
    if (!m_decks->reload(m_collection.connection(), m_settings, now(), &error)) {
        setMessage(tr("Cannot read the decks: %1").arg(error));
    }
}

void ReviewController::start()
{
    const QList<qint64> deckIds = m_decks->selectedDeckIds();
    if (deckIds.isEmpty()) {
        setMessage(tr("Choose at least one deck."));
        return;
    }
    m_settings = StudySettings::load(m_collection.connection());
    m_service = std::make_unique<ReviewService>(m_collection.connection(), m_settings);
    m_queue = std::make_unique<ReviewQueue>(m_collection.connection(), deckIds, m_settings);
    m_cramming = false;
    m_sessionStartMs = now();
    setMessage({});
    showNext();
}

void ReviewController::startCram()
{
    const QList<qint64> deckIds = m_decks->selectedDeckIds();
    if (deckIds.isEmpty()) {
        setMessage(tr("Choose at least one deck."));
        return;
    }
    QString error;
    const auto cards
        = Cram::draw(m_collection.connection(), deckIds, Cram::Order::LowestRetrievability, CramLimit, now(), m_settings.fsrs, quint64(now()), &error);
    if (!cards) {
        setMessage(tr("Cannot start cramming: %1").arg(error));
        return;
    }
    m_service.reset();
    m_queue.reset();
    m_cram = *cards;
    m_cramming = true;
    m_cramAnswers = 0;
    m_cramAgain = 0;
    m_sessionStartMs = now();
    setMessage({});
    showNext();
}

void ReviewController::showNext()
{
    m_learningTimer.stop();
    if (m_cramming) {
        if (m_cram.isEmpty()) {
            finishSession();
        } else {
            showCard(m_cram.constFirst());
        }
        updateCounts();
        return;
    }
    if (!m_queue) {
        return;
    }
    const qint64 nowMs = now();
    if (!m_queue->reload(nowMs)) {
        setMessage(tr("Cannot read the queue: %1").arg(m_queue->errorText()));
        return;
    }
    updateCounts();
    if (const auto entry = m_queue->next(nowMs)) {
        showCard(entry->cardId);
        return;
    }
    if (const auto due = m_queue->nextLearningDueMs()) {
        m_card.reset();
        m_derivation.reset();
        m_preview.reset();
        Q_EMIT cardChanged();
        setMessage(tr("The next learning card is due %1.").arg(describeDue(*due, nowMs)));
        setPhase(u"waiting"_s);
        m_learningTimer.start(int(std::clamp<qint64>(*due - nowMs, 0, 24 * 3600 * 1000)));
        return;
    }
    finishSession();
}

void ReviewController::showCard(qint64 cardId)
{
    m_card = CardContent::load(m_collection.connection(), cardId);
    m_preview.reset();
    m_derivation.reset();
    if (m_card && !m_card->derive.isEmpty()) {
        // New numbers each showing: the seed mixes the card with the time it is shown.
        m_derivation = Derive::derive(m_card->derive, quint32(qHash(cardId) ^ quint64(now())));
    }
    if (m_card && !m_cramming) {
        m_preview = m_service->preview(cardId, now());
    }
    if (!m_card || (!m_cramming && !m_preview)) {
        setMessage(tr("A card could not be read; it was skipped."));
        m_card.reset();
        m_derivation.reset();
        finishSession();
        return;
    }
    m_answerTimer.start();
    Q_EMIT cardChanged();
    setPhase(u"question"_s);
}

void ReviewController::reveal()
{
    if (m_phase == u"question"_s) {
        setPhase(u"answer"_s);
    }
}

void ReviewController::grade(int rating)
{
    if (m_phase != u"answer"_s || !m_card || rating < 1 || rating > 4 || (!m_cramming && !m_service)) {
        return;
    }
    setMessage({});
    if (m_cramming) {
        ++m_cramAnswers;
        const qint64 cardId = m_cram.takeFirst();
        if (rating == 1) {
            // A miss comes back a few cards later, as in a learning step, but nothing is written.
            ++m_cramAgain;
            m_cram.insert(std::min<qsizetype>(3, m_cram.size()), cardId);
        }
        showNext();
        return;
    }
    const auto result = m_service->answer(m_card->cardId, Fsrs::Rating(rating), now(), m_answerTimer.elapsed(), m_preview->shown);
    if (!result.ok()) {
        setMessage(result.message);
    }
    showNext();
}

void ReviewController::undo()
{
    if (!m_service) {
        return;
    }
    const auto result = m_service->undo();
    if (!result.ok()) {
        setMessage(result.message);
        updateCounts();
        return;
    }
    setMessage(tr("Undone."));
    if (!m_queue) {
        return;
    }
    if (!m_queue->reload(now())) {
        setMessage(tr("Cannot read the queue: %1").arg(m_queue->errorText()));
    }
    showCard(result.cardId);
    updateCounts();
}

void ReviewController::suspendCard()
{
    if (!m_card || !m_service) {
        return;
    }
    const auto result = m_service->setSuspended(m_card->cardId, true);
    setMessage(result.ok() ? tr("Card suspended.") : result.message);
    showNext();
}

void ReviewController::buryCard()
{
    if (!m_card || !m_service) {
        return;
    }
    const auto result = m_service->buryUntilTomorrow(m_card->cardId, now());
    setMessage(result.ok() ? tr("Card buried until tomorrow.") : result.message);
    showNext();
}

void ReviewController::toggleFlag(int flag)
{
    if (!m_card || !m_service || flag < 1 || flag > 4) {
        return;
    }
    const auto result = m_service->setFlag(m_card->cardId, this->flag() == flag ? 0 : flag);
    if (!result.ok()) {
        setMessage(result.message);
    }
    Q_EMIT cardChanged();
    updateCounts();
}

QString ReviewController::editCurrent(const QString &front, const QString &back)
{
    if (!m_card) {
        return tr("No card is showing.");
    }
    CardEditor editor(m_collection.connection(), m_clock);
    const auto result = editor.editCard(m_card->cardId, {front, back, m_card->tags, m_card->source, QString()});
    if (!result.ok()) {
        return result.error;
    }
    m_card = CardContent::load(m_collection.connection(), m_card->cardId);
    Q_EMIT cardChanged();
    setMessage(tr("Card saved; its schedule is unchanged."));
    return {};
}

QVariantMap ReviewController::cardInfo() const
{
    if (!m_card) {
        return {};
    }
    QString error;
    const auto info = CardInfo::load(m_collection.connection(), m_card->cardId, now(), m_settings.fsrs, &error);
    if (!info) {
        return {{u"error"_s, error}};
    }
    QVariantList history;
    for (const ReviewLogEntry &entry : info->history) {
        history.append(QVariantMap {
            {u"time"_s, QDateTime::fromMSecsSinceEpoch(entry.reviewedAtMs)},
            {u"rating"_s, entry.rating},
            {u"state"_s, Fsrs::stateName(entry.stateBefore)},
            {u"interval"_s, Fsrs::formatInterval(entry.intervalSeconds * 1000)},
            {u"stability"_s, optionalDouble(entry.stability)},
            {u"difficulty"_s, optionalDouble(entry.difficulty)},
            {u"seconds"_s, entry.durationMs / 1000.0},
        });
    }
    return {
        {u"key"_s, m_card->key},
        {u"deck"_s, m_card->deckName},
        {u"state"_s, Fsrs::stateName(info->state)},
        {u"stability"_s, optionalDouble(info->stability)},
        {u"difficulty"_s, optionalDouble(info->difficulty)},
        {u"retrievability"_s, optionalDouble(info->retrievability)},
        {u"due"_s, info->dueMs ? QVariant(QDateTime::fromMSecsSinceEpoch(*info->dueMs)) : QVariant()},
        {u"reps"_s, info->reps},
        {u"lapses"_s, info->lapses},
        {u"history"_s, history},
    };
}

bool ReviewController::previewCard(const QString &key)
{
    backToDecks();
    m_card = CardContent::loadByKey(m_collection.connection(), key);
    if (!m_card) {
        setMessage(tr("There is no card %1.").arg(key));
        return false;
    }
    Q_EMIT cardChanged();
    setPhase(u"answer"_s);
    return true;
}

void ReviewController::backToDecks()
{
    m_learningTimer.stop();
    m_card.reset();
    m_derivation.reset();
    m_preview.reset();
    m_queue.reset();
    m_service.reset();
    m_cram.clear();
    m_cramming = false;
    Q_EMIT cardChanged();
    refreshDecks();
    updateCounts();
    setPhase(u"decks"_s);
}

void ReviewController::finishSession()
{
    const qint64 nowMs = now();
    m_card.reset();
    m_derivation.reset();
    m_preview.reset();
    Q_EMIT cardChanged();
    if (m_cramming) {
        m_summary = {
            {u"answers"_s, m_cramAnswers},
            {u"minutes"_s, qRound((nowMs - m_sessionStartMs) / 60000.0)},
            {u"againRate"_s, m_cramAnswers > 0 ? double(m_cramAgain) / m_cramAnswers : 0.0},
            {u"nextDue"_s, tr("Cramming does not change when cards are due.")},
        };
        setPhase(u"done"_s);
        return;
    }
    QString error;
    const auto summary = SessionSummary::load(m_collection.connection(),
                                              m_decks->selectedDeckIds(),
                                              m_sessionStartMs,
                                              nowMs + 1,
                                              &error); // +1: [from, to) must include an answer given this millisecond
    if (!summary) {
        setMessage(tr("Cannot read the session: %1").arg(error));
        m_summary.clear();
    } else {
        const QString nextDue = summary->nextDueMs
            ? tr("The next card is due %1 (%2).")
                  .arg(describeDue(*summary->nextDueMs, nowMs), QLocale().toString(QDateTime::fromMSecsSinceEpoch(*summary->nextDueMs), QLocale::ShortFormat))
            : tr("No card is scheduled in these decks yet.");
        m_summary = {
            {u"answers"_s, summary->answers},
            {u"minutes"_s, qRound(summary->timeMs / 60000.0)},
            {u"againRate"_s, summary->againRate()},
            {u"nextDue"_s, nextDue},
        };
    }
    setPhase(u"done"_s);
}

void ReviewController::updateCounts()
{
    if (m_queue && !m_cramming) {
        m_counts = m_queue->counts(now());
    } else {
        m_counts = {};
    }
    Q_EMIT countsChanged();
}
