// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>

class Highlighter;

/// Turns card Markdown into what the card view draws: prose segments for `Text.MarkdownText` and
/// code segments as highlighted rich text with their block colours. Highlighting follows the dark
/// flag; results are cached by the highlighter, so a card shown twice costs nothing the second time.
class CardFormatter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.cardFormatter")

    /// One sentence to show once when code cannot be highlighted (tool missing); empty otherwise.
    Q_PROPERTY(QString notice READ notice CONSTANT)

public:
    explicit CardFormatter(QObject *parent = nullptr);
    ~CardFormatter() override;

    [[nodiscard]] QString notice() const;

    /// A list of maps: `{kind: "markdown", text}` or `{kind: "code", html, background, foreground,
    /// language}`. Markdown is made safe first: remote images and raw HTML image tags are removed,
    /// so a card can never make the app fetch anything.
    Q_INVOKABLE QVariantList segments(const QString &markdown, bool dark);

    /// The same text without remote resources (exposed for the rare plain `Text.MarkdownText`).
    [[nodiscard]] static QString withoutRemoteResources(const QString &markdown);

private:
    QString m_notice; // before m_highlighter: its constructor fills this
    std::unique_ptr<Highlighter> m_highlighter;
};
