// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

/// The data of one dashboard chart: one row per bar, cell or point, each with one value per series (one for a
/// plain histogram, five for reviews stacked by card kind). The texts are made here, with the numbers, so
/// that the chart components only draw: `label` goes under the axis, `detail` in the hover tooltip.
class ChartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Filled by DashboardController")

    /// The largest row total, for the value axis (0 when empty).
    Q_PROPERTY(double maximum READ maximum NOTIFY reset)
    /// The names of the series, in the order of each row's values, for the legend.
    Q_PROPERTY(QStringList seriesNames READ seriesNames NOTIFY reset)

public:
    enum Roles {
        LabelRole = Qt::UserRole + 1, ///< short axis label; empty where the axis shows none
        DetailRole, ///< the full text of the row, for the tooltip and screen readers
        ValuesRole, ///< list of numbers, one per series
        TotalRole, ///< the sum of the values
    };
    Q_ENUM(Roles)

    struct Row {
        QString label;
        QString detail;
        QList<double> values;
    };

    explicit ChartModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] double maximum() const;
    [[nodiscard]] QStringList seriesNames() const;
    /// Every row's value of one series, in row order: what a line chart draws its path through.
    Q_INVOKABLE QList<double> series(int index) const;
    /// The tooltip text of a row (empty outside the rows), for charts that find the row under the pointer.
    Q_INVOKABLE QString detailAt(int row) const;

    /// Replaces every row (a chart always changes as a whole).
    void setRows(QList<Row> rows, QStringList seriesNames);

Q_SIGNALS:
    void reset();

private:
    QList<Row> m_rows;
    QStringList m_seriesNames;
    double m_maximum = 0;
};
