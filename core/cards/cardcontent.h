// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// What the review screen shows of a card: its text and where it comes from. Read-only; edits go
/// through CardEditor.
struct CardContent {
    qint64 cardId = 0;
    QString key;
    QString deckName;
    QString kind; ///< "basic", "three-level" or "derive"
    QString front; ///< Markdown
    QString back; ///< Markdown
    QStringList tags;
    QString source;
    QStringList followUps; ///< card keys
    QString derive; ///< for kind "derive": the generator that draws its numbers (core/cards/derive)

    /// The card `cardId`, or nullopt when there is none.
    [[nodiscard]] static std::optional<CardContent> load(const QSqlDatabase &db, qint64 cardId);
    /// The live card with stable key `key` (e.g. "attn-kv-cache-why"), or nullopt.
    [[nodiscard]] static std::optional<CardContent> loadByKey(const QSqlDatabase &db, const QString &key);
};
