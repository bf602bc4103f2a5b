// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlighter.h"

#include <QByteArray>

#include <chrono>
#include <optional>

/// Highlights code with KDE's `kate-syntax-highlighter` command-line tool.
///
/// KDE Syntax Highlighting is a Qt 5 library on Debian 12 and cannot be linked into our Qt 6
/// process, so each block runs the tool once (about 20 ms; wrap this in a HighlightCache). The
/// tool's HTML page is never passed through: its `<pre>` body is parsed, only `<span style=…>`
/// with whitelisted colour/weight/style properties and entities are accepted, and everything is
/// re-escaped and re-emitted. Anything else, a timeout, a crash, a missing tool or a language
/// without syntax gives PlainHighlighter's result. Calls block for at most the timeout (the tool
/// is killed then); use from one thread.
class KateHighlighter final : public Highlighter
{
public:
    static constexpr std::chrono::milliseconds DefaultTimeout {3000};
    /// Overrides where the tool is looked for (a path, or a name searched in PATH). Tests point it
    /// to a missing file to simulate a machine without the tool.
    static constexpr const char *ExecutableVariable = "MLPREP_KATE_HIGHLIGHTER";
    /// After this many failed runs in a row (timeouts, crashes) the tool is not run again: a hung
    /// tool must not freeze every card for the timeout.
    static constexpr int MaxConsecutiveFailures = 3;

    /// `executable` defaults to executablePath(); an empty or missing one gives plain results.
    explicit KateHighlighter(const QString &executable = executablePath(), std::chrono::milliseconds timeout = DefaultTimeout);

    [[nodiscard]] HighlightResult highlight(const QString &code, const QString &language, Theme theme) override;

    /// The tool's absolute path: `$MLPREP_KATE_HIGHLIGHTER` if set, else `kate-syntax-highlighter`
    /// from PATH; empty when it does not exist or is not executable.
    [[nodiscard]] static QString executablePath();
    [[nodiscard]] static bool isAvailable();
    /// The KDE theme for our light/dark mode: "Breeze Light" or "Breeze Dark".
    [[nodiscard]] static QString themeName(Theme theme);

    /// Parses one page written by the tool into our fragment, or nothing when the page holds
    /// anything but the expected spans and entities. `text` receives the unescaped code the page
    /// shows, so the caller can check the tool rendered exactly its input.
    [[nodiscard]] static std::optional<HighlightResult> parseToolHtml(const QString &page, QString *text = nullptr);

    /// How many times the tool was started by this instance (a test seam for the cache).
    [[nodiscard]] int runCount() const;
    [[nodiscard]] QString executable() const;

private:
    [[nodiscard]] std::optional<QByteArray> runTool(const QString &syntax, Theme theme, const QString &code);

    QString m_executable;
    std::chrono::milliseconds m_timeout;
    int m_runCount = 0;
    int m_consecutiveFailures = 0;
};
