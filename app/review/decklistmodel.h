// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>
#include <QSqlDatabase>

struct StudySettings;

/// The deck picker: every deck with what is due today within its limits, and which decks the next
/// session studies. Selection lives here (not in QML) so that the controller reads one source.
class DeckListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.review.decks")

    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    /// Sums over the selected decks, for the Study button.
    Q_PROPERTY(int selectedDue READ selectedDue NOTIFY selectionChanged)

public:
    enum Roles {
        DeckIdRole = Qt::UserRole + 1, ///< qint64 decks.id
        NameRole, ///< display name
        TopicRole, ///< built-in topic, e.g. "serving"; empty for user decks
        NewRole, ///< new cards left today within the limit
        LearningRole, ///< learning cards due now or within the learn-ahead limit
        ReviewRole, ///< review cards due today within the limit
        TotalCardsRole, ///< live cards in the deck
        SelectedRole, ///< bool: part of the next session
    };
    Q_ENUM(Roles)

    explicit DeckListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Rereads decks and counts at `nowMs`, keeping the selection. False on a database error.
    bool reload(const QSqlDatabase &db, const StudySettings &settings, qint64 nowMs, QString *error);

    [[nodiscard]] QList<qint64> selectedDeckIds() const;
    [[nodiscard]] int selectedCount() const;
    [[nodiscard]] int selectedDue() const;
    Q_INVOKABLE void setAllSelected(bool selected);

Q_SIGNALS:
    void selectionChanged();

private:
    struct Row {
        qint64 deckId = 0;
        QString name;
        QString topic;
        int newCards = 0;
        int learning = 0;
        int review = 0;
        int total = 0;
        bool selected = true;
    };
    QList<Row> m_rows;
};
