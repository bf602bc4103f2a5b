// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobemphasis.h"

#include "storage/settingsstore.h"
#include "storage/transaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
const QString kShareKey = u"jobs/emphasis/mlSystemsShare"_s;
const QString kPostingsKey = u"jobs/emphasis/postings"_s;
}

namespace JobEmphasisStore
{
JobEmphasis load(QSqlDatabase &db)
{
    const SettingsStore settings(db);
    JobEmphasis result;
    bool ok = false;
    const double share = settings.value(kShareKey).toDouble(&ok);
    if (ok && share >= 0.0 && share <= 1.0) {
        result.mlSystemsShare = share;
    }
    result.postings = std::max(0, settings.intValue(kPostingsKey, 0));
    return result;
}

bool save(QSqlDatabase &db, const JobEmphasis &e, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return fail(transaction.errorText());
    }
    SettingsStore settings(db);
    const double share = std::clamp(e.mlSystemsShare, 0.0, 1.0);
    if (!settings.setValue(kShareKey, QString::number(share, 'g', 17)) || !settings.setValue(kPostingsKey, QString::number(std::max(0, e.postings)))) {
        return fail(u"cannot store the job emphasis"_s);
    }
    if (!transaction.commit()) {
        return fail(transaction.errorText());
    }
    return true;
}
}
