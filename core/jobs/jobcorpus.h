// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// A posting with a known label: one file of resources/jobs/corpus, or a user's correction.
struct LabelledPosting {
    QString id; ///< file name or correction id, for messages
    QByteArray raw; ///< the posting's bytes (any format JobText::extract reads)
    QString fileNameHint; ///< tells extract() the format, e.g. "p001.md"; may be empty
    bool mlSystems = false;
    bool test = false; ///< held out: never used for fitting by the trainer tool
    bool hard = false; ///< a misleading case (ML-heavy blurb on a systems job, "Infrastructure" title on kernel work, …)
    double weight = 1; ///< how much it counts in the fit; user corrections may count more than corpus postings
};

/// Reads the labelled corpus format: header lines `label: ml-systems|systems-with-ml`, `split: train|test`,
/// `hard: yes|no`, `format: text|markdown|html`, `note: …`, a line `---`, then the posting body.
namespace JobCorpus
{
/// Parses one corpus file; false with `error` (e.g. "no '---' line") when it is not in that format.
[[nodiscard]] bool parse(const QByteArray &file, const QString &id, LabelledPosting *posting, QString *error = nullptr);
/// Every *.txt corpus file in `directory`, sorted by name. Files that do not parse are listed in `errors`.
[[nodiscard]] QList<LabelledPosting> loadDirectory(const QString &directory, QStringList *errors = nullptr);
}
