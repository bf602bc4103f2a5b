// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifycommand.h"

#include "jobs/jobclassifier.h"
#include "jobs/jobtext.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("ClassifyCommand", text);
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption option(u"json"_s, tr("One JSON object per posting instead of tab-separated columns."));
    return option;
}

/// The files named on the command line, folders expanded recursively (hidden entries skipped), in a
/// stable order; paths that do not exist are reported and skipped.
QStringList expandPaths(const QStringList &paths, QTextStream &err, int *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                inFolder.append(it.next());
            inFolder.sort();
            files += inFolder;
        } else if (info.exists()) {
            files.append(path);
        } else {
            err << "mlprep classify: " << path << ": " << tr("no such file or folder") << '\n';
            ++*missing;
        }
    }
    return files;
}

QString tsvField(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

QString tsvLine(const QString &file, const Classification &result)
{
    QStringList evidence;
    for (qsizetype i = 0; i < result.evidence.size() && i < 5; ++i)
        evidence.append(u"%1 (%2)"_s.arg(tsvField(result.evidence[i].text)).arg(result.evidence[i].weight, 0, 'f', 2));
    return QStringList {tsvField(file),
                        result.labelKey(),
                        QString::number(result.pMlSystems, 'f', 3),
                        result.ambiguous ? u"ambiguous"_s : u"clear"_s,
                        result.topics.join(u','),
                        evidence.join(u"; "_s)}
        .join(u'\t');
}

QByteArray jsonLine(const QString &file, const Classification &result)
{
    QJsonArray evidence;
    for (const Evidence &item : result.evidence)
        evidence.append(QJsonObject {{u"text"_s, item.text}, {u"weight"_s, item.weight}, {u"start"_s, item.start}, {u"end"_s, item.end}});
    const QJsonObject object {{u"file"_s, file},
                              {u"label"_s, result.labelKey()},
                              {u"p_ml_systems"_s, result.pMlSystems},
                              {u"ambiguous"_s, result.ambiguous},
                              {u"evidence"_s, evidence},
                              {u"topics"_s, QJsonArray::fromStringList(result.topics)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Reads one file within the size bound; the message explains a refusal.
bool readPosting(const QString &path, QByteArray *bytes, QString *message)
{
    QFile file(path);
    if (file.size() > JobText::MaxBytes) {
        *message = tr("file is larger than 50 MB; no posting is that long");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *message = file.errorString();
        return false;
    }
    *bytes = file.read(JobText::MaxBytes + 1);
    return true;
}
}

QString ClassifyCommand::name() const
{
    return u"classify"_s;
}

QString ClassifyCommand::summary() const
{
    return tr("Label job postings ml-systems or systems-with-ml, with evidence.");
}

void ClassifyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Classifies job postings (plain text, Markdown or HTML files; folders recursively) as \"ml-systems\" "
                                        "(ML depth, systems seasoning) or \"systems-with-ml\" (systems depth, ML fluency).\n"
                                        "Tab-separated columns: file, label, P(ml-systems), ambiguous|clear, topics, top evidence.\n"
                                        "Exit code 2 only when no posting could be read; other problems are reported per file on stderr."));
    parser.addOption(jsonOption());
    parser.addPositionalArgument(u"paths"_s, tr("Posting files or folders."), u"PATH..."_s);
}

int ClassifyCommand::run(const QCommandLineParser &parser, const CommandContext &context) const
{
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        context.err << "mlprep classify: " << tr("no files or folders given") << '\n';
        return ExitUsage;
    }
    QString error;
    const JobModel model = JobModel::load(&error);
    if (!model.isValid()) {
        context.err << "mlprep classify: " << tr("cannot load the job model: ") << error << '\n';
        return ExitInput;
    }
    const JobClassifier classifier(model);
    const bool json = parser.isSet(jsonOption());

    int missing = 0;
    int classified = 0;
    const QStringList files = expandPaths(paths, context.err, &missing);
    for (const QString &file : files) {
        QByteArray bytes;
        QString message;
        if (!readPosting(file, &bytes, &message)) {
            context.err << "mlprep classify: " << file << ": " << message << '\n';
            continue;
        }
        const Classification result = classifier.classify(bytes, file);
        if (!result.warning.isEmpty())
            context.err << "mlprep classify: " << file << ": " << result.warning << '\n';
        if (!result.problem.isEmpty()) {
            context.err << "mlprep classify: " << file << ": " << result.problem << '\n';
            continue;
        }
        if (json)
            context.out << QString::fromUtf8(jsonLine(file, result)) << '\n';
        else
            context.out << tsvLine(file, result) << '\n';
        ++classified;
    }
    context.out.flush();
    if (classified == 0) {
        if (files.isEmpty() && missing == 0)
            context.err << "mlprep classify: " << tr("no files found") << '\n';
        return ExitInput;
    }
    return ExitOk;
}
