// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace TestSupport
{
/// A large collection with a believable history, for benchmarks and for tests that need volume.
///
/// Cards sit in contiguous id ranges per deck; the first `studiedFraction` of each deck has been studied,
/// the rest is New with no card_state row (as after a deck import). Each studied card's history is a real
/// FSRS-6 replay (default parameters, mostly Good, some Again, Hard and Easy, answered on time or a little
/// late), shifted so that it ends at a random point of its last interval before `nowMs`: dues then spread
/// the way a user's do, with a few overdue, a few reviewed earlier today and a handful still in
/// (re)learning. A few cards are suspended, buried or flagged, and every fifth deck has its own limits. The
/// log is written in time order, as a real one grows, so that "today" is a contiguous run of rows.
/// The same spec always gives the same database.
struct GeneratedCollectionSpec {
    int decks = 40;
    int cards = 100'000;
    qint64 reviews = 1'000'000; ///< review_log rows, exactly
    double studiedFraction = 0.7;
    qint64 nowMs = 1'750'000'000'000; ///< 2025-06-15T15:06:40Z: "now" for the history
    quint64 seed = 20250615;
};

/// Fills `db`, a freshly migrated and empty database, in one transaction. False with `error` set on failure.
[[nodiscard]] bool generateCollection(QSqlDatabase db, const GeneratedCollectionSpec &spec, QString *error);

/// A generated collection in a database of its own, in a temporary data directory removed with it.
class GeneratedDatabase
{
public:
    explicit GeneratedDatabase(const GeneratedCollectionSpec &spec = {});
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const GeneratedCollectionSpec &spec() const;

private:
    GeneratedCollectionSpec m_spec;
    TempDataDir m_dir;
    std::unique_ptr<Database> m_database;
    QString m_error;
};
/// The generated collection of a benchmark executable, made once on first use (about 40 s). Creates
/// the QCoreApplication that Qt SQL needs to load its driver, and aborts when generation fails:
/// a benchmark without its data has nothing to measure.
[[nodiscard]] const GeneratedDatabase &benchmarkCollection();
}
