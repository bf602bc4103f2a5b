// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Board
{

/// One thing an interviewer looks for in an answer; `id` is stable so ticks survive wording edits.
struct RubricItem {
    QString id;
    QString text;
    friend bool operator==(const RubricItem &, const RubricItem &) = default;
};

/// A system-design practice prompt with its rubric (resources/board/prompts/*.json).
struct DesignPrompt {
    enum class Kind { Training, Inference };
    QString key;
    Kind kind = Kind::Training;
    QString title;
    QString prompt;
    QStringList assumptions;
    int minutes = 35; ///< the round's default time limit
    QList<RubricItem> rubric;
};

/// The built-in prompts, read once from the compiled-in resources.
class PromptLibrary final
{
public:
    [[nodiscard]] static PromptLibrary builtin();
    /// Parses one prompt file; nullopt (and `error`) when it lacks a key, title or rubric.
    [[nodiscard]] static std::optional<DesignPrompt> parse(const QByteArray &json, QString *error = nullptr);

    [[nodiscard]] const QList<DesignPrompt> &prompts() const
    {
        return m_prompts;
    }
    [[nodiscard]] const DesignPrompt *find(const QString &key) const;

private:
    QList<DesignPrompt> m_prompts;
};

} // namespace Board
