// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/cardsearch.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "testsupport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
/// Local noon, so that ± a few hours stays on the same local day in any time zone (no DST that day).
const qint64 Now = QDateTime(QDate(2025, 2, 12), QTime(12, 0)).toMSecsSinceEpoch();

const QStringList LiveKeys {u"ml-kv"_s, u"ml-lora"_s, u"tr-qlora"_s, u"tr-attn"_s, u"tr-susp"_s, u"my-buried"_s, u"relearn"_s, u"due-tonight"_s};

void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + u" in "_s + sql));
}

/// The schedule columns of card_state, in order: state, stability, difficulty, due, last_review,
/// reps, lapses, suspended, buried_until, flag.
struct State {
    int state = 2;
    double stability = 0;
    double difficulty = 0;
    qint64 due = 0;
    qint64 lastReview = 0;
    int reps = 0;
    int lapses = 0;
    int suspended = 0;
    QVariant buriedUntil;
    int flag = 0;
};

class Fixture
{
public:
    explicit Fixture(const QSqlDatabase &db) : m_db(db)
    {
    }

    void deck(qint64 id, const QString &key, const QString &name, const QString &origin)
    {
        exec(m_db, u"INSERT INTO decks (id, key, name, origin, created_at) VALUES (?, ?, ?, ?, 0)"_s, {id, key, name, origin});
    }

    qint64 card(const QString &key, qint64 deck, const QString &front, const QString &tags, qint64 created = Now - 30 * Day)
    {
        ++m_id;
        exec(m_db,
             u"INSERT INTO cards (id, key, deck_id, front, back, tags, source, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {m_id, key, deck, front, u"Back of %1"_s.arg(key), tags, u"Source %1"_s.arg(key), created, created + m_id});
        return m_id;
    }

    void state(qint64 cardId, const State &s)
    {
        exec(m_db,
             u"INSERT INTO card_state (card_id, state, stability, difficulty, due, last_review, reps, lapses, suspended, buried_until, flag) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {cardId, s.state, s.stability, s.difficulty, s.due, s.lastReview, s.reps, s.lapses, s.suspended, s.buriedUntil, s.flag});
    }

    void review(qint64 cardId, qint64 at, int rating)
    {
        exec(m_db, u"INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after) VALUES (?, ?, ?, 1, 2, 2)"_s, {cardId, at, rating});
    }

private:
    QSqlDatabase m_db;
    qint64 m_id = 0;
};

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

/// A sort key of a row for one column: absent values first, as SQLite sorts NULL.
QVariant sortKey(const CardSearch::Row &row, CardSearch::Column column)
{
    auto optional = [](const auto &value) {
        return value ? QVariant(double(*value)) : QVariant();
    };
    switch (column) {
    case CardSearch::Column::Key:
        return row.key;
    case CardSearch::Column::Deck:
        return row.deck.toLower();
    case CardSearch::Column::Front:
        return row.front.toLower();
    case CardSearch::Column::Tags:
        return row.tags;
    case CardSearch::Column::State:
        return double(row.state);
    case CardSearch::Column::Due:
        return optional(row.due);
    case CardSearch::Column::Interval:
        return double(row.intervalDays);
    case CardSearch::Column::Stability:
        return optional(row.stability);
    case CardSearch::Column::Difficulty:
        return optional(row.difficulty);
    case CardSearch::Column::Lapses:
        return double(row.lapses);
    case CardSearch::Column::Reps:
        return double(row.reps);
    case CardSearch::Column::Suspended:
        return double(row.suspended);
    case CardSearch::Column::Flag:
        return double(row.flag);
    case CardSearch::Column::Modified:
        return double(row.modified);
    }
    return {};
}

int compareKeys(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() && b.isNull() ? 0 : (a.isNull() ? -1 : 1);
    }
    if (a.typeId() == QMetaType::QString) {
        return a.toString().compare(b.toString());
    }
    return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
}
}

class TestCardSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    Fsrs::FsrsParameters m_parameters;

    [[nodiscard]] CardSearch search() const
    {
        return CardSearch(m_db, m_parameters, [] {
            return Now;
        });
    }

    QStringList keys(const QString &text)
    {
        const CardQuery query = CardQuery::parse(text);
        QString error;
        const QList<CardSearch::Row> rows = search().rows(query, {}, 0, 1000, &error);
        if (!error.isEmpty()) {
            qWarning().noquote() << text << error;
            return {u"<error>"_s};
        }
        QStringList result;
        for (const auto &row : rows) {
            result.append(row.key);
        }
        return sorted(result);
    }

    /// The schedule of a card as Fsrs sees it, to compute its R the scheduler's way.
    Fsrs::FsrsCard fsrsCard(qint64 cardId)
    {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT state, stability, difficulty, due, last_review FROM card_state WHERE card_id = ?"_s);
        query.addBindValue(cardId);
        Fsrs::FsrsCard card;
        if (query.exec() && query.next()) {
            card.state = static_cast<Fsrs::CardState>(query.value(0).toInt());
            card.stability = query.value(1).toDouble();
            card.difficulty = query.value(2).toDouble();
            card.dueMs = query.value(3).toLongLong();
            card.lastReviewMs = query.value(4).toLongLong();
        }
        return card;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_database = Database::open(DataDir::databasePath(m_dir->path()), &error);
        QVERIFY2(m_database, qPrintable(error));
        m_db = m_database->connection();
        m_parameters = {};

        Fixture f(m_db);
        f.deck(1, u"ml-systems"_s, u"ML Systems"_s, u"builtin"_s);
        f.deck(2, u"transformers"_s, u"Transformers"_s, u"builtin"_s);
        f.deck(3, u"user-1"_s, u"My Deck"_s, u"user"_s);
        const qint64 kv = f.card(u"ml-kv"_s, 1, u"What is the **KV-cache**?"_s, u"kv-cache inference"_s);
        f.state(kv, {2, 30.5, 4, Now + 2 * Day, Now - 10 * Day, 5, 1, 0, {}, 0});
        f.review(kv, Now - Hour, 3);
        f.review(kv, Now - 8 * Day, 4);
        const qint64 lora = f.card(u"ml-lora"_s, 1, u"What does LoRA change?"_s, u"lora fine-tuning"_s);
        f.state(lora, {2, 5, 7, Now - Hour, Now - 3 * Day, 4, 3, 0, {}, 2});
        f.review(lora, Now - 3 * Day, 1);
        f.card(u"tr-qlora"_s, 2, u"How much memory does QLoRA save?"_s, u"qlora quantization"_s, Now - 2 * Day);
        const qint64 attention = f.card(u"tr-attn"_s, 2, u"Attention complexity in sequence length"_s, u"transformers"_s);
        f.state(attention, {1, 0.4, 6, Now - 5 * Minute, Now - 10 * Minute, 1, 0, 0, {}, 0});
        f.review(attention, Now - 10 * Minute, 1);
        const qint64 suspended = f.card(u"tr-susp"_s, 2, u"Suspended card about heads"_s, u"attention lora"_s);
        f.state(suspended, {2, 100, 3, Now + 50 * Day, Now - 20 * Day, 10, 0, 1, {}, 7});
        const qint64 buried = f.card(u"my-buried"_s, 3, u"Buried card"_s, u"misc"_s);
        f.state(buried, {2, 10, 5, Now - Day, Now - 11 * Day, 2, 0, 0, Now + Day, 0});
        const qint64 retired = f.card(u"retired"_s, 1, u"Attention retired"_s, u"attention"_s);
        exec(m_db, u"UPDATE cards SET retired = 1 WHERE id = ?"_s, {retired});
        const qint64 deleted = f.card(u"deleted"_s, 1, u"Attention deleted"_s, u"attention"_s);
        exec(m_db, u"UPDATE cards SET deleted_at = ? WHERE id = ?"_s, {Now - Day, deleted});
        const qint64 relearn = f.card(u"relearn"_s, 2, u"Relearning card"_s, QString(u""_s));
        f.state(relearn, {3, 2, 8, Now + 5 * Minute, Now - Hour, 8, 5, 0, {}, 0});
        f.review(relearn, Now - Hour, 1);
        const qint64 tonight = f.card(u"due-tonight"_s, 1, u"Due later today"_s, u"evening"_s);
        f.state(tonight, {2, 3.2, 5, Now + 3 * Hour, Now - 3 * Day, 2, 0, 0, {}, 0});
    }

    void cleanup()
    {
        m_db = {};
        m_database.reset();
        m_dir.reset();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("everything live") << u""_s << LiveKeys;
        QTest::addRow("word in front and tags") << u"attention"_s << QStringList {u"tr-attn"_s, u"tr-susp"_s};
        QTest::addRow("last word is a prefix") << u"atten"_s << QStringList {u"tr-attn"_s, u"tr-susp"_s};
        QTest::addRow("quoted word is not") << u"\"atten\""_s << QStringList {};
        QTest::addRow("explicit prefix") << u"atten* complexity"_s << QStringList {u"tr-attn"_s};
        QTest::addRow("hyphenated") << u"kv-cache"_s << QStringList {u"ml-kv"_s};
        QTest::addRow("any case, two words") << u"KV CACHE"_s << QStringList {u"ml-kv"_s};
        QTest::addRow("phrase") << u"\"does LoRA\""_s << QStringList {u"ml-lora"_s};
        QTest::addRow("phrase out of order") << u"\"LoRA does\""_s << QStringList {};
        QTest::addRow("back") << u"\"back of tr-qlora\""_s << QStringList {u"tr-qlora"_s};
        QTest::addRow("source") << u"source relearn"_s << QStringList {u"relearn"_s};
        QTest::addRow("negated word") << u"card -buried"_s << QStringList {u"relearn"_s, u"tr-susp"_s};
        QTest::addRow("deck key wildcard") << u"deck:ml*"_s << QStringList {u"due-tonight"_s, u"ml-kv"_s, u"ml-lora"_s};
        QTest::addRow("deck name any case") << u"deck:\"ml systems\""_s << QStringList {u"due-tonight"_s, u"ml-kv"_s, u"ml-lora"_s};
        QTest::addRow("user deck") << u"deck:my*"_s << QStringList {u"my-buried"_s};
        QTest::addRow("not in deck") << u"-deck:ml*"_s << QStringList {u"my-buried"_s, u"relearn"_s, u"tr-attn"_s, u"tr-qlora"_s, u"tr-susp"_s};
        QTest::addRow("no such deck") << u"deck:nothing"_s << QStringList {};
        QTest::addRow("tag is whole") << u"tag:lora"_s << QStringList {u"ml-lora"_s, u"tr-susp"_s};
        QTest::addRow("tag any case") << u"tag:LoRA"_s << QStringList {u"ml-lora"_s, u"tr-susp"_s};
        QTest::addRow("tag wildcard") << u"tag:*lora"_s << QStringList {u"ml-lora"_s, u"tr-qlora"_s, u"tr-susp"_s};
        QTest::addRow("tag wildcard stays in one tag") << u"tag:l*g"_s << QStringList {};
        QTest::addRow("tag prefix") << u"tag:fine*"_s << QStringList {u"ml-lora"_s};
        QTest::addRow("tag with hyphen") << u"tag:kv-cache"_s << QStringList {u"ml-kv"_s};
        QTest::addRow("tag part is not a tag") << u"tag:kv"_s << QStringList {};
        QTest::addRow("is:new") << u"is:new"_s << QStringList {u"tr-qlora"_s};
        QTest::addRow("is:learn") << u"is:learn"_s << QStringList {u"relearn"_s, u"tr-attn"_s};
        QTest::addRow("is:review") << u"is:review"_s << QStringList {u"due-tonight"_s, u"ml-kv"_s, u"ml-lora"_s, u"my-buried"_s, u"relearn"_s, u"tr-susp"_s};
        QTest::addRow("is:suspended") << u"is:suspended"_s << QStringList {u"tr-susp"_s};
        QTest::addRow("is:buried") << u"is:buried"_s << QStringList {u"my-buried"_s};
        QTest::addRow("is:due") << u"is:due"_s << QStringList {u"due-tonight"_s, u"ml-lora"_s, u"tr-attn"_s};
        QTest::addRow("is:deleted") << u"is:deleted"_s << QStringList {u"deleted"_s};
        QTest::addRow("trash by word") << u"is:deleted attention"_s << QStringList {u"deleted"_s};
        QTest::addRow("flag") << u"flag:2"_s << QStringList {u"ml-lora"_s};
        QTest::addRow("no flag") << u"flag:0"_s << QStringList {u"due-tonight"_s, u"ml-kv"_s, u"my-buried"_s, u"relearn"_s, u"tr-attn"_s, u"tr-qlora"_s};
        QTest::addRow("stability") << u"prop:s>30"_s << QStringList {u"ml-kv"_s, u"tr-susp"_s};
        QTest::addRow("stability at most") << u"prop:s<=5"_s << QStringList {u"due-tonight"_s, u"ml-lora"_s, u"relearn"_s, u"tr-attn"_s};
        QTest::addRow("stability equal as typed") << u"prop:s=31"_s << QStringList {u"ml-kv"_s};
        QTest::addRow("stability equal excludes") << u"prop:s=30"_s << QStringList {};
        QTest::addRow("stability not equal") << u"prop:s!=31"_s
                                             << QStringList {u"due-tonight"_s, u"ml-lora"_s, u"my-buried"_s, u"relearn"_s, u"tr-attn"_s, u"tr-susp"_s};
        QTest::addRow("difficulty") << u"prop:d<5"_s << QStringList {u"ml-kv"_s, u"tr-susp"_s};
        QTest::addRow("interval") << u"prop:ivl>=10"_s << QStringList {u"ml-kv"_s, u"my-buried"_s, u"tr-susp"_s};
        QTest::addRow("interval equal") << u"prop:ivl=2"_s << QStringList {u"ml-lora"_s};
        QTest::addRow("reps") << u"prop:reps>3"_s << QStringList {u"ml-kv"_s, u"ml-lora"_s, u"relearn"_s, u"tr-susp"_s};
        QTest::addRow("lapses") << u"prop:lapses>2"_s << QStringList {u"ml-lora"_s, u"relearn"_s};
        QTest::addRow("rated today") << u"rated:1"_s << QStringList {u"ml-kv"_s, u"relearn"_s, u"tr-attn"_s};
        QTest::addRow("rated 4 days") << u"rated:4"_s << QStringList {u"ml-kv"_s, u"ml-lora"_s, u"relearn"_s, u"tr-attn"_s};
        QTest::addRow("rated again") << u"rated:4:1"_s << QStringList {u"ml-lora"_s, u"relearn"_s, u"tr-attn"_s};
        QTest::addRow("rated easy") << u"rated:9:4"_s << QStringList {u"ml-kv"_s};
        QTest::addRow("added") << u"added:3"_s << QStringList {u"tr-qlora"_s};
        QTest::addRow("id") << u"id:ml-kv"_s << QStringList {u"ml-kv"_s};
        QTest::addRow("id wildcard") << u"id:ML-*"_s << QStringList {u"ml-kv"_s, u"ml-lora"_s};
        QTest::addRow("retired never") << u"id:retired"_s << QStringList {};
        QTest::addRow("word without tag") << u"attention -tag:attention"_s << QStringList {u"tr-attn"_s};
        QTest::addRow("or") << u"tag:lora OR is:new"_s << QStringList {u"ml-lora"_s, u"tr-qlora"_s, u"tr-susp"_s};
        QTest::addRow("group") << u"(tag:lora OR is:new) deck:tr*"_s << QStringList {u"tr-qlora"_s, u"tr-susp"_s};
        QTest::addRow("negated group") << u"-(tag:lora OR is:new)"_s << QStringList {u"due-tonight"_s, u"ml-kv"_s, u"my-buried"_s, u"relearn"_s, u"tr-attn"_s};
        QTest::addRow("and binds tighter") << u"is:new OR tag:lora deck:ml*"_s << QStringList {u"ml-lora"_s, u"tr-qlora"_s};
        QTest::addRow("punctuation only") << u"*"_s << LiveKeys;
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(text), sorted(expected));
        QCOMPARE(search().count(CardQuery::parse(text)), expected.size());
    }

    /// `-(q)` is exactly the live cards `q` leaves out, also where a value is missing (new cards).
    void negationIsTheComplement_data()
    {
        filters_data();
    }

    void negationIsTheComplement()
    {
        QFETCH(QString, text);
        if (text.isEmpty() || text.contains(u"is:deleted"_s)) {
            QSKIP("not a filter over live cards");
        }
        const QStringList in = keys(text);
        const QStringList out = keys(u"-("_s + text + u")"_s);
        QVERIFY(std::none_of(in.cbegin(), in.cend(), [&](const QString &key) {
            return out.contains(key);
        }));
        QCOMPARE(sorted(in + out), sorted(LiveKeys));
    }

    /// prop:r in SQL agrees with Fsrs::retrievability() for every card, threshold and comparison,
    /// with the default curve and with a steeper one.
    void retrievabilityMatchesTheScheduler()
    {
        for (const double decayWeight : {0.1542, 0.6}) {
            m_parameters = {};
            m_parameters.weights[20] = decayWeight;
            QSqlQuery reviewed(m_db);
            QVERIFY(reviewed.exec(u"SELECT c.id, c.key FROM cards c JOIN card_state s ON s.card_id = c.id WHERE c.retired = 0 AND c.deleted_at IS NULL"_s));
            QHash<QString, double> r;
            while (reviewed.next()) {
                r.insert(reviewed.value(1).toString(), Fsrs::retrievability(fsrsCard(reviewed.value(0).toLongLong()), Now, m_parameters));
            }
            QCOMPARE(r.size(), LiveKeys.size() - 1);
            for (const QString &threshold : {u"0"_s, u"0.5"_s, u"0.8"_s, u"0.9"_s, u"0.93"_s, u"0.97"_s, u"0.99"_s, u"1"_s, u"1.5"_s}) {
                const double x = threshold.toDouble();
                const double half = threshold.contains(u'.') ? 0.5 * std::pow(10.0, -(threshold.size() - threshold.indexOf(u'.') - 1)) : 0.5;
                const QList<std::pair<QString, std::function<bool(double)>>> comparisons {
                    {u"<"_s,
                     [x](double v) {
                         return v < x;
                     }},
                    {u"<="_s,
                     [x](double v) {
                         return v <= x;
                     }},
                    {u">"_s,
                     [x](double v) {
                         return v > x;
                     }},
                    {u">="_s,
                     [x](double v) {
                         return v >= x;
                     }},
                    {u"="_s,
                     [x, half](double v) {
                         return v >= x - half && v < x + half;
                     }},
                    {u"!="_s,
                     [x, half](double v) {
                         return !(v >= x - half && v < x + half);
                     }},
                };
                for (const auto &[op, holds] : comparisons) {
                    QStringList expected;
                    for (auto it = r.cbegin(); it != r.cend(); ++it) {
                        if (holds(it.value())) {
                            expected.append(it.key());
                        }
                    }
                    const QString text = u"prop:r"_s + op + threshold;
                    QVERIFY2(
                        keys(text) == sorted(expected),
                        qPrintable(u"%1 with w20 = %2: %3 instead of %4"_s.arg(text).arg(decayWeight).arg(keys(text).join(u' '), sorted(expected).join(u' '))));
                }
            }
        }
    }

    void rowsCarryTheCard()
    {
        const QList<CardSearch::Row> rows = search().rows(CardQuery::parse(u"id:ml-kv"_s), {}, 0, 10);
        QCOMPARE(rows.size(), 1);
        const CardSearch::Row &row = rows.first();
        QVERIFY(row.id > 0);
        QCOMPARE(row.key, u"ml-kv"_s);
        QCOMPARE(row.deck, u"ML Systems"_s);
        QCOMPARE(row.front, u"What is the KV-cache?"_s);
        QCOMPARE(row.tags, u"kv-cache inference"_s);
        QCOMPARE(row.state, Fsrs::CardState::Review);
        QCOMPARE(row.due, std::optional<qint64>(Now + 2 * Day));
        QCOMPARE(row.intervalDays, 12);
        QCOMPARE(row.stability, std::optional<double>(30.5));
        QCOMPARE(row.difficulty, std::optional<double>(4));
        QCOMPARE(row.lapses, 1);
        QCOMPARE(row.reps, 5);
        QVERIFY(!row.suspended);
        QCOMPARE(row.flag, 0);
        QCOMPARE(row.modified, Now - 30 * Day + row.id);

        const CardSearch::Row fresh = search().rows(CardQuery::parse(u"is:new"_s), {}, 0, 10).value(0);
        QCOMPARE(fresh.key, u"tr-qlora"_s);
        QCOMPARE(fresh.state, Fsrs::CardState::New);
        QCOMPARE(fresh.due, std::nullopt);
        QCOMPARE(fresh.stability, std::nullopt);
        QCOMPARE(fresh.intervalDays, 0);
        QVERIFY(search().rows(CardQuery::parse(u"is:suspended"_s), {}, 0, 10).value(0).suspended);
    }

    void sorts_data()
    {
        QTest::addColumn<CardSearch::Column>("column");
        for (const auto column : {CardSearch::Column::Key,
                                  CardSearch::Column::Deck,
                                  CardSearch::Column::Front,
                                  CardSearch::Column::Tags,
                                  CardSearch::Column::State,
                                  CardSearch::Column::Due,
                                  CardSearch::Column::Interval,
                                  CardSearch::Column::Stability,
                                  CardSearch::Column::Difficulty,
                                  CardSearch::Column::Lapses,
                                  CardSearch::Column::Reps,
                                  CardSearch::Column::Suspended,
                                  CardSearch::Column::Flag,
                                  CardSearch::Column::Modified}) {
            QTest::addRow("%d", int(column)) << column;
        }
    }

    void sorts()
    {
        QFETCH(CardSearch::Column, column);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QString error;
            const QList<CardSearch::Row> rows = search().rows({}, {column, order}, 0, 100, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(rows.size(), LiveKeys.size());
            const int sign = order == Qt::AscendingOrder ? 1 : -1;
            for (qsizetype i = 1; i < rows.size(); ++i) {
                const int byKey = compareKeys(sortKey(rows.at(i - 1), column), sortKey(rows.at(i), column)) * sign;
                const bool byId = (rows.at(i - 1).id < rows.at(i).id) == (order == Qt::AscendingOrder);
                QVERIFY2(byKey < 0 || (byKey == 0 && byId), qPrintable(u"%1 before %2"_s.arg(rows.at(i - 1).key, rows.at(i).key)));
            }
            // Pages of 3 put together are the whole list, in the same order.
            QList<CardSearch::Row> paged;
            for (int offset = 0; offset < rows.size(); offset += 3) {
                paged += search().rows({}, {column, order}, offset, 3);
            }
            QCOMPARE(paged.size(), rows.size());
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QCOMPARE(paged.at(i).id, rows.at(i).id);
            }
        }
    }

    void sortsByDueWithNewCardsFirst()
    {
        const QList<CardSearch::Row> rows = search().rows({}, {CardSearch::Column::Due, Qt::AscendingOrder}, 0, 100);
        QStringList order;
        for (const auto &row : rows) {
            order.append(row.key);
        }
        QCOMPARE(order, (QStringList {u"tr-qlora"_s, u"my-buried"_s, u"ml-lora"_s, u"tr-attn"_s, u"relearn"_s, u"due-tonight"_s, u"ml-kv"_s, u"tr-susp"_s}));
    }

    void invalidQueryReportsItsError()
    {
        const CardQuery query = CardQuery::parse(u"tga:x"_s);
        QString error;
        QVERIFY(search().rows(query, {}, 0, 10, &error).isEmpty());
        QCOMPARE(error, u"unknown search key 'tga' at 1"_s);
        QCOMPARE(search().count(query, &error), -1);
        QCOMPARE(error, query.errorString());
    }

    /// Whatever is typed, the database never sees invalid SQL or FTS5 syntax.
    void hostileInputNeverFailsInSql()
    {
        static const QStringList pieces {
            u"\""_s, u"\\\""_s,         u"*"_s,     u"-"_s,   u"("_s,       u")"_s,  u":"_s, u"\\"_s, u" "_s,  u"AND"_s, u"OR"_s,     u"NOT"_s,  u"NEAR"_s,
            u"^"_s,  u"tag:"_s,         u"deck:"_s, u"id:"_s, u"%"_s,       u"_"_s,  u"'"_s, u";"_s,  u"--"_s, u"kv"_s,  u"-cache"_s, u"lora"_s, u"é"_s,
            u"😀"_s,  QString(QChar(0)), u"{"_s,     u"+"_s,   u"prop:r<"_s, u"0.9"_s};
        QRandomGenerator random(99);
        int ran = 0;
        for (int i = 0; i < 1000; ++i) {
            QString text;
            for (int n = random.bounded(1, 10); n > 0; --n) {
                text += pieces.at(random.bounded(int(pieces.size())));
            }
            // Also as one quoted phrase: always a valid query, so always reaches FTS5.
            QString quoted = text;
            quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
            for (const QString &candidate : QStringList {text, u"\""_s + quoted + u"\""_s, u"tag:\""_s + quoted + u"\""_s}) {
                const CardQuery query = CardQuery::parse(candidate);
                if (!query.isValid()) {
                    continue;
                }
                ++ran;
                QString error;
                (void)search().rows(query, {CardSearch::Column::Front, Qt::AscendingOrder}, 0, 50, &error);
                QVERIFY2(error.isEmpty(), qPrintable(candidate + u": "_s + error));
                QVERIFY2(search().count(query, &error) >= 0, qPrintable(candidate + u": "_s + error));
            }
        }
        QVERIFY(ran > 2000);
    }

    void megabyteFieldsAreSearchedAndCut()
    {
        const QString front = u"lorem ipsum "_s.repeated(90'000) + u"needle"_s;
        QVERIFY(front.size() > 1'000'000);
        exec(m_db, u"UPDATE cards SET front = ? WHERE key = 'tr-qlora'"_s, {front});
        const QList<CardSearch::Row> rows = search().rows(CardQuery::parse(u"needle"_s), {}, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().front.size(), CardSearch::SnippetLength);
        QVERIFY(rows.first().front.startsWith(u"lorem ipsum lorem"_s));
        QVERIFY(rows.first().front.endsWith(u'…'));
    }

    void plainSnippet_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::addRow("bold") << u"What is the **KV-cache**?"_s << u"What is the KV-cache?"_s;
        QTest::addRow("heading and emphasis") << u"# Heading\n\nSome *emphasis* and _more_"_s << u"Heading Some emphasis and more"_s;
        QTest::addRow("nested emphasis") << u"**bold *nested* x** and ***both***"_s << u"bold nested x and both"_s;
        QTest::addRow("strike") << u"~~old~~ new"_s << u"old new"_s;
        QTest::addRow("code keeps snake_case") << u"Use `torch.compile` on snake_case_name"_s << u"Use torch.compile on snake_case_name"_s;
        QTest::addRow("fence") << u"```python\nx = 1\n```"_s << u"x = 1"_s;
        QTest::addRow("links and images") << u"See [the paper](https://x.y/a_b) ![img](a.png)"_s << u"See the paper img"_s;
        QTest::addRow("quotes and lists") << u"> quoted\n- item one\n* item two\n1. first"_s << u"quoted item one item two first"_s;
        QTest::addRow("arithmetic stars stay") << u"2 * 3 * 4"_s << u"2 * 3 * 4"_s;
        QTest::addRow("escapes") << u"\\*literal\\* \\_x\\_"_s << u"*literal* _x_"_s;
        QTest::addRow("latex stays") << u"$O(n^2)$ memory"_s << u"$O(n^2)$ memory"_s;
        QTest::addRow("whitespace") << u"  a\n\n\tb  "_s << u"a b"_s;
        QTest::addRow("cut") << u"a"_s.repeated(300) << QString(u"a"_s.repeated(119) + u"…"_s);
        QTest::addRow("exactly long enough") << u"b"_s.repeated(120) << u"b"_s.repeated(120);
    }

    void plainSnippet()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(CardSearch::plainSnippet(markdown), plain);
    }
};

QTEST_GUILESS_MAIN(TestCardSearch)
#include "tst_cardsearch.moc"
