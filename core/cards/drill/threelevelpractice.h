// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/card.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// Practising a three-level card: the user writes a technical, an architectural and a business
/// answer, then sees the model answer next to each with a coverage hint.
///
/// The hint is deliberately simple so that a user can see exactly why it says what it says: the
/// key terms of the model answer (its words minus stop-words, and its numbers with their units)
/// and which of them the user's answer mentions. It is a hint, not a grade: it cannot tell a
/// correct use of a term from a wrong one, and a good answer in other words scores low. The user
/// still grades themselves.
namespace ThreeLevelPractice
{
enum class Level { Technical, Architectural, Business };

/// One key term of a model answer.
struct KeyTerm {
    QString text; ///< as the model answer writes it: "QLoRA", "48 GB"
    bool isNumber = false; ///< a number, matched by value and unit
    bool mentioned = false; ///< the user's answer has it

    friend bool operator==(const KeyTerm &, const KeyTerm &) = default;
};

/// The model answer of one level next to what the user's answer covers of it.
struct LevelHint {
    Level level = Level::Technical;
    QString name; ///< "Technical", "Architectural" or "Business"
    QString modelAnswer; ///< Markdown, as in the deck
    QList<KeyTerm> terms; ///< in order of first appearance in the model answer

    [[nodiscard]] int mentionedCount() const;
    /// mentionedCount() / terms; 1 when the model answer has no key term.
    [[nodiscard]] double coverage() const;
    [[nodiscard]] QStringList missing() const;
};

/// The three levels, Technical first.
[[nodiscard]] QList<LevelHint> compare(const ThreeLevels &model, const ThreeLevels &user);

/// The key terms of a Markdown text, none marked as mentioned. Words are lower-cased, British
/// spellings (-ise, -isation) read as American, plurals as singulars, and hyphenated words split;
/// a number keeps a unit written right after it (GB, %, x, bits, …) and matches only with it.
[[nodiscard]] QList<KeyTerm> keyTerms(QStringView markdown);

/// The three levels of a stored `three-level` card's back (CardDraft::back: each level under its
/// name in bold, in order); nullopt for any other text, e.g. a basic card or a back edited into
/// another shape, so that a view offers practice only where there are three levels to compare.
[[nodiscard]] std::optional<ThreeLevels> levelsOf(QStringView back);

/// The line a view shows with the hint, so that no view presents it as a score.
[[nodiscard]] QString hintDisclaimer();
}
