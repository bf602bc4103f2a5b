// SPDX-License-Identifier: GPL-3.0-or-later
// The card browser on a generated collection of 100 000 cards and 1 000 000 reviews. Target: opening the
// browser on a full-text query (the count plus the first page of rows) in under 100 ms.
#include "cards/cardsearch.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "storage/transaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace
{
constexpr int CardCount = 100'000;
constexpr int ReviewCount = 1'000'000;
constexpr int DeckCount = 40;
constexpr int PageSize = 100;
constexpr qint64 Now = 1'750'000'000'000;
constexpr qint64 Day = 86'400'000;

void die(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::abort();
}

void run(QSqlQuery &query)
{
    if (!query.exec()) {
        die(query.lastError().text());
    }
}

/// Card text as decks have it: ML terms (some common, most rare) and filler words, in Markdown.
class TextGenerator
{
public:
    TextGenerator()
    {
        m_terms = QStringList {u"attention"_s,
                               u"transformer"_s,
                               u"gradient"_s,
                               u"embedding"_s,
                               u"kv-cache"_s,
                               u"lora"_s,
                               u"quantization"_s,
                               u"softmax"_s,
                               u"batch"_s,
                               u"latency"_s,
                               u"throughput"_s,
                               u"tokenizer"_s,
                               u"dropout"_s,
                               u"optimizer"_s};
        for (int i = 0; i < 5000; ++i) {
            m_rare.append(pseudoWord(5 + i % 6));
        }
    }

    QString front()
    {
        return u"What does **%1** do to %2 when %3 %4?"_s.arg(term(), word(), word(), word());
    }

    QString back()
    {
        QString text;
        for (int i = 0; i < 40; ++i) {
            text += (i % 9 == 0 ? term() : word()) + u' ';
        }
        return text;
    }

    QString tags()
    {
        return u"%1 %2"_s.arg(m_terms.at(m_random.bounded(int(m_terms.size()))), m_rare.at(m_random.bounded(200)));
    }

    QRandomGenerator &random()
    {
        return m_random;
    }

private:
    QString pseudoWord(int length)
    {
        static const QString letters = u"abcdefghijklmnopqrstuvwxyz"_s;
        QString word;
        for (int i = 0; i < length; ++i) {
            word += letters.at(m_random.bounded(int(letters.size())));
        }
        return word;
    }

    QString term()
    {
        return m_random.bounded(3) == 0 ? m_terms.at(m_random.bounded(int(m_terms.size()))) : m_rare.at(m_random.bounded(int(m_rare.size())));
    }

    QString word()
    {
        return m_rare.at(m_random.bounded(int(m_rare.size())));
    }

    QRandomGenerator m_random {2025};
    QStringList m_terms;
    QStringList m_rare;
};

/// Writes the collection once per process; every benchmark reads the same file.
class GeneratedCollection
{
public:
    GeneratedCollection()
    {
        QString error;
        m_database = Database::open(DataDir::databasePath(m_dir.path()), &error);
        if (!m_database) {
            die(error);
        }
        QSqlDatabase db = m_database->connection();
        Transaction transaction(db);
        TextGenerator text;
        QRandomGenerator &random = text.random();
        QSqlQuery deck(db);
        deck.prepare(u"INSERT INTO decks (id, key, name, origin, created_at) VALUES (?, ?, ?, 'builtin', 0)"_s);
        for (int i = 1; i <= DeckCount; ++i) {
            deck.addBindValue(i);
            deck.addBindValue(u"ml-deck-%1"_s.arg(i));
            deck.addBindValue(u"ML Deck %1"_s.arg(i));
            run(deck);
        }
        QSqlQuery card(db);
        card.prepare(u"INSERT INTO cards (id, key, deck_id, front, back, tags, source, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery state(db);
        state.prepare(u"INSERT INTO card_state (card_id, state, stability, difficulty, due, last_review, reps, lapses, suspended, flag) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (int id = 1; id <= CardCount; ++id) {
            const qint64 created = Now - random.bounded(700) * Day;
            for (const QVariant &value : {QVariant(id),
                                          QVariant(u"card-%1"_s.arg(id)),
                                          QVariant(1 + id % DeckCount),
                                          QVariant(text.front()),
                                          QVariant(text.back()),
                                          QVariant(text.tags()),
                                          QVariant(u"Source %1"_s.arg(id % 300)),
                                          QVariant(created),
                                          QVariant(created + random.bounded(100) * Day)}) {
                card.addBindValue(value);
            }
            run(card);
            if (id % 5 == 0) {
                continue; // a fifth of the cards are new
            }
            const double stability = 0.5 + random.bounded(300.0);
            const qint64 last = Now - random.bounded(60) * Day;
            for (const QVariant &value : {QVariant(id),
                                          QVariant(id % 17 == 0 ? 1 : 2),
                                          QVariant(stability),
                                          QVariant(1.0 + random.bounded(9.0)),
                                          QVariant(last + qint64(stability * Day)),
                                          QVariant(last),
                                          QVariant(random.bounded(1, 30)),
                                          QVariant(random.bounded(5)),
                                          QVariant(id % 50 == 0 ? 1 : 0),
                                          QVariant(id % 97 == 0 ? 1 + id % 7 : 0)}) {
                state.addBindValue(value);
            }
            run(state);
        }
        QSqlQuery review(db);
        review.prepare(u"INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after, stability, difficulty, interval_seconds) "
                       "VALUES (?, ?, ?, 1, 2, 2, 10.0, 5.0, 86400)"_s);
        for (int i = 0; i < ReviewCount; ++i) {
            int cardId = 1 + random.bounded(CardCount);
            cardId -= cardId % 5 == 0 ? 1 : 0; // new cards have no reviews
            review.addBindValue(qMax(1, cardId));
            review.addBindValue(Now - random.bounded(Q_INT64_C(700) * Day));
            review.addBindValue(1 + random.bounded(4));
            run(review);
        }
        if (!transaction.commit()) {
            die(transaction.errorText());
        }
        QSqlQuery analyze(db);
        analyze.exec(u"ANALYZE"_s);
    }

    [[nodiscard]] QSqlDatabase connection() const
    {
        return m_database->connection();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

GeneratedCollection &collection()
{
    static GeneratedCollection instance;
    return instance;
}

/// What the browser does when it opens on a search: parse, count the matches, read the first page.
void openBrowser(benchmark::State &state, const QString &text, CardSearch::Sort sort, int offset = 0)
{
    const CardSearch search(collection().connection(), {}, [] {
        return Now;
    });
    int matches = 0;
    for (auto _ : state) {
        const CardQuery query = CardQuery::parse(text);
        QString error;
        matches = search.count(query, &error);
        const QList<CardSearch::Row> rows = search.rows(query, sort, offset, PageSize, &error);
        if (!error.isEmpty()) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        benchmark::DoNotOptimize(rows.size());
    }
    state.counters["matches"] = matches;
}

const CardSearch::Sort ByModified {CardSearch::Column::Modified, Qt::DescendingOrder};
}

BENCHMARK_CAPTURE(openBrowser, common_word, u"attention"_s, ByModified)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, rare_word, u"gradient lora"_s, ByModified)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, prefix, u"transf"_s, ByModified)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, phrase, u"\"does attention\""_s, ByModified)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, word_by_front, u"attention"_s, CardSearch::Sort {CardSearch::Column::Front, Qt::AscendingOrder})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, everything, u""_s, ByModified)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, everything_by_due, u""_s, CardSearch::Sort {CardSearch::Column::Due, Qt::AscendingOrder})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, filters, u"deck:ml* tag:lora is:review prop:r<0.9 -is:suspended"_s, ByModified)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, rated_week, u"rated:7 OR tag:kv-cache"_s, ByModified)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, tag_wildcard, u"tag:*ization"_s, ByModified)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(openBrowser, last_page, u"attention"_s, ByModified, 9900)->Unit(benchmark::kMillisecond);
