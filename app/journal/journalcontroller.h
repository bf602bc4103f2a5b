// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

class Collection;
class JournalListModel;

/// The Journal tab: search, the editor form's load and save, delete with undo, links to cards and the
/// Markdown export. The view only shows what this controller computes.
class JournalController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.journal")
    Q_MOC_INCLUDE("journallistmodel.h")

    /// Words to search for (each a prefix, all required); empty lists every entry.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(JournalListModel *entries READ entries CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    /// Today's local day (ISO): the date a new entry starts with.
    Q_PROPERTY(QString today READ today CONSTANT)

public:
    using Clock = std::function<qint64()>;
    static constexpr int CardMatchLimit = 20;

    explicit JournalController(Collection &collection, Clock clock = {}, QObject *parent = nullptr);

    [[nodiscard]] QString query() const;
    void setQuery(const QString &query);
    [[nodiscard]] JournalListModel *entries() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] QString today() const;

    /// Re-reads the list for the current query.
    Q_INVOKABLE void refresh();
    /// The editor's fields for entry `id`: id, title, context, constraints, options, decision, result,
    /// tags (one string), day (ISO) and cards (maps of key and front). An empty new entry for id 0.
    Q_INVOKABLE QVariantMap entry(int id) const;
    /// Creates (id 0) or updates an entry from the editor's fields; returns its id, or 0 with errorText set.
    Q_INVOKABLE int save(const QVariantMap &fields);
    Q_INVOKABLE bool remove(int id);
    /// Restores the entry deleted last.
    Q_INVOKABLE bool undo();
    /// Cards to link: maps of key and front whose key is `text` or whose front contains it.
    Q_INVOKABLE QVariantList findCards(const QString &text) const;
    /// The entries the list shows (all of them without a query) as STAR-shaped Markdown.
    Q_INVOKABLE QString markdown() const;
    /// Writes markdown() to a local file; false with errorText set when it cannot be written.
    Q_INVOKABLE bool exportMarkdown(const QUrl &file);

Q_SIGNALS:
    void queryChanged();
    void errorTextChanged();
    void undoChanged();

private:
    [[nodiscard]] qint64 now() const;
    void setError(const QString &error);

    Collection &m_collection; ///< owned by AppContext, which outlives this object
    Clock m_clock;
    QString m_query;
    QString m_error;
    qint64 m_deletedId = 0; ///< the entry undo() restores; 0 for none
    QString m_deletedTitle;
    JournalListModel *m_entries;
};
