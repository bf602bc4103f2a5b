// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"
#include "cards/cardbrowsermodel.h"
#include "collection.h"
#include "review/decklistmodel.h"
#include "review/reviewcontroller.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

namespace
{
/// -1 when the statement fails, so that a broken query never passes for a count of 0.
qint64 scalar(const Collection &collection, const QString &sql)
{
    const QVariant value = TestSupport::scalar(collection.connection(), sql);
    return value.isValid() ? value.toLongLong() : -1;
}

QVariant value(const CardBrowserModel &model, int row, int role)
{
    return model.data(model.index(row), role);
}

/// The row showing card `cardId`, or -1 among the rows fetched.
int rowOf(const CardBrowserModel &model, qint64 cardId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (value(model, row, CardBrowserModel::CardIdRole).toLongLong() == cardId) {
            return row;
        }
    }
    return -1;
}

void fetchAll(CardBrowserModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
}
}

class TestCardBrowserModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Collection> m_collection;
    std::unique_ptr<CardBrowserModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_liveCards = 0;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempDataDir>();
        QString error;
        m_collection = Collection::open(m_dir->path(), &error);
        QVERIFY2(m_collection, qPrintable(error));
        m_liveCards = int(scalar(*m_collection, u"SELECT count(*) FROM cards WHERE deleted_at IS NULL AND retired = 0"_s));
        QVERIFY2(m_liveCards > 3 * CardBrowserModel::PageSize, "the built-in decks fill several pages");
        // Edits happen after the built-in cards were written, so "most recently modified" puts them first.
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + Fsrs::MsPerDay;
        m_model = std::make_unique<CardBrowserModel>(*m_collection, [later] {
            return later;
        });
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_model->rowCount(), 0); // no search until asked
        m_model->refresh();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_collection.reset();
        m_dir.reset();
    }

    void fetchesPagesLazily()
    {
        QCOMPARE(m_model->count(), m_liveCards);
        QCOMPARE(m_model->rowCount(), CardBrowserModel::PageSize);
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 2 * CardBrowserModel::PageSize);
        fetchAll(*m_model);
        QCOMPARE(m_model->rowCount(), m_liveCards);
        QSet<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            ids.insert(value(*m_model, row, CardBrowserModel::CardIdRole).toLongLong());
        }
        QCOMPARE(int(ids.size()), m_liveCards); // pages neither repeat nor skip a card
    }

    void queryFilters()
    {
        QSignalSpy countSpy(m_model.get(), &CardBrowserModel::countChanged);
        m_model->setQuery(u"deck:kernels"_s);
        const qint64 inDeck
            = scalar(*m_collection,
                     u"SELECT count(*) FROM cards c JOIN decks d ON d.id = c.deck_id WHERE d.key = 'kernels' AND c.deleted_at IS NULL AND c.retired = 0"_s);
        QVERIFY(inDeck > 0 && inDeck < m_liveCards);
        QCOMPARE(m_model->count(), int(inDeck));
        QCOMPARE(countSpy.count(), 1);
        const QString deckName = value(*m_model, 0, CardBrowserModel::DeckRole).toString();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(value(*m_model, row, CardBrowserModel::DeckRole).toString(), deckName);
        }

        m_model->setQuery(u"is:new"_s);
        QCOMPARE(m_model->count(), m_liveCards); // a fresh collection has studied nothing
        m_model->setQuery(u"is:suspended"_s);
        QCOMPARE(m_model->count(), 0);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void parseErrorIsSurfaced()
    {
        QSignalSpy errorSpy(m_model.get(), &CardBrowserModel::queryErrorChanged);
        m_model->setQuery(u"tga:x"_s);
        QVERIFY(m_model->queryError().contains(u"tga"_s));
        QCOMPARE(m_model->count(), 0);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(errorSpy.count(), 1);
        m_model->setQuery(u"tag:x"_s);
        QVERIFY(m_model->queryError().isEmpty());
        QCOMPARE(errorSpy.count(), 2);
    }

    void sortsByColumn()
    {
        QSignalSpy sortSpy(m_model.get(), &CardBrowserModel::sortChanged);
        m_model->sort(CardBrowserModel::DeckColumn, Qt::AscendingOrder);
        QCOMPARE(m_model->sortColumn(), int(CardBrowserModel::DeckColumn));
        QCOMPARE(sortSpy.count(), 1);
        fetchAll(*m_model);
        for (int row = 1; row < m_model->rowCount(); ++row) {
            const QString previous = value(*m_model, row - 1, CardBrowserModel::DeckRole).toString();
            QVERIFY(previous.compare(value(*m_model, row, CardBrowserModel::DeckRole).toString(), Qt::CaseInsensitive) <= 0);
        }
        const QString first = value(*m_model, 0, CardBrowserModel::DeckRole).toString();
        const QString last = value(*m_model, m_model->rowCount() - 1, CardBrowserModel::DeckRole).toString();
        QVERIFY(first != last);
        m_model->sort(CardBrowserModel::DeckColumn, Qt::DescendingOrder);
        QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(value(*m_model, 0, CardBrowserModel::DeckRole).toString(), last);
    }

    void deleteAndUndo()
    {
        QSignalSpy changed(m_model.get(), &CardBrowserModel::cardsChanged);
        const qint64 first = value(*m_model, 0, CardBrowserModel::CardIdRole).toLongLong();
        const qint64 second = value(*m_model, 1, CardBrowserModel::CardIdRole).toLongLong();
        QVERIFY(m_model->remove({0, 1}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->count(), m_liveCards - 2);
        QCOMPARE(m_model->rowCount(), CardBrowserModel::PageSize); // the page refills from below
        QCOMPARE(rowOf(*m_model, first), -1);
        QCOMPARE(rowOf(*m_model, second), -1);
        QVERIFY(m_model->canUndo());
        QVERIFY(m_model->undoLabel().contains(u'2'));

        m_model->setQuery(u"is:deleted"_s);
        QCOMPARE(m_model->count(), 2);

        QVERIFY(m_model->undo());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_model->count(), 0); // the search reruns: the trash is empty again
        m_model->setQuery(QString());
        QCOMPARE(m_model->count(), m_liveCards);
        QVERIFY(rowOf(*m_model, first) >= 0);
        QVERIFY(!m_model->canUndo());
    }

    void restoresFromTheTrash()
    {
        const qint64 card = value(*m_model, 0, CardBrowserModel::CardIdRole).toLongLong();
        QVERIFY(m_model->remove({0}));
        m_model->setQuery(u"is:deleted"_s);
        QVERIFY(m_model->restore({0}));
        QCOMPARE(m_model->count(), 0);
        m_model->setQuery(QString());
        QVERIFY(rowOf(*m_model, card) >= 0);
    }

    void suspendsInPlace()
    {
        const qint64 card = value(*m_model, 3, CardBrowserModel::CardIdRole).toLongLong();
        QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->toggleSuspended({3}));
        QVERIFY(!dataChanged.isEmpty());
        const int row = rowOf(*m_model, card);
        QVERIFY(value(*m_model, row, CardBrowserModel::SuspendedRole).toBool());
        m_model->setQuery(u"is:suspended"_s);
        QCOMPARE(m_model->count(), 1);
        QVERIFY(m_model->toggleSuspended({0})); // all suspended: the toggle unsuspends
        QCOMPARE(m_model->count(), 0);
        m_model->setQuery(QString());
        QVERIFY(m_model->suspend({0, 1}));
        QVERIFY(m_model->unsuspend({0}));
        m_model->setQuery(u"is:suspended"_s);
        QCOMPARE(m_model->count(), 1);
    }

    void movesToADeck()
    {
        const qint64 card = value(*m_model, 5, CardBrowserModel::CardIdRole).toLongLong();
        QVERIFY(m_model->move({5}, u"  Scratch "_s));
        m_model->setQuery(u"deck:scratch"_s);
        QCOMPARE(m_model->count(), 1);
        QCOMPARE(value(*m_model, 0, CardBrowserModel::CardIdRole).toLongLong(), card);
        QCOMPARE(m_model->card(0).value(u"deck"_s).toString(), u"Scratch"_s);
    }

    void retags()
    {
        QVERIFY(m_model->retag({0, 1}, u"alpha  beta"_s, QString()));
        m_model->setQuery(u"tag:alpha tag:beta"_s);
        QCOMPARE(m_model->count(), 2);
        QVERIFY(m_model->retag({0}, QString(), u"alpha"_s));
        QCOMPARE(m_model->count(), 1); // the other card keeps both
        m_model->setQuery(u"tag:beta -tag:alpha"_s);
        QCOMPARE(m_model->count(), 1);
        QCOMPARE(value(*m_model, 0, CardBrowserModel::TagsRole).toString().split(u' ').count(u"beta"_s), 1);
    }

    void addsAndEdits()
    {
        QSignalSpy changed(m_model.get(), &CardBrowserModel::cardsChanged);
        QVERIFY(!m_model->addCard({{u"front"_s, u"   "_s}, {u"deck"_s, u"Scratch"_s}}));
        QVERIFY(!m_model->message().isEmpty());
        QCOMPARE(changed.count(), 0);

        QVERIFY(m_model->addCard(
            {{u"front"_s, u"What is **zygote** batching?"_s}, {u"back"_s, u"Nothing."_s}, {u"tags"_s, u"mine test"_s}, {u"deck"_s, u"Scratch"_s}}));
        QVERIFY(m_model->message().isEmpty());
        QCOMPARE(m_model->count(), m_liveCards + 1);
        m_model->setQuery(u"zyg"_s); // full text; the last word is a prefix while typing
        QCOMPARE(m_model->count(), 1);
        QCOMPARE(value(*m_model, 0, CardBrowserModel::FrontRole).toString(), u"What is zygote batching?"_s);
        QVariantMap fields = m_model->card(0);
        QCOMPARE(fields.value(u"tags"_s).toString(), u"mine test"_s);
        QCOMPARE(fields.value(u"deck"_s).toString(), u"Scratch"_s);

        fields[u"back"_s] = u"Grouping requests."_s;
        QVERIFY(m_model->editCard(0, fields));
        QCOMPARE(m_model->card(0).value(u"back"_s).toString(), u"Grouping requests."_s);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!m_model->editCard(7, fields)); // no such row
    }

    void browserChangesRefreshTheReviewDecks()
    {
        m_tester.reset();
        m_model.reset();
        AppContext context(std::move(m_collection), u"light"_s, QString());
        CardBrowserModel *browser = context.browser();
        DeckListModel *decks = context.review()->decks();
        context.review()->refreshDecks();
        const int due = decks->selectedDue();
        QVERIFY(due > 0);
        browser->setQuery(u"is:new"_s);
        fetchAll(*browser);
        QList<int> rows(browser->rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        QVERIFY(browser->suspend(rows));
        QCOMPARE(decks->selectedDue(), 0);
    }
};

QTEST_MAIN(TestCardBrowserModel)
#include "tst_cardbrowsermodel.moc"
