// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

/// What one user action changed, so that views refresh only what they show (Anki's OpChanges).
enum class StoreChange {
    None = 0,
    Decks = 1 << 0,
    Cards = 1 << 1,
    Reviews = 1 << 2,
    TimeLog = 1 << 3,
    Boards = 1 << 4,
    Jobs = 1 << 5,
    Journal = 1 << 6,
    Settings = 1 << 7,
};
Q_DECLARE_FLAGS(StoreChanges, StoreChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(StoreChanges)
