// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// What the job descriptions the user mapped ask for, as one number the study plan can weigh:
/// the share of "ML systems" (training/serving infrastructure, model design) against "systems with
/// ML" (general distributed systems that happen to call a model). The Jobs area writes it; the
/// plan reads it and works with the neutral default before any posting was mapped.
struct JobEmphasis {
    double mlSystemsShare = 0.5; ///< 0 = all "systems with ML", 1 = all "ML systems"
    int postings = 0; ///< postings behind the share; 0 means "no evidence, stay neutral"
};

namespace JobEmphasisStore
{
/// The stored emphasis, or the neutral default when nothing (or something unreadable) is stored.
[[nodiscard]] JobEmphasis load(QSqlDatabase &db);
/// Stores both values in one transaction; the share is clamped to [0, 1], postings to >= 0.
bool save(QSqlDatabase &db, const JobEmphasis &e, QString *error);
}
