// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/cardeditor.h"
#include "cards/cardsearch.h"
#include "cards/deckmerger.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
/// Every row of a table, every column with its SQLite type, in rowid order: equal dumps mean
/// byte-for-byte equal rows.
QList<QVariantList> dump(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table))) {
        qWarning() << query.lastError().text();
        return {};
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column) {
            const QVariant value = query.value(column);
            row.append(value.isNull() ? QVariant(u"<null>"_s) : QVariant(QString::fromLatin1(value.typeName()) + u':' + value.toString()));
        }
        rows.append(row);
    }
    return rows;
}

void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + u" in "_s + sql));
}

/// A schedule and two reviews: what a studied card looks like.
void giveHistory(const QSqlDatabase &db, qint64 cardId)
{
    exec(db,
         u"INSERT INTO card_state (card_id, state, step, stability, difficulty, due, last_review, reps, lapses, suspended, buried_until, flag) "
         "VALUES (?, 2, NULL, 12.3456789012345, 5.123456789012345, 1700000000000, 1690000000000, 4, 1, 0, NULL, 3)"_s,
         {cardId});
    for (int i = 0; i < 2; ++i) {
        exec(db,
             u"INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after, stability, difficulty, interval_seconds) "
             "VALUES (?, ?, 3, 1, 1, 2, 3.25, 4.75, 86400)"_s,
             {cardId, 1690000000000LL + i});
    }
}

CardEditor::Fields fields(const QString &front, const QString &deck, const QStringList &tags = {})
{
    return {front, u"Back of "_s + front, tags, u"Source"_s, deck};
}
}

class TestCardEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    qint64 m_now = 1'000'000;
    std::unique_ptr<CardEditor> m_editor;

    qint64 add(const QString &front, const QString &deck = u"Deck"_s, const QStringList &tags = {})
    {
        const CardEditor::Result result = m_editor->addCard(fields(front, deck, tags));
        if (!result.ok()) {
            qWarning() << result.error;
        }
        return result.cardId;
    }

    /// The fronts a browser search shows, alphabetically.
    QStringList frontsFor(const QString &text) const
    {
        QStringList fronts;
        const auto rows = CardSearch(m_db).rows(CardQuery::parse(text), {CardSearch::Column::Front, Qt::AscendingOrder}, 0, 100);
        for (const auto &row : rows) {
            fronts.append(row.front);
        }
        return fronts;
    }

    QString column(qint64 cardId, const QString &name) const
    {
        return TestSupport::scalar(m_db, u"SELECT %1 FROM cards WHERE id = ?"_s.arg(name), {cardId}).toString();
    }

    QList<QList<QVariantList>> everything() const
    {
        return {dump(m_db, u"cards"_s), dump(m_db, u"decks"_s), dump(m_db, u"card_state"_s), dump(m_db, u"review_log"_s)};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_database = Database::open(DataDir::databasePath(m_dir->path()), &error);
        QVERIFY2(m_database, qPrintable(error));
        m_db = m_database->connection();
        m_now = 1'000'000;
        m_editor = std::make_unique<CardEditor>(m_db, [this] {
            return m_now;
        });
    }

    void cleanup()
    {
        m_editor.reset();
        m_db = {};
        m_database.reset();
        m_dir.reset();
    }

    void addsACardAndItsDeckOnDemand()
    {
        const CardEditor::Result first
            = m_editor->addCard({u"What is RoPE?"_s, u"Rotary."_s, {u"rope  positional"_s, u"RoPE"_s}, u"Su et al."_s, u"My Systems"_s});
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.changes, StoreChanges(StoreChange::Cards | StoreChange::Decks));
        QVERIFY(first.cardId > 0);
        QVERIFY(QRegularExpression(u"^user-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s).match(column(first.cardId, u"key"_s)).hasMatch());
        QCOMPARE(column(first.cardId, u"front"_s), u"What is RoPE?"_s);
        QCOMPARE(column(first.cardId, u"back"_s), u"Rotary."_s);
        QCOMPARE(column(first.cardId, u"tags"_s), u"rope positional"_s);
        QCOMPARE(column(first.cardId, u"source"_s), u"Su et al."_s);
        QCOMPARE(column(first.cardId, u"user_edited"_s), u"1"_s);
        QCOMPARE(column(first.cardId, u"created_at"_s), u"1000000"_s);
        QCOMPARE(column(first.cardId, u"modified_at"_s), u"1000000"_s);
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM card_state"_s).toInt(), 0);
        const qint64 deck = column(first.cardId, u"deck_id"_s).toLongLong();
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT name || ' ' || origin FROM decks WHERE id = ?"_s, {deck}).toString(), u"My Systems user"_s);
        QVERIFY(TestSupport::scalar(m_db, u"SELECT key FROM decks WHERE id = ?"_s, {deck}).toString().startsWith(u"user-"_s));

        // The same deck, named in another case: no second deck.
        const CardEditor::Result second = m_editor->addCard(fields(u"Second"_s, u" my systems "_s));
        QVERIFY(second.ok());
        QCOMPARE(second.changes, StoreChanges(StoreChange::Cards));
        QCOMPARE(column(second.cardId, u"deck_id"_s).toLongLong(), deck);
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM decks"_s).toInt(), 1);
        QVERIFY(column(second.cardId, u"key"_s) != column(first.cardId, u"key"_s));
        QCOMPARE(m_editor->undoLabel(), u"Add card"_s);
    }

    void rejectsAnEmptyFrontOrDeck()
    {
        const auto before = everything();
        for (const QString &front : {QString(), u""_s, u"  \n\t "_s}) {
            const CardEditor::Result result = m_editor->addCard(fields(front, u"Deck"_s));
            QCOMPARE(result.error, u"The front of a card cannot be empty."_s);
            QCOMPARE(result.changes, StoreChanges());
        }
        QCOMPARE(m_editor->addCard(fields(u"Fine"_s, u"  "_s)).error, u"Choose a deck."_s);
        QCOMPARE(everything(), before);
        QVERIFY(!m_editor->canUndo());

        const qint64 card = add(u"Front"_s);
        QCOMPARE(m_editor->editCard(card, fields(u" "_s, u"Deck"_s)).error, u"The front of a card cannot be empty."_s);
        QCOMPARE(column(card, u"front"_s), u"Front"_s);
        QCOMPARE(m_editor->editCard(99999, fields(u"x"_s, u"Deck"_s)).error, u"There is no card with id 99999."_s);
    }

    void acceptsMegabyteFields()
    {
        const QString front = u"é"_s.repeated(1 << 20);
        const QString back = u"b"_s.repeated(1 << 20);
        const CardEditor::Result result = m_editor->addCard({front, back, {}, {}, u"Deck"_s});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(column(result.cardId, u"front"_s), front);
        QCOMPARE(column(result.cardId, u"back"_s), back);
        QVERIFY(m_editor->editCard(result.cardId, {back, front, {}, {}, {}}).ok());
        QCOMPARE(column(result.cardId, u"front"_s), back);
    }

    void editKeepsTheScheduleAndHistory()
    {
        const qint64 card = add(u"Old question about attention"_s, u"Deck"_s, {u"old"_s});
        giveHistory(m_db, card);
        const auto state = dump(m_db, u"card_state"_s);
        const auto log = dump(m_db, u"review_log"_s);

        m_now = 2'000'000;
        const CardEditor::Result result
            = m_editor->editCard(card, {u"New question about rotary"_s, u"New back"_s, {u"new"_s, u"tags"_s}, u"New source"_s, u"Other"_s});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.changes, StoreChanges(StoreChange::Cards | StoreChange::Decks));
        QCOMPARE(dump(m_db, u"card_state"_s), state);
        QCOMPARE(dump(m_db, u"review_log"_s), log);
        QCOMPARE(column(card, u"front"_s), u"New question about rotary"_s);
        QCOMPARE(column(card, u"back"_s), u"New back"_s);
        QCOMPARE(column(card, u"tags"_s), u"new tags"_s);
        QCOMPARE(column(card, u"source"_s), u"New source"_s);
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT d.name FROM cards c JOIN decks d ON d.id = c.deck_id WHERE c.id = ?"_s, {card}).toString(), u"Other"_s);
        QCOMPARE(column(card, u"modified_at"_s), u"2000000"_s);
        QCOMPARE(column(card, u"created_at"_s), u"1000000"_s);
        // The full-text index follows the edit.
        QCOMPARE(frontsFor(u"rotary"_s), QStringList {u"New question about rotary"_s});
        QCOMPARE(frontsFor(u"attention"_s), QStringList {});
        QCOMPARE(m_editor->undoLabel(), u"Edit card"_s);

        // Unchanged content is no change: no write, no undo step.
        m_now = 3'000'000;
        const CardEditor::Result same = m_editor->editCard(card, {u"New question about rotary"_s, u"New back"_s, {u"new tags"_s}, u"New source"_s, {}});
        QVERIFY(same.ok());
        QCOMPARE(same.changes, StoreChanges());
        QCOMPARE(column(card, u"modified_at"_s), u"2000000"_s);

        QVERIFY(m_editor->undo().ok());
        QCOMPARE(column(card, u"front"_s), u"Old question about attention"_s);
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM decks WHERE name = 'Other'"_s).toInt(), 0);
        QCOMPARE(dump(m_db, u"card_state"_s), state);
        QCOMPARE(frontsFor(u"attention"_s), QStringList {u"Old question about attention"_s});
    }

    void deleteIsSoftAndUndoable()
    {
        const qint64 a = add(u"Alpha"_s);
        const qint64 b = add(u"Beta"_s);
        giveHistory(m_db, a);
        const auto before = everything();

        m_now = 5'000'000;
        const CardEditor::Result result = m_editor->deleteCards({a, b});
        QVERIFY(result.ok());
        QCOMPARE(result.changes, StoreChanges(StoreChange::Cards));
        QCOMPARE(column(a, u"deleted_at"_s), u"5000000"_s);
        QCOMPARE(frontsFor({}), QStringList {});
        QCOMPARE(frontsFor(u"is:deleted"_s), (QStringList {u"Alpha"_s, u"Beta"_s}));
        QCOMPARE(dump(m_db, u"review_log"_s), before.at(3));
        QCOMPARE(m_editor->undoLabel(), u"Delete 2 card(s)"_s);
        QCOMPARE(m_editor->deleteCards({a}).changes, StoreChanges()); // already in the trash

        QVERIFY(m_editor->undo().ok());
        QCOMPARE(everything(), before);
        QCOMPARE(frontsFor({}), (QStringList {u"Alpha"_s, u"Beta"_s}));
    }

    void restoresFromTheTrash()
    {
        const qint64 a = add(u"Alpha"_s);
        QVERIFY(m_editor->deleteCards({a}).ok());
        const auto deleted = everything();
        QVERIFY(m_editor->restoreCards({a}).ok());
        QCOMPARE(frontsFor({}), QStringList {u"Alpha"_s});
        QCOMPARE(m_editor->undoLabel(), u"Restore 1 card(s)"_s);
        QVERIFY(m_editor->undo().ok());
        QCOMPARE(everything(), deleted);
    }

    void suspendIsUndoable()
    {
        const qint64 fresh = add(u"Never studied"_s);
        const qint64 studied = add(u"Studied"_s);
        giveHistory(m_db, studied);
        const auto before = everything();

        const CardEditor::Result result = m_editor->setSuspended({fresh, studied}, true);
        QVERIFY(result.ok());
        QCOMPARE(result.changes, StoreChanges(StoreChange::Cards));
        QCOMPARE(frontsFor(u"is:suspended"_s), (QStringList {u"Never studied"_s, u"Studied"_s}));
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT stability FROM card_state WHERE card_id = ?"_s, {studied}).toDouble(), 12.3456789012345);
        QCOMPARE(m_editor->setSuspended({fresh}, true).changes, StoreChanges());

        QVERIFY(m_editor->undo().ok());
        QCOMPARE(everything(), before); // the row the suspend created for the new card is gone again

        QVERIFY(m_editor->setSuspended({studied}, true).ok());
        const auto suspended = everything();
        QVERIFY(m_editor->setSuspended({studied}, false).ok());
        QCOMPARE(m_editor->undoLabel(), u"Unsuspend 1 card(s)"_s);
        QCOMPARE(frontsFor(u"is:suspended"_s), QStringList {});
        QVERIFY(m_editor->undo().ok());
        QCOMPARE(everything(), suspended);
    }

    void moveIsUndoable()
    {
        const qint64 a = add(u"Alpha"_s, u"Home"_s);
        const qint64 b = add(u"Beta"_s, u"Home"_s);
        const auto before = everything();

        m_now = 7'000'000;
        const CardEditor::Result result = m_editor->moveCards({a, b}, u"Fresh deck"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.changes, StoreChanges(StoreChange::Cards | StoreChange::Decks));
        QCOMPARE(frontsFor(u"deck:fresh*"_s), (QStringList {u"Alpha"_s, u"Beta"_s}));
        QCOMPARE(column(a, u"modified_at"_s), u"7000000"_s);
        QCOMPARE(m_editor->moveCards({a, b}, u"Fresh deck"_s).changes, StoreChanges());
        QVERIFY(!m_editor->moveCards({a}, {}).ok());

        QVERIFY(m_editor->undo().ok());
        QCOMPARE(everything(), before);
    }

    void retagIsUndoable()
    {
        const qint64 a = add(u"Alpha"_s, u"Deck"_s, {u"lora fine-tuning"_s});
        const qint64 b = add(u"Beta"_s, u"Deck"_s, {u"qlora"_s});
        const qint64 c = add(u"Gamma"_s, u"Deck"_s, {u"peft"_s});
        const auto before = everything();

        const CardEditor::Result result = m_editor->retag({a, b, c}, {u"peft"_s}, {u"LORA"_s});
        QVERIFY(result.ok());
        QCOMPARE(column(a, u"tags"_s), u"fine-tuning peft"_s);
        QCOMPARE(column(b, u"tags"_s), u"qlora peft"_s);
        QCOMPARE(column(c, u"tags"_s), u"peft"_s);
        QCOMPARE(m_editor->undoLabel(), u"Retag 2 card(s)"_s);
        QCOMPARE(frontsFor(u"tag:lora"_s), QStringList {});

        QVERIFY(m_editor->undo().ok());
        QCOMPARE(everything(), before);
    }

    void undoWalksBackEveryStep()
    {
        const qint64 a = add(u"Alpha"_s, u"One"_s, {u"x"_s});
        const qint64 b = add(u"Beta"_s, u"Two"_s);
        giveHistory(m_db, b);
        const auto withHistory = everything();
        QVERIFY(m_editor->editCard(a, fields(u"Alpha 2"_s, u"Two"_s)).ok());
        QVERIFY(m_editor->retag({a, b}, {u"y"_s}, {}).ok());
        QVERIFY(m_editor->moveCards({a, b}, u"Three"_s).ok());
        QVERIFY(m_editor->setSuspended({a, b}, true).ok());
        QVERIFY(m_editor->deleteCards({a, a, b}).ok());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(m_editor->undo().ok());
        }
        QCOMPARE(everything(), withHistory);
        QVERIFY(m_editor->undo().ok()); // add Beta: it has reviews now, so it only goes to the trash
        QCOMPARE(column(b, u"deleted_at"_s), u"1000000"_s);
        QCOMPARE(dump(m_db, u"review_log"_s), withHistory.at(3));
        QVERIFY(m_editor->undo().ok()); // add Alpha: removed with its deck
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM cards WHERE id = ?"_s, {a}).toInt(), 0);
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT count(*) FROM decks WHERE name = 'One'"_s).toInt(), 0);
        QVERIFY(!m_editor->canUndo());
        QCOMPARE(m_editor->undo().error, u"There is nothing to undo."_s);
        QCOMPARE(dump(m_db, u"decks"_s).size(), 1); // deck Two still holds Beta
    }

    void undoStackIsBounded()
    {
        const qint64 card = add(u"Alpha"_s);
        for (int i = 0; i < CardEditor::UndoLimit + 5; ++i) {
            QVERIFY(m_editor->setSuspended({card}, i % 2 == 0).ok());
        }
        int undone = 0;
        while (m_editor->canUndo()) {
            QVERIFY(m_editor->undo().ok());
            ++undone;
        }
        QCOMPARE(undone, CardEditor::UndoLimit);
    }

    /// A user's correction of a built-in card outlives the next built-in merge, and so do the user's
    /// own cards in a built-in deck; cards the user did not touch are still updated.
    void userEditsSurviveTheBuiltinMerge()
    {
        const auto sources = [](const QString &set) {
            return DeckMerger::sourcesIn(TestSupport::testData(u"decks/"_s + set));
        };
        DeckMerger::Options options;
        options.useFastPath = false;
        options.now = 100;
        QVERIFY(DeckMerger(m_db).merge(sources(u"merge-a"_s), options).ok);
        const auto id = [this](const QString &key) {
            return TestSupport::scalar(m_db, u"SELECT id FROM cards WHERE key = ?"_s, {key}).toLongLong();
        };
        QVERIFY(m_editor->editCard(id(u"alpha-one"_s), {u"One?"_s, u"My own answer."_s, {u"numbers"_s}, u"Source A"_s, {}}).ok());
        QVERIFY(m_editor->editCard(id(u"alpha-three"_s), {u"Three, rephrased?"_s, u"Answer three."_s, {}, u"Source A"_s, {}}).ok());
        const qint64 mine = add(u"My card in a built-in deck"_s, u"Alpha"_s);
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT d.key FROM cards c JOIN decks d ON d.id = c.deck_id WHERE c.id = ?"_s, {mine}).toString(), u"alpha"_s);

        // Set B corrects alpha-one's answer, drops alpha-three and moves alpha-moves to beta.
        options.now = 200;
        const DeckMerger::Report report = DeckMerger(m_db).merge(sources(u"merge-b"_s), options);
        QVERIFY2(report.ok && report.problems.isEmpty(), qPrintable(report.error));
        QCOMPARE(column(id(u"alpha-one"_s), u"back"_s), u"My own answer."_s);
        QCOMPARE(column(id(u"alpha-three"_s), u"retired"_s), u"0"_s);
        QCOMPARE(column(id(u"alpha-three"_s), u"front"_s), u"Three, rephrased?"_s);
        QCOMPARE(column(mine, u"retired"_s), u"0"_s);
        QCOMPARE(TestSupport::scalar(m_db, u"SELECT d.key FROM cards c JOIN decks d ON d.id = c.deck_id WHERE c.key = 'alpha-moves'"_s).toString(), u"beta"_s);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.retired, 0);
    }
};

QTEST_GUILESS_MAIN(TestCardEditor)
#include "tst_cardeditor.moc"
