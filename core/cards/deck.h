// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card.h"

#include <QList>
#include <QString>

/// One deck file (built-in or imported Markdown), parsed: its metadata and its cards in file order.
struct DeckFile {
    QString key; ///< the file's `deck-id`: stable, lowercase `[a-z0-9-]`; empty when the file has none
    QString title; ///< the `# Title` line
    QString topic; ///< one of the topics of docs/deck-format.md, or empty
    QString description; ///< one line
    QList<CardDraft> cards;

    friend bool operator==(const DeckFile &, const DeckFile &) = default;
};
