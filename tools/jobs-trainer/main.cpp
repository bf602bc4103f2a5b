// SPDX-License-Identifier: GPL-3.0-or-later
// mlprep_jobs_trainer: fits the job classifier's weights on the labelled corpus and writes the model JSON
// the app ships. Reports cross-validated and held-out accuracy so a change to the lexicon can be judged.
#include "jobs/jobcorpus.h"
#include "jobs/jobtrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fits the job classifier on a labelled corpus and writes model.json."_s);
    parser.addHelpOption();
    const QCommandLineOption corpusOption(u"corpus"_s, u"Folder of labelled postings (p*.txt)."_s, u"dir"_s);
    const QCommandLineOption lexiconOption(u"lexicon"_s, u"The lexicon to fit (lexicon.json)."_s, u"file"_s);
    const QCommandLineOption outputOption(u"output"_s, u"Where to write the model; omit to only report accuracy."_s, u"file"_s);
    const QCommandLineOption l2Option(u"l2"_s, u"Fixed L2 strength instead of choosing it by cross-validation."_s, u"value"_s);
    parser.addOptions({corpusOption, lexiconOption, outputOption, l2Option});
    parser.process(app);
    if (!parser.isSet(corpusOption) || !parser.isSet(lexiconOption)) {
        err << "mlprep_jobs_trainer: --corpus and --lexicon are required\n";
        return 1;
    }

    QString error;
    TrainOptions options;
    options.base = JobModel::fromJsonFile(parser.value(lexiconOption), &error);
    if (!options.base->isValid()) {
        err << "mlprep_jobs_trainer: " << error << '\n';
        return 2;
    }
    // A lexicon file has weight = prior; train from the priors, not from an earlier fit.
    options.anchorToBase = false;
    options.chooseL2 = !parser.isSet(l2Option);
    if (parser.isSet(l2Option))
        options.l2 = parser.value(l2Option).toDouble();

    QStringList problems;
    const QList<LabelledPosting> corpus = JobCorpus::loadDirectory(parser.value(corpusOption), &problems);
    for (const QString &problem : std::as_const(problems))
        err << "mlprep_jobs_trainer: " << problem << '\n';
    if (corpus.isEmpty()) {
        err << "mlprep_jobs_trainer: no labelled postings in " << parser.value(corpusOption) << '\n';
        return 2;
    }

    JobModel model = JobTrainer::train(corpus, options);
    const JobEvaluation heldOut = JobTrainer::evaluate(model, corpus, true);
    const JobEvaluation onTrain = JobTrainer::evaluate(model, corpus, false);
    QJsonObject info = model.trainingInfo();
    info.insert(u"heldOutAccuracy"_s, heldOut.accuracy());
    info.insert(u"heldOutHardAccuracy"_s, heldOut.hardAccuracy());
    info.insert(u"heldOutPostings"_s, heldOut.total);
    info.insert(u"heldOutHardPostings"_s, heldOut.hardTotal);
    model.setTrainingInfo(info);

    out << "postings: " << corpus.size() << " (train " << info.value(u"examples"_s).toInt() << ", held out " << heldOut.total << ")\n"
        << "l2: " << info.value(u"l2"_s).toDouble() << ", cross-validated log loss " << info.value(u"crossValidatedLogLoss"_s).toDouble() << '\n'
        << "held-out accuracy: " << heldOut.correct << '/' << heldOut.total << " = " << heldOut.accuracy() * 100 << " %\n"
        << "held-out hard: " << heldOut.hardCorrect << '/' << heldOut.hardTotal << " = " << heldOut.hardAccuracy() * 100 << " %\n"
        << "held-out log loss: " << heldOut.logLoss << ", ambiguous " << heldOut.ambiguous << '\n'
        << "all postings: " << onTrain.correct << '/' << onTrain.total << '\n';
    if (!heldOut.misclassified.isEmpty())
        out << "held-out errors: " << heldOut.misclassified.join(u", "_s) << '\n';
    if (!onTrain.misclassified.isEmpty())
        out << "all errors: " << onTrain.misclassified.join(u", "_s) << '\n';

    if (parser.isSet(outputOption)) {
        QSaveFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(model.toJsonBytes()) < 0 || !file.commit()) {
            err << "mlprep_jobs_trainer: cannot write " << parser.value(outputOption) << ": " << file.errorString() << '\n';
            return 2;
        }
        out << "wrote " << parser.value(outputOption) << '\n';
    }
    return 0;
}
