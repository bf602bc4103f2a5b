// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalmarkdown.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("JournalMarkdown", text);
}

/// `**Label:** text` when text is set.
QString labelled(const char *label, const QString &text)
{
    return text.isEmpty() ? QString() : u"**%1:** %2"_s.arg(tr(label), text);
}

/// A `###` section of the non-empty paragraphs, or a "not recorded" note.
QString section(const char *heading, const QStringList &paragraphs)
{
    QStringList present;
    for (const QString &paragraph : paragraphs) {
        if (!paragraph.isEmpty()) {
            present.append(paragraph);
        }
    }
    if (present.isEmpty()) {
        present.append(tr("_Not recorded yet._"));
    }
    return u"### %1\n\n%2"_s.arg(tr(heading), present.join(u"\n\n"_s));
}

QString codeList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items) {
        quoted.append(u'`' + item + u'`');
    }
    return quoted.join(u", "_s);
}
}

namespace JournalMarkdown
{
QString entry(const JournalEntry &entry)
{
    QStringList parts {u"## %1"_s.arg(entry.title)};
    QStringList meta {u"*%1*"_s.arg(entry.day.toString(Qt::ISODate))};
    if (!entry.tags.isEmpty()) {
        meta.append(labelled("Tags", codeList(entry.tags)));
    }
    if (!entry.cardKeys.isEmpty()) {
        meta.append(labelled("Cards", codeList(entry.cardKeys)));
    }
    // Two trailing spaces: a Markdown line break, so the metadata stays one compact block.
    parts.append(meta.join(u"  \n"_s));
    parts.append(section("Situation", {entry.context, labelled("Constraints", entry.constraints)}));
    parts.append(section("Task", {entry.title}));
    parts.append(section("Action", {labelled("Options considered", entry.options), labelled("Decision", entry.decision)}));
    parts.append(section("Result", {entry.result}));
    return parts.join(u"\n\n"_s);
}

QString document(const QList<JournalEntry> &entries)
{
    QStringList parts {u"# %1"_s.arg(tr("Decision journal"))};
    for (const JournalEntry &journalEntry : entries) {
        parts.append(entry(journalEntry));
    }
    return parts.join(u"\n\n"_s) + u'\n';
}
}
