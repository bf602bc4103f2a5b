// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicecontroller.h"

#include "board/boardscene.h"
#include "board/boardstore.h"
#include "board/renderer.h"
#include "boardcontroller.h"
#include "collection.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace
{
QString clock(qint64 ms)
{
    const qint64 seconds = std::abs(ms) / 1000;
    return u"%1%2:%3"_s.arg(ms < 0 ? u"+"_s : QString()).arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(20);
}
} // namespace

PracticeController::PracticeController(Collection &collection, BoardController *board, Clock clock, QObject *parent)
    : QObject(parent)
    , m_collection(collection)
    , m_board(board)
    , m_clock(std::move(clock))
    , m_prompts(Board::PromptLibrary::builtin())
    , m_stencils(Board::StencilLibrary::builtin())
    , m_store(collection.database().connection())
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PracticeController::clockChanged);
    reloadAttempts();
}

PracticeController::~PracticeController() = default;

qint64 PracticeController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QVariantList PracticeController::prompts() const
{
    QVariantList out;
    for (const Board::DesignPrompt &p : m_prompts.prompts()) {
        out.append(QVariantMap {
            {u"key"_s, p.key},
            {u"title"_s, p.title},
            {u"kind"_s, p.kind == Board::DesignPrompt::Kind::Training ? u"training"_s : u"inference"_s},
            {u"minutes"_s, p.minutes},
            {u"attempts"_s, m_attemptCounts.value(p.key)},
        });
    }
    return out;
}

QVariantList PracticeController::stencils() const
{
    QVariantList out;
    for (const Board::Stencil &s : m_stencils.stencils()) {
        out.append(QVariantMap {{u"key"_s, s.key}, {u"name"_s, s.name}, {u"category"_s, s.category}, {u"description"_s, s.description}});
    }
    return out;
}

QString PracticeController::promptKey() const
{
    return m_round ? m_round->prompt().key : QString();
}

QString PracticeController::promptTitle() const
{
    return m_round ? m_round->prompt().title : QString();
}

QString PracticeController::promptText() const
{
    return m_round ? m_round->prompt().prompt : QString();
}

QStringList PracticeController::assumptions() const
{
    return m_round ? m_round->prompt().assumptions : QStringList();
}

QVariantList PracticeController::rubric() const
{
    QVariantList out;
    if (m_round) {
        for (const Board::RubricItem &item : m_round->prompt().rubric) {
            out.append(QVariantMap {{u"id"_s, item.id}, {u"text"_s, item.text}, {u"checked"_s, m_round->isChecked(item.id)}});
        }
    }
    return out;
}

int PracticeController::checkedCount() const
{
    return m_round ? m_round->checkedCount() : 0;
}

int PracticeController::rubricTotal() const
{
    return m_round ? m_round->total() : 0;
}

void PracticeController::setLimitMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 180);
    if (minutes != m_limitMinutes) {
        m_limitMinutes = minutes;
        Q_EMIT limitMinutesChanged();
    }
}

QString PracticeController::clockText() const
{
    return clock(m_round ? m_round->remainingMs(now()) : qint64(m_limitMinutes) * 60'000);
}

bool PracticeController::isOverTime() const
{
    return m_round && m_round->remainingMs(now()) < 0;
}

double PracticeController::timeFraction() const
{
    if (!m_round || m_round->limitMs() <= 0) {
        return 0;
    }
    return std::clamp(double(m_round->elapsedMs(now())) / double(m_round->limitMs()), 0.0, 1.0);
}

void PracticeController::setAttemptsPromptKey(const QString &key)
{
    if (key != m_attemptsKey) {
        m_attemptsKey = key;
        m_comparison.clear();
        reloadAttempts();
        Q_EMIT comparisonChanged();
    }
}

QVariantList PracticeController::attempts() const
{
    QVariantList out;
    int number = 0;
    for (const Board::DesignAttempt &a : m_attempts) {
        out.append(QVariantMap {
            {u"id"_s, int(a.id)},
            {u"number"_s, ++number},
            {u"boardId"_s, int(a.boardId)},
            {u"startedAt"_s, double(a.startedAt)},
            {u"timeText"_s, clock(a.timeUsedMs)},
            {u"checked"_s, a.rubricChecked},
            {u"total"_s, a.rubricTotal},
            {u"scorePercent"_s, int(std::lround(a.score() * 100))},
        });
    }
    return out;
}

void PracticeController::setDropPoint(QPointF point)
{
    if (!m_hasDropPoint || point != m_dropPoint) {
        m_dropPoint = point;
        m_hasDropPoint = true;
        Q_EMIT dropPointChanged();
    }
}

void PracticeController::setMessage(const QString &message)
{
    if (message != m_message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

bool PracticeController::start(const QString &key)
{
    const Board::DesignPrompt *prompt = m_prompts.find(key);
    if (!prompt || m_round) {
        setMessage(m_round ? tr("Finish or abandon the running round first.") : tr("There is no prompt “%1”.").arg(key));
        return false;
    }
    m_board->newBoard();
    const int boardId = m_board->currentBoardId();
    const int attempt = m_attemptCounts.value(key) + 1;
    m_board->renameBoard(boardId, tr("%1 — attempt %2").arg(prompt->title).arg(attempt));
    const qint64 started = now();
    Board::DesignRound round(*prompt, started, qint64(m_limitMinutes) * 60'000);
    m_roundId = m_store.start(key, boardId, started, round.total());
    if (m_roundId == 0) {
        setMessage(tr("The round could not be saved to the database."));
        return false;
    }
    m_round = std::move(round);
    m_ticker.start();
    setMessage({});
    Q_EMIT roundChanged();
    Q_EMIT rubricChanged();
    Q_EMIT clockChanged();
    return true;
}

void PracticeController::togglePause()
{
    if (!m_round) {
        return;
    }
    if (m_round->isPaused()) {
        m_round->resume(now());
        m_ticker.start();
    } else {
        m_round->pause(now());
        m_ticker.stop();
    }
    Q_EMIT roundChanged();
    Q_EMIT clockChanged();
}

void PracticeController::setChecked(const QString &itemId, bool checked)
{
    if (m_round && m_round->setChecked(itemId, checked)) {
        Q_EMIT rubricChanged();
    }
}

void PracticeController::finish()
{
    if (!m_round) {
        return;
    }
    const qint64 ended = now();
    if (m_store.finish(m_roundId, *m_round, ended) == StoreChanges(StoreChange::None)) {
        setMessage(tr("The attempt could not be saved to the database."));
        return;
    }
    setMessage(tr("Attempt saved: %1 of %2 rubric items in %3.").arg(m_round->checkedCount()).arg(m_round->total()).arg(clock(m_round->elapsedMs(ended))));
    m_attemptsKey = m_round->prompt().key;
    endRound();
}

void PracticeController::abandon()
{
    if (!m_round) {
        return;
    }
    m_store.discard(m_roundId);
    setMessage(tr("Round abandoned; the board is kept."));
    endRound();
}

void PracticeController::endRound()
{
    m_round.reset();
    m_roundId = 0;
    m_ticker.stop();
    reloadAttempts();
    Q_EMIT roundChanged();
    Q_EMIT rubricChanged();
    Q_EMIT clockChanged();
}

void PracticeController::reloadAttempts()
{
    m_attemptCounts.clear();
    for (const Board::DesignPrompt &p : m_prompts.prompts()) {
        m_attemptCounts.insert(p.key, int(m_store.attempts(p.key).size()));
    }
    m_attempts = m_attemptsKey.isEmpty() ? QList<Board::DesignAttempt>() : m_store.attempts(m_attemptsKey);
    Q_EMIT attemptsChanged();
}

bool PracticeController::placeStencil(const QString &key)
{
    if (m_board->currentBoardId() == 0) {
        m_board->newBoard();
    }
    const Board::Document &doc = m_board->scene().document();
    QPointF at = m_dropPoint;
    if (!m_hasDropPoint) {
        // Without a view centre from the page: right of the selection or of the drawing.
        QSet<QString> selected(m_board->selection().cbegin(), m_board->selection().cend());
        const QRectF bounds = Board::Renderer::sceneBounds(doc, selected.isEmpty() ? nullptr : &selected);
        at = bounds.isEmpty() ? QPointF(0, 0) : QPointF(bounds.right() + 140, bounds.center().y());
    }
    Board::Edit edit;
    edit.put = m_stencils.instantiate(key, at, newId);
    if (edit.put.isEmpty() || !m_board->scene().commit(tr("Add %1").arg(stencilName(key)), edit)) {
        return false;
    }
    QStringList ids;
    for (const Board::Element &e : std::as_const(edit.put)) {
        ids.append(e.id);
    }
    m_board->select(ids);
    return true;
}

void PracticeController::compare(int earlierId, int laterId)
{
    const std::optional<Board::DesignAttempt> earlier = m_store.find(earlierId);
    const std::optional<Board::DesignAttempt> later = m_store.find(laterId);
    if (!earlier || !later) {
        return;
    }
    Board::BoardStore boards(m_collection.database().connection());
    const Board::Document before = earlier->boardId ? boards.load(earlier->boardId).value_or(Board::Document {}) : Board::Document {};
    const Board::Document after = later->boardId ? boards.load(later->boardId).value_or(Board::Document {}) : Board::Document {};
    const Board::AttemptComparison c = Board::compareAttempts(*earlier, before, *later, after);
    const auto texts = [&](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids) {
            out.append(rubricText(later->promptKey, id));
        }
        return out;
    };
    const auto components = [&](const QHash<QString, int> &counts) {
        QStringList out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            out.append(it.value() > 1 ? u"%1 × %2"_s.arg(it.value()).arg(stencilName(it.key())) : stencilName(it.key()));
        }
        out.sort(Qt::CaseInsensitive);
        return out;
    };
    const QString sign = c.timeDeltaMs > 0 ? u"+"_s : (c.timeDeltaMs < 0 ? u"−"_s : QString());
    const QString timeDelta = sign + clock(std::abs(c.timeDeltaMs));
    m_comparison = QVariantMap {
        {u"earlierId"_s, earlierId},
        {u"laterId"_s, laterId},
        {u"scoreDelta"_s, int(std::lround(c.scoreDelta * 100))},
        {u"checkedDelta"_s, c.checkedDelta},
        {u"timeDeltaText"_s, timeDelta},
        {u"newlyChecked"_s, texts(c.newlyChecked)},
        {u"newlyMissed"_s, texts(c.newlyMissed)},
        {u"added"_s, components(c.addedComponents)},
        {u"removed"_s, components(c.removedComponents)},
    };
    Q_EMIT comparisonChanged();
}

void PracticeController::openAttemptBoard(int boardId)
{
    if (boardId > 0) {
        m_board->openBoard(boardId);
    }
}

QString PracticeController::stencilName(const QString &key) const
{
    const Board::Stencil *s = m_stencils.find(key);
    return s ? s->name : key;
}

QString PracticeController::rubricText(const QString &promptKey, const QString &itemId) const
{
    if (const Board::DesignPrompt *p = m_prompts.find(promptKey)) {
        for (const Board::RubricItem &item : p->rubric) {
            if (item.id == itemId) {
                return item.text;
            }
        }
    }
    return itemId;
}
