// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

/// The workspace's boards for the sidebar, refreshed from the store after each list change.
class BoardListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.board.boards")

public:
    enum Roles {
        BoardIdRole = Qt::UserRole + 1, ///< database id (int)
        NameRole, ///< the user's name for the board
        ModifiedRole, ///< last change, local date and time text
    };

    explicit BoardListModel(QObject *parent = nullptr);

    void setBoards(const QList<Board::BoardInfo> &boards);
    [[nodiscard]] const QList<Board::BoardInfo> &boards() const
    {
        return m_boards;
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Board::BoardInfo> m_boards;
};
