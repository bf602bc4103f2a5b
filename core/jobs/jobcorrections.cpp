// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcorrections.h"

#include "jobtrainer.h"
#include "storage/sqlfile.h"
#include "storage/storagelog.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
/// Runs the named statement with `values`; on failure sets `error` to its name and the reason.
bool run(const QSqlDatabase &db, const QString &name, const QVariantList &values, QString *error, int *rowsAffected = nullptr)
{
    QSqlQuery query = SqlFile::prepare(db, name);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = u"%1: %2"_s.arg(name, query.lastError().text());
        return false;
    }
    if (rowsAffected) {
        *rowsAffected = query.numRowsAffected();
    }
    return true;
}

JobCorrections::Result failure(const QString &error)
{
    qCWarning(lcStorage) << "job corrections:" << error;
    return {{}, error};
}

/// Runs `statements` (name, values) in one transaction; Jobs changed when any row was touched.
JobCorrections::Result transact(QSqlDatabase &db, const QList<std::pair<QString, QVariantList>> &statements)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failure(transaction.errorText());
    }
    QString error;
    int touched = 0;
    for (const auto &[name, values] : statements) {
        int rows = 0;
        if (!run(db, name, values, &error, &rows)) {
            return failure(error);
        }
        touched += rows;
    }
    if (!transaction.commit()) {
        return failure(transaction.errorText());
    }
    JobCorrections::Result result;
    if (touched > 0) {
        result.changes = StoreChange::Jobs;
    }
    return result;
}
}

bool JobCorrections::Result::ok() const
{
    return error.isEmpty();
}

JobCorrections::JobCorrections(QSqlDatabase db, std::function<qint64()> clock) : m_db(std::move(db)), m_clock(std::move(clock))
{
}

qint64 JobCorrections::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

JobCorrections::Result JobCorrections::correct(qint64 postingId, bool mlSystems)
{
    Result result = transact(m_db, {{u"jobs/correction_upsert"_s, {mlSystems ? 1 : 0, now(), postingId}}});
    if (result.ok() && !result.changes) {
        return failure(u"no job posting %1"_s.arg(postingId));
    }
    return result;
}

JobCorrections::Result JobCorrections::restore(qint64 postingId, std::optional<bool> previous)
{
    if (!previous) {
        return transact(m_db, {{u"jobs/correction_delete"_s, {postingId}}});
    }
    return transact(m_db, {{u"jobs/correction_restore"_s, {*previous ? 1 : 0, now(), postingId}}});
}

std::optional<bool> JobCorrections::label(qint64 postingId) const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/correction_select"_s);
    query.addBindValue(postingId);
    if (query.exec() && query.next()) {
        return query.value(0).toBool();
    }
    return std::nullopt;
}

int JobCorrections::count() const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/corrections_count"_s);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<LabelledPosting> JobCorrections::examples() const
{
    QList<LabelledPosting> examples;
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/corrections_all"_s);
    query.setForwardOnly(true);
    if (!query.exec()) {
        qCWarning(lcStorage) << "job corrections:" << query.lastError().text();
        return examples;
    }
    while (query.next()) {
        LabelledPosting posting;
        posting.id = u"correction-%1"_s.arg(examples.size() + 1);
        posting.raw = query.value(0).toByteArray();
        posting.fileNameHint = query.value(1).toString();
        posting.mlSystems = query.value(2).toBool();
        posting.weight = CorrectionWeight;
        examples.append(posting);
    }
    return examples;
}

JobModel JobCorrections::currentModel(QString *error) const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/model_select"_s);
    if (query.exec() && query.next()) {
        QString parseError;
        JobModel local = JobModel::fromJson(query.value(0).toString().toUtf8(), &parseError);
        if (local.isValid()) {
            return local;
        }
        // A stored model this version cannot read: the shipped one is the safe answer, and the next
        // correction refits over it.
        qCWarning(lcStorage) << "ignoring the stored job model:" << parseError;
    }
    return JobModel::load(error);
}

int JobCorrections::localModelCorrections() const
{
    QSqlQuery query = SqlFile::prepare(m_db, u"jobs/model_select"_s);
    return query.exec() && query.next() ? query.value(1).toInt() : 0;
}

JobCorrections::Result JobCorrections::refit(JobModel *model)
{
    const QList<LabelledPosting> corrections = examples();
    if (corrections.isEmpty()) {
        Result result = transact(m_db, {{u"jobs/model_delete"_s, {}}});
        *model = JobModel::load();
        return result;
    }
    QString error;
    TrainOptions options;
    options.base = JobModel::load(&error);
    if (!options.base->isValid()) {
        return failure(error);
    }
    options.anchorToBase = true;
    JobModel fitted = JobTrainer::train(corrections, options);
    if (!fitted.isValid()) {
        return failure(u"the refit produced no model"_s);
    }
    Result result = transact(m_db, {{u"jobs/model_upsert"_s, {QString::fromUtf8(fitted.toJsonBytes()), int(corrections.size()), now()}}});
    if (result.ok()) {
        *model = std::move(fitted);
    }
    return result;
}

JobCorrections::Result JobCorrections::reset()
{
    return transact(m_db, {{u"jobs/model_delete"_s, {}}, {u"jobs/correction_delete_all"_s, {}}});
}
