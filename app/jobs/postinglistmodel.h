// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/postingstore.h"

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>
#include <QSet>

/// The Jobs page's table: the live postings, highest P(ML systems) first, as PostingStore::rows() reads
/// them, plus which rows the user ticked for "apply to my plan". JobsController fills it; ticks survive a
/// reload for the postings still listed.
class PostingListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.jobs.postings")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedChanged)

public:
    enum Roles {
        PostingIdRole = Qt::UserRole + 1, ///< qint64 job_postings.id
        TitleRole, ///< guessed from the text; the file name when none was found
        CompanyRole, ///< guessed from the text; may be empty
        FileNameRole, ///< the file's name without its folder; empty for pasted text
        LabelRole, ///< "ML systems" or "Systems with ML" (translated), the user's label when set
        MlSystemsRole, ///< bool, the label shown
        ProbabilityRole, ///< double P(ML systems) as the model gave it
        ProbabilityTextRole, ///< P as "0.87"
        AmbiguousRole, ///< bool, P in the model's middle band (and no label set by the user)
        CorrectedRole, ///< bool, the user set the label
        TickedRole, ///< bool, ticked for "apply to my plan"
    };
    Q_ENUM(Roles)

    explicit PostingListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const;
    [[nodiscard]] int checkedCount() const;

    /// Replaces the rows (one reset); ticks of postings no longer listed are dropped.
    void setRows(QList<PostingSummary> rows);
    /// The row at `row`, or nullptr when out of range.
    [[nodiscard]] const PostingSummary *at(int row) const;
    /// The row listing posting `id`, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;
    /// The ticked postings, in table order.
    [[nodiscard]] QList<PostingSummary> checkedRows() const;

    Q_INVOKABLE void setChecked(int row, bool checked);
    Q_INVOKABLE void toggleChecked(int row);
    /// Ticks every row, or clears every tick when all are ticked already.
    Q_INVOKABLE void toggleAll();

Q_SIGNALS:
    void countChanged();
    void checkedChanged();

private:
    QList<PostingSummary> m_rows;
    QSet<qint64> m_checked;
};
