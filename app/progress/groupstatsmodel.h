// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/cardstats.h"

#include <QAbstractListModel>
#include <QQmlEngine>

/// Decks or topics (tags) with their card counts and mastery, for the dashboard's tables.
class GroupStatsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Filled by DashboardController")

public:
    enum Roles {
        NameRole = Qt::UserRole + 1, ///< deck name or tag
        TotalRole, ///< live cards
        NewRole,
        LearningRole, ///< learning and relearning
        ReviewRole,
        SuspendedRole,
        MasteryNowRole, ///< mean retrievability now, unseen cards at 0, in [0, 1]
        MasteryOnDateRole, ///< the same on the interview date if nothing more were reviewed
    };
    Q_ENUM(Roles)

    explicit GroupStatsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setGroups(QList<GroupStats> groups);

private:
    QList<GroupStats> m_groups;
};
