// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighter.h"

#include "highlightcache.h"
#include "katehighlighter.h"
#include "plainhighlighter.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

Highlighter::~Highlighter() = default;

QString highlightSyntaxFor(const QString &language)
{
    // The fence names our cards use, plus the usual spellings of the same languages. The KDE
    // definitions have no CUDA: C++ covers its syntax (kernels' <<<…>>> stay unhighlighted).
    static const QHash<QString, QString> syntaxes = {
        {u"python"_s, u"Python"_s},
        {u"py"_s, u"Python"_s},
        {u"cpp"_s, u"C++"_s},
        {u"c++"_s, u"C++"_s},
        {u"cuda"_s, u"C++"_s},
        {u"cu"_s, u"C++"_s},
        {u"bash"_s, u"Bash"_s},
        {u"shell"_s, u"Bash"_s},
        {u"sh"_s, u"Bash"_s},
        {u"json"_s, u"JSON"_s},
        {u"yaml"_s, u"YAML"_s},
        {u"yml"_s, u"YAML"_s},
        {u"sql"_s, u"SQL"_s},
    };
    return syntaxes.value(language.trimmed().toLower());
}

std::unique_ptr<Highlighter> createDefaultHighlighter(QString *notice)
{
    if (KateHighlighter::isAvailable()) {
        if (notice) {
            notice->clear();
        }
        return std::make_unique<HighlightCache>(std::make_unique<KateHighlighter>());
    }
    if (notice) {
        *notice = QCoreApplication::translate(
            "Highlighter", "Code highlighting is off: kate-syntax-highlighter was not found (Debian package libkf5syntaxhighlighting-tools).");
    }
    return std::make_unique<HighlightCache>(std::make_unique<PlainHighlighter>());
}
