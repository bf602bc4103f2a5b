// SPDX-License-Identifier: GPL-3.0-or-later
// answerloop DATA_DIR START_MS: the review screen with a very fast user, for tst_killanswer.
//
// Answers the due cards of every deck through ReviewService exactly as ReviewController does (reload the
// queue, preview, answer with the shown state) on a fake clock starting at START_MS, and prints
// "LOG_ID CARD_ID" after each answer() has returned, flushed at once: a printed line is an answer the user
// saw go through, which a kill -9 must never take back. Runs until killed, or MaxAnswers.
#include "cards/reviewqueue.h"
#include "cards/reviewservice.h"
#include "collection.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
/// A bound, so that a helper nobody kills still ends.
constexpr int MaxAnswers = 100'000;
/// How far the fake clock moves per answer: a learning card's 1-minute step comes back after a few answers.
constexpr qint64 MsPerAnswer = 7'000;

QList<qint64> allDeckIds(const QSqlDatabase &db, const StudySettings &settings, qint64 nowMs, QString *error)
{
    QList<qint64> ids;
    if (const auto decks = ReviewQueue::deckCounts(db, settings, nowMs, error)) {
        for (const ReviewQueue::DeckCounts &deck : *decks) {
            ids.append(deck.deckId);
        }
    }
    return ids;
}

int fail(const QString &message, int exitCode)
{
    QTextStream(stderr) << "answerloop: " << message << Qt::endl;
    return exitCode;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool validStart = false;
    qint64 nowMs = arguments.size() == 3 ? arguments.at(2).toLongLong(&validStart) : 0;
    if (!validStart) {
        return fail(u"usage: answerloop DATA_DIR START_MS"_s, 1);
    }

    QString error;
    const auto collection = Collection::open(arguments.at(1), &error);
    if (!collection) {
        return fail(error, 2);
    }
    const QSqlDatabase db = collection->connection();
    const StudySettings settings = StudySettings::load(db);
    const QList<qint64> deckIds = allDeckIds(db, settings, nowMs, &error);
    if (deckIds.isEmpty()) {
        return fail(error.isEmpty() ? u"the collection has no decks"_s : error, 3);
    }
    ReviewService service(db, settings);
    ReviewQueue queue(db, deckIds, settings);
    QTextStream out(stdout);

    for (int answered = 0; answered < MaxAnswers;) {
        if (!queue.reload(nowMs)) {
            return fail(queue.errorText(), 3);
        }
        const auto entry = queue.next(nowMs);
        if (!entry) {
            // Nothing due now: wait as the review screen does, for the next learning card or the next study day.
            nowMs = std::max(nowMs + MsPerAnswer, queue.nextLearningDueMs().value_or(settings.dayAt(nowMs).endMs));
            continue;
        }
        const auto preview = service.preview(entry->cardId, nowMs);
        if (!preview) {
            return fail(u"card %1 from the queue cannot be shown"_s.arg(entry->cardId), 3);
        }
        const auto rating = static_cast<Fsrs::Rating>(answered % 4 + 1);
        const auto result = service.answer(entry->cardId, rating, nowMs, MsPerAnswer, preview->shown);
        if (!result.ok()) {
            return fail(result.message, 3);
        }
        out << result.logId << ' ' << entry->cardId << Qt::endl;
        ++answered;
        nowMs += MsPerAnswer;
    }
    return 0;
}
