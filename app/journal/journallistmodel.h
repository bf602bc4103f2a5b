// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalentry.h"

#include <QAbstractListModel>
#include <QQmlEngine>

/// The journal entries the current search shows, newest decision first. JournalController fills it.
class JournalListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.journal.entries")

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1, ///< int: journal_entries id
        TitleRole, ///< QString
        DayTextRole, ///< QString: the decision's day, short locale format
        TagsRole, ///< QString: tags joined with ", "
        SummaryRole, ///< QString: the decision (else the context) on one line
        CardCountRole, ///< int: linked cards
    };

    explicit JournalListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QList<JournalEntry> &entries);
    [[nodiscard]] const QList<JournalEntry> &entries() const;
    /// The row showing entry `id`, or -1: the view selects an entry again after the list was re-read.
    Q_INVOKABLE int rowOf(int id) const;

private:
    QList<JournalEntry> m_entries;
};
