// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// How a card is answered. Stored as text in `cards.kind` (see cardKindName()).
enum class CardKind {
    Basic, ///< `### Front` and `### Back`
    ThreeLevel, ///< `### Front`, then `### Technical`, `### Architectural` and `### Business`
    Derive, ///< `### Front` and `### Back` describe a generator (CardDraft::derive) that draws numbers per review
};

/// The name a deck file and the `cards.kind` column use: `basic`, `three-level` or `derive`.
[[nodiscard]] inline QString cardKindName(CardKind kind)
{
    switch (kind) {
    case CardKind::ThreeLevel:
        return QStringLiteral("three-level");
    case CardKind::Derive:
        return QStringLiteral("derive");
    case CardKind::Basic:
        break;
    }
    return QStringLiteral("basic");
}

/// The three answers of a `three-level` card, each Markdown.
struct ThreeLevels {
    QString technical; ///< mechanism and numbers
    QString architectural; ///< the system or design consequence
    QString business; ///< cost, time, risk

    friend bool operator==(const ThreeLevels &, const ThreeLevels &) = default;
};

/// One card as a deck file states it, before it has a row in the database. Text is Markdown.
struct CardDraft {
    QString key; ///< stable id, `<deck-id>-<slug>`; the database keys schedules and history by it
    CardKind kind = CardKind::Basic;
    QString front;
    /// The answer. For a three-level card: the three levels assembled into one Markdown text,
    /// each under its name in bold (`**Technical**`, …), so that every view can show it as is.
    QString back;
    ThreeLevels levels; ///< the separate levels of a three-level card; empty for a basic card
    QStringList tags; ///< lowercase kebab-case, in file order
    QString source; ///< where the facts come from; empty when the file gives none
    QStringList followUps; ///< ids of the cards an interviewer would ask next, in file order
    QString derive; ///< a derive card's generator (Derive::generators()); empty for other kinds
    int line = 0; ///< 1-based line of the card's `## id` heading in its file

    friend bool operator==(const CardDraft &, const CardDraft &) = default;
};
