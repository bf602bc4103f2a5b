// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/cardstaterepository.h"
#include "cards/reviewlogrepository.h"
#include "cards/studysettings.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace TestSupport
{
/// A fresh, migrated database with helpers that put cards in known states, for the review engine's tests.
class StudyFixture
{
public:
    /// 2025-03-10T12:00:00Z, the tests' "now".
    static constexpr qint64 NoonMs = 1'741'608'000'000;

    StudyFixture();
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QSqlDatabase db() const;

    /// UTC, day start at 4 am, default limits and parameters, fuzz off: what the tests assume.
    [[nodiscard]] static StudySettings settings();
    /// A Review card due at `dueMs`, last answered `intervalDays` before it.
    [[nodiscard]] static CardStateRow reviewRow(qint64 dueMs, double intervalDays = 10.0);
    /// A Learning card at step `step`, due at `dueMs`.
    [[nodiscard]] static CardStateRow learningRow(qint64 dueMs, int step = 0);

    qint64 addDeck(const QString &key, std::optional<int> newPerDay = std::nullopt, std::optional<int> reviewsPerDay = std::nullopt);
    qint64 addCard(qint64 deckId, qint64 createdMs = 0);
    /// addCard() with a card_state row.
    qint64 addCard(qint64 deckId, const CardStateRow &row);
    bool setState(qint64 cardId, const CardStateRow &row);
    qint64 addLog(qint64 cardId, qint64 reviewedAtMs, ReviewKind kind, Fsrs::CardState before, int rating = 3);
    bool setSetting(const QString &key, const QString &value);

    bool exec(const QString &sql);
    [[nodiscard]] QVariant scalar(const QString &sql) const;
    /// Every row of a table, every column with its SQLite type, in rowid order: equal dumps mean that the
    /// rows are unchanged value for value and type for type.
    [[nodiscard]] QList<QVariantList> dump(const QString &table) const;

private:
    TempDataDir m_dir;
    std::unique_ptr<Database> m_database;
    QString m_error;
    int m_nextKey = 0;
};
}
