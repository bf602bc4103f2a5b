// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcorpus.h"

#include <QDir>
#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace JobCorpus
{
bool parse(const QByteArray &file, const QString &id, LabelledPosting *posting, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    LabelledPosting result;
    result.id = id;
    bool haveLabel = false;
    QString format = u"text"_s;
    qsizetype pos = 0;
    while (true) {
        if (pos >= file.size())
            return fail(u"no '---' line after the header"_s);
        qsizetype end = file.indexOf('\n', pos);
        if (end < 0)
            end = file.size();
        const QByteArray line = file.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line == "---")
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return fail(u"header line without ':': %1"_s.arg(QString::fromUtf8(line)));
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "label") {
            if (value != "ml-systems" && value != "systems-with-ml")
                return fail(u"label must be ml-systems or systems-with-ml, not %1"_s.arg(QString::fromUtf8(value)));
            result.mlSystems = value == "ml-systems";
            haveLabel = true;
        } else if (key == "split") {
            if (value != "train" && value != "test")
                return fail(u"split must be train or test"_s);
            result.test = value == "test";
        } else if (key == "hard") {
            result.hard = value == "yes";
        } else if (key == "format") {
            format = QString::fromUtf8(value);
        }
    }
    if (!haveLabel)
        return fail(u"no label"_s);
    result.raw = file.mid(pos);
    const QString suffix = format == u"html"_s ? u"html"_s : format == u"markdown"_s ? u"md"_s : u"txt"_s;
    result.fileNameHint = u"%1.%2"_s.arg(id.section(u'.', 0, 0), suffix);
    *posting = std::move(result);
    return true;
}

QList<LabelledPosting> loadDirectory(const QString &directory, QStringList *errors)
{
    QList<LabelledPosting> postings;
    const QDir dir(directory);
    const QStringList names = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QString error;
        LabelledPosting posting;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else if (parse(file.readAll(), name, &posting, &error))
            postings.append(std::move(posting));
        if (!error.isEmpty() && errors)
            errors->append(u"%1: %2"_s.arg(name, error));
    }
    return postings;
}
}
