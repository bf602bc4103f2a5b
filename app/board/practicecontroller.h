// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/practice/designround.h"
#include "board/practice/designroundstore.h"
#include "board/practice/promptlibrary.h"
#include "board/practice/stencillibrary.h"

#include <QObject>
#include <QPointF>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

class BoardController;
class Collection;

/// Timed design rounds and the stencil palette for the board page. A round opens a fresh board for
/// the prompt, runs the clock (default 35 minutes, pausable, allowed to overrun), takes rubric
/// ticks, and on finish writes the attempt (time used, rubric score) to `design_rounds` for the
/// dashboard. Attempts of a prompt are listed and any two can be compared (score, time, components
/// added or dropped). The rules live in core/board/practice; this adapts them to QML.
class PracticeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.practice")

    /// Prompts for the picker: maps with key, title, kind ("training"/"inference"), minutes, attempts.
    Q_PROPERTY(QVariantList prompts READ prompts NOTIFY attemptsChanged)
    /// Stencils for the palette: maps with key, name, category, description.
    Q_PROPERTY(QVariantList stencils READ stencils CONSTANT)
    Q_PROPERTY(bool active READ isActive NOTIFY roundChanged)
    Q_PROPERTY(bool paused READ isPaused NOTIFY roundChanged)
    Q_PROPERTY(QString promptKey READ promptKey NOTIFY roundChanged)
    Q_PROPERTY(QString promptTitle READ promptTitle NOTIFY roundChanged)
    Q_PROPERTY(QString promptText READ promptText NOTIFY roundChanged)
    Q_PROPERTY(QStringList assumptions READ assumptions NOTIFY roundChanged)
    /// The rubric of the running round: maps with id, text, checked.
    Q_PROPERTY(QVariantList rubric READ rubric NOTIFY rubricChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY rubricChanged)
    Q_PROPERTY(int rubricTotal READ rubricTotal NOTIFY roundChanged)
    /// Minutes for the next round (1–180); the default is 35, as in a real interview slot.
    Q_PROPERTY(int limitMinutes READ limitMinutes WRITE setLimitMinutes NOTIFY limitMinutesChanged)
    /// "34:12" counting down, "+2:05" once over time.
    Q_PROPERTY(QString clockText READ clockText NOTIFY clockChanged)
    Q_PROPERTY(bool overTime READ isOverTime NOTIFY clockChanged)
    /// 0..1 of the time limit used (clamped), for a progress bar.
    Q_PROPERTY(double timeFraction READ timeFraction NOTIFY clockChanged)
    /// Attempts of `attemptsPromptKey`, oldest first: maps with id, number, boardId, startedAt (ms),
    /// timeText, checked, total, scorePercent.
    Q_PROPERTY(QString attemptsPromptKey READ attemptsPromptKey WRITE setAttemptsPromptKey NOTIFY attemptsChanged)
    Q_PROPERTY(QVariantList attempts READ attempts NOTIFY attemptsChanged)
    /// The last `compare`: scoreDelta (points), timeDeltaText, newlyChecked/newlyMissed (rubric
    /// texts), added/removed (component names with counts). Empty before a comparison.
    Q_PROPERTY(QVariantMap comparison READ comparison NOTIFY comparisonChanged)
    /// Where `placeStencil` puts a component, in scene units; the page binds it to its view centre.
    Q_PROPERTY(QPointF dropPoint READ dropPoint WRITE setDropPoint NOTIFY dropPointChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    using Clock = std::function<qint64()>;

    /// `clock` returns UTC epoch ms (tests pass a fake one); `board` opens and edits the boards.
    PracticeController(Collection &collection, BoardController *board, Clock clock = {}, QObject *parent = nullptr);
    ~PracticeController() override;

    [[nodiscard]] QVariantList prompts() const;
    [[nodiscard]] QVariantList stencils() const;
    [[nodiscard]] bool isActive() const
    {
        return m_round.has_value();
    }
    [[nodiscard]] bool isPaused() const
    {
        return m_round && m_round->isPaused();
    }
    [[nodiscard]] QString promptKey() const;
    [[nodiscard]] QString promptTitle() const;
    [[nodiscard]] QString promptText() const;
    [[nodiscard]] QStringList assumptions() const;
    [[nodiscard]] QVariantList rubric() const;
    [[nodiscard]] int checkedCount() const;
    [[nodiscard]] int rubricTotal() const;
    [[nodiscard]] int limitMinutes() const
    {
        return m_limitMinutes;
    }
    void setLimitMinutes(int minutes);
    [[nodiscard]] QString clockText() const;
    [[nodiscard]] bool isOverTime() const;
    [[nodiscard]] double timeFraction() const;
    [[nodiscard]] QString attemptsPromptKey() const
    {
        return m_attemptsKey;
    }
    void setAttemptsPromptKey(const QString &key);
    [[nodiscard]] QVariantList attempts() const;
    [[nodiscard]] QVariantMap comparison() const
    {
        return m_comparison;
    }
    [[nodiscard]] QPointF dropPoint() const
    {
        return m_dropPoint;
    }
    void setDropPoint(QPointF point);
    [[nodiscard]] QString message() const
    {
        return m_message;
    }

    /// Starts a round on a new board named after the prompt; refuses while one runs.
    Q_INVOKABLE bool start(const QString &promptKey);
    Q_INVOKABLE void togglePause();
    Q_INVOKABLE void setChecked(const QString &itemId, bool checked);
    /// Ends the round and saves the attempt; the board stays as drawn.
    Q_INVOKABLE void finish();
    /// Ends the round without saving an attempt (the board is kept).
    Q_INVOKABLE void abandon();
    /// Adds a stencil's elements to the open board as one undoable step, selected.
    Q_INVOKABLE bool placeStencil(const QString &key);
    /// Compares two attempts of the same prompt (ids from `attempts`), the earlier one first.
    Q_INVOKABLE void compare(int earlierId, int laterId);
    Q_INVOKABLE void openAttemptBoard(int boardId);

Q_SIGNALS:
    void roundChanged();
    void rubricChanged();
    void clockChanged();
    void limitMinutesChanged();
    void attemptsChanged();
    void comparisonChanged();
    void dropPointChanged();
    void messageChanged();

private:
    [[nodiscard]] qint64 now() const;
    void setMessage(const QString &message);
    void endRound();
    void reloadAttempts();
    [[nodiscard]] QString stencilName(const QString &key) const;
    [[nodiscard]] QString rubricText(const QString &promptKey, const QString &itemId) const;

    Collection &m_collection;
    BoardController *m_board;
    Clock m_clock;
    Board::PromptLibrary m_prompts;
    Board::StencilLibrary m_stencils;
    Board::DesignRoundStore m_store;
    std::optional<Board::DesignRound> m_round;
    qint64 m_roundId = 0;
    int m_limitMinutes = 35;
    QTimer m_ticker;
    QString m_attemptsKey;
    QList<Board::DesignAttempt> m_attempts;
    QHash<QString, int> m_attemptCounts;
    QVariantMap m_comparison;
    QPointF m_dropPoint;
    bool m_hasDropPoint = false;
    QString m_message;
};
