// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillcontroller.h"

#include "cards/drill/drillcards.h"
#include "collection.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QVariantMap>

using namespace Qt::StringLiterals;

DrillController::DrillController(Collection &collection, Clock clock, QObject *parent) : QObject(parent), m_collection(collection), m_clock(std::move(clock))
{
}

DrillController::~DrillController() = default;

qint64 DrillController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString DrillController::phase() const
{
    return m_phase;
}

bool DrillController::isActive() const
{
    return m_phase != u"idle"_s;
}

QString DrillController::front() const
{
    return m_card ? m_card->front : QString();
}

QString DrillController::back() const
{
    return m_card ? m_card->back : QString();
}

QString DrillController::source() const
{
    return m_card ? m_card->source : QString();
}

QString DrillController::deckName() const
{
    return m_card ? m_card->deckName : QString();
}

QString DrillController::cardKey() const
{
    return m_card ? m_card->key : QString();
}

int DrillController::depth() const
{
    return m_drill ? m_drill->depth() : 0;
}

int DrillController::chainLength() const
{
    if (!m_drill || m_drill->isFinished()) {
        return 0;
    }
    return m_drill->chains().at(m_drill->chainIndex()).length;
}

int DrillController::chainNumber() const
{
    if (!m_drill) {
        return 0;
    }
    return std::min(m_drill->chainIndex() + 1, m_drill->chainCount());
}

int DrillController::chainCount() const
{
    return m_drill ? m_drill->chainCount() : 0;
}

QStringList DrillController::intervalLabels() const
{
    QStringList labels;
    if (m_preview) {
        for (const ReviewService::Button &button : m_preview->buttons) {
            labels.append(button.label);
        }
    }
    return labels;
}

QString DrillController::notes() const
{
    return m_notes;
}

void DrillController::setNotes(const QString &notes)
{
    if (m_notes != notes) {
        m_notes = notes;
        Q_EMIT notesChanged();
    }
}

bool DrillController::canUndo() const
{
    return !m_history.isEmpty() && m_service && m_service->undoDepth() > 0;
}

QString DrillController::message() const
{
    return m_message;
}

QVariantList DrillController::summary() const
{
    QVariantList chains;
    if (!m_drill) {
        return chains;
    }
    for (const InterviewDrill::ChainResult &result : m_drill->summary()) {
        const QString endedBy = result.missed ? result.asked.constLast() : QString();
        chains.append(QVariantMap {
            {u"root"_s, result.root},
            {u"rootFront"_s, questionLine(result.root)},
            {u"reached"_s, result.reached},
            {u"length"_s, result.length},
            {u"asked"_s, int(result.asked.size())},
            {u"missed"_s, result.missed},
            {u"ended"_s, result.ended},
            {u"endedBy"_s, endedBy},
            {u"endedByFront"_s, endedBy.isEmpty() ? QString() : questionLine(endedBy)},
        });
    }
    return chains;
}

bool DrillController::startDeck(qint64 deckId)
{
    QString error;
    const auto cards = DrillCards::load(m_collection.connection(), {deckId}, false, &error);
    if (!cards) {
        setMessage(tr("Cannot read the deck: %1").arg(error));
        return false;
    }
    return start(*cards, 0, tr("This deck has no follow-up chains to drill."));
}

bool DrillController::startAllDecks()
{
    QString error;
    const auto cards = DrillCards::load(m_collection.connection(), {}, true, &error);
    if (!cards) {
        setMessage(tr("Cannot read the decks: %1").arg(error));
        return false;
    }
    return start(*cards, SessionChains, tr("No deck has follow-up chains to drill."));
}

bool DrillController::startFromCard(const QString &key)
{
    QString error;
    const auto cards = DrillCards::load(m_collection.connection(), {}, true, &error);
    if (!cards) {
        setMessage(tr("Cannot read the cards: %1").arg(error));
        return false;
    }
    return start(DrillCards::chainFrom(*cards, key), 0, tr("Card %1 has no follow-up to drill.").arg(key));
}

bool DrillController::hasChain(const QString &key) const
{
    QString error;
    const auto cards = DrillCards::load(m_collection.connection(), {}, true, &error);
    return cards && !InterviewDrill::buildChains(DrillCards::chainFrom(*cards, key)).isEmpty();
}

bool DrillController::start(const QList<InterviewDrill::Card> &cards, int maxChains, const QString &noChains)
{
    InterviewDrill drill(cards, quint32(now()), maxChains);
    if (drill.isFinished()) {
        setMessage(noChains);
        return false;
    }
    m_service = std::make_unique<ReviewService>(m_collection.connection(), StudySettings::load(m_collection.connection()));
    m_drill = std::move(drill);
    m_history.clear();
    setMessage({});
    showCurrent();
    return true;
}

void DrillController::showCurrent()
{
    m_card.reset();
    m_preview.reset();
    setNotes({});
    if (m_drill->isFinished()) {
        Q_EMIT cardChanged();
        setPhase(u"done"_s);
        return;
    }
    m_card = CardContent::loadByKey(m_collection.connection(), m_drill->currentCard());
    if (m_card) {
        m_preview = m_service->preview(m_card->cardId, now());
    }
    if (!m_card || !m_preview) {
        // Deleted or retired since the drill started: the chain ends there as on a miss, but
        // nothing is written, since the user never saw the card.
        setMessage(tr("Card %1 could not be read; its chain ends here.").arg(m_drill->currentCard()));
        m_card.reset();
        m_preview.reset();
        m_drill->answer(Fsrs::Rating::Again);
        showCurrent();
        return;
    }
    m_answerTimer.start();
    Q_EMIT cardChanged();
    // The phase changes after the card, so a view that moves focus on phaseChanged sees the new card.
    if (m_phase == u"question"_s) {
        Q_EMIT phaseChanged();
    } else {
        setPhase(u"question"_s);
    }
}

void DrillController::reveal()
{
    if (m_phase == u"question"_s) {
        setPhase(u"answer"_s);
    }
}

void DrillController::grade(int rating)
{
    if (m_phase != u"answer"_s || !m_card || !m_preview || rating < 1 || rating > 4) {
        return;
    }
    const InterviewDrill before = *m_drill;
    const auto result = m_service->answer(m_card->cardId, Fsrs::Rating(rating), now(), m_answerTimer.elapsed(), m_preview->shown);
    if (result.ok()) {
        m_history.append(before);
        setMessage({});
    } else {
        setMessage(tr("The answer was not recorded: %1").arg(result.message));
    }
    m_drill->answer(Fsrs::Rating(rating));
    showCurrent();
}

void DrillController::undo()
{
    if (!canUndo()) {
        return;
    }
    const auto result = m_service->undo();
    const InterviewDrill before = m_history.takeLast();
    if (!result.ok()) {
        setMessage(result.message);
        Q_EMIT cardChanged();
        return;
    }
    m_drill = before;
    setMessage(tr("Undone."));
    showCurrent();
}

void DrillController::finish()
{
    if (m_phase != u"question"_s && m_phase != u"answer"_s) {
        return;
    }
    m_card.reset();
    m_preview.reset();
    Q_EMIT cardChanged();
    setPhase(u"done"_s);
}

void DrillController::close()
{
    m_card.reset();
    m_preview.reset();
    m_drill.reset();
    m_history.clear();
    m_service.reset();
    setNotes({});
    setMessage({});
    Q_EMIT cardChanged();
    setPhase(u"idle"_s);
}

void DrillController::setPhase(const QString &phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        Q_EMIT phaseChanged();
    }
}

void DrillController::setMessage(const QString &message)
{
    if (m_message != message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

QString DrillController::questionLine(const QString &key) const
{
    const auto card = CardContent::loadByKey(m_collection.connection(), key);
    if (!card) {
        return key;
    }
    static const QRegularExpression marks(u"[*_`#>]+"_s);
    for (const QString &line : card->front.split(u'\n')) {
        const QString plain = QString(line).remove(marks).simplified();
        if (!plain.isEmpty()) {
            return plain;
        }
    }
    return key;
}
