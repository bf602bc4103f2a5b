// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deck.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// The Markdown deck format of docs/deck-format.md: built-in decks and a user's own decks.
///
/// Parsing never fails as a whole: every problem is collected with its file and line, a card with
/// a problem is left out, and the other cards are kept. Bytes that are not UTF-8, CRLF line ends, a
/// byte-order mark and very long fields are all handled; the parser takes time linear in the input.
namespace MarkdownDeck
{
/// One thing wrong with a deck file. `cardKey` names the card that was left out because of it
/// (empty for a problem with the file or its metadata), so that a merge can tell a card the
/// author broke from a card the author removed.
struct Problem {
    QString file;
    int line = 0; ///< 1-based; 0 when the problem is with the file as a whole
    QString cardKey;
    QString message;

    /// `file:line: message`, the form compilers use, so editors can jump to it.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Problem &, const Problem &) = default;
};

struct ParseResult {
    DeckFile deck;
    QList<Problem> problems;

    /// True when the file has a valid `deck-id`: only then can its cards be merged or imported.
    [[nodiscard]] bool hasDeck() const;
};

/// Parses the bytes of a deck file. `fileName` is only used in problems.
[[nodiscard]] ParseResult parse(const QByteArray &bytes, const QString &fileName);

/// Reads and parses a file (a path or a `:/` resource); an unreadable file is a problem.
[[nodiscard]] ParseResult parseFile(const QString &path);

/// A fenced code block found in card text.
struct CodeBlock {
    QString language; ///< the first word after the opening fence; empty when none is given
    QString code; ///< the lines between the fences
};

/// The fenced code blocks of a Markdown text, in order. An unterminated fence runs to the end.
[[nodiscard]] QList<CodeBlock> codeBlocks(QStringView markdown);

/// Words of prose in a Markdown text: fenced code blocks are not counted, nor are tokens with no
/// letter or digit (table pipes, `·`, `=`, list dashes).
[[nodiscard]] int proseWordCount(QStringView markdown);

/// Card, deck and follow-up ids: `[a-z0-9]` runs joined by single dashes (`attn-kv-cache-why`).
/// Tags follow the same rule.
[[nodiscard]] bool isValidId(QStringView id);

/// Code block languages that map to a KDE Syntax Highlighting definition.
[[nodiscard]] const QStringList &codeLanguages();

/// The topics a deck may name in its `topic:` line.
[[nodiscard]] const QStringList &topics();

/// `basic`, `three-level` or `derive` to a kind; false for any other name.
[[nodiscard]] bool kindFromName(QStringView name, CardKind *kind);
}
