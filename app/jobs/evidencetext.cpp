// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{
const QString LinkPrefix = u"evidence:"_s;

/// Escapes for HTML and keeps line breaks (Qt's rich text has no white-space: pre-wrap on a div).
QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped().replace(u'\n', u"<br>"_s);
}
}

namespace EvidenceText
{
QString html(const QString &plainText, const QList<Evidence> &evidence, const QColor &mlSystems, const QColor &systems, const QColor &text)
{
    const qsizetype length = std::min(plainText.size(), MaxChars);
    // Spans by start; a span overlapping one already taken is dropped.
    std::map<qsizetype, int> spans;
    std::vector<std::pair<qsizetype, qsizetype>> taken;
    for (int i = 0; i < evidence.size(); ++i) {
        const Evidence &item = evidence.at(i);
        if (item.start < 0 || item.end > length || item.start >= item.end || item.weight == 0) {
            continue;
        }
        const bool overlaps = std::any_of(taken.cbegin(), taken.cend(), [&item](const auto &range) {
            return item.start < range.second && range.first < item.end;
        });
        if (!overlaps) {
            taken.emplace_back(item.start, item.end);
            spans.emplace(item.start, i);
        }
    }

    QString html;
    html.reserve(length + length / 8 + qsizetype(spans.size()) * 96);
    qsizetype position = 0;
    for (const auto &[start, index] : spans) {
        const Evidence &item = evidence.at(index);
        html += escaped(QStringView(plainText).sliced(position, start - position));
        const QColor &background = item.weight > 0 ? mlSystems : systems;
        html += u"<a href=\"%1%2\" style=\"text-decoration:none; color:%3; background-color:%4\">"_s.arg(
            LinkPrefix, QString::number(index), text.name(), background.name());
        html += escaped(QStringView(plainText).sliced(start, item.end - start));
        html += u"</a>"_s;
        position = item.end;
    }
    html += escaped(QStringView(plainText).sliced(position, length - position));
    if (length < plainText.size()) {
        html += u"<br><br><i>"_s
            + QCoreApplication::translate(
                    "EvidenceText", "(The text goes on for %n more character(s); only the start is shown.)", nullptr, int(plainText.size() - length))
            + u"</i>"_s;
    }
    return html;
}

int indexOfLink(const QString &link)
{
    if (!link.startsWith(LinkPrefix)) {
        return -1;
    }
    bool ok = false;
    const int index = link.mid(LinkPrefix.size()).toInt(&ok);
    return ok ? index : -1;
}
}
