// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/cardquery.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
/// Characters that stress the lexer, the FTS5 escaping and SQL: quotes, operators, wildcards,
/// escapes, NUL, combining marks, surrogate pairs, and whole keywords.
QString randomQuery(QRandomGenerator &random)
{
    static const QStringList pieces {u"\""_s, u"'"_s,    u"*"_s,    u"-"_s,     u"("_s,      u")"_s,      u":"_s,   u"\\"_s,     u" "_s,  u"AND"_s,
                                     u"OR"_s, u"NOT"_s,  u"NEAR"_s, u"tag:"_s,  u"deck:"_s,  u"prop:r"_s, u"is:"_s, u"rated:"_s, u"<"_s,  u">="_s,
                                     u"="_s,  u"0.5"_s,  u"7"_s,    u"kv"_s,    u"-cache"_s, u"%"_s,      u"_"_s,   u"^"_s,      u"{"_s,  u"}"_s,
                                     u"+"_s,  u";"_s,    u"--"_s,   u"/*"_s,    u"é"_s,      u"\u0301"_s, u"😀"_s,   u"\t"_s,     u"\n"_s, QString(QChar(0)),
                                     u"x"_s,  u"lora"_s, u"1e9"_s,  u"flag:"_s, u"id:"_s};
    QString query;
    const int length = random.bounded(1, 12);
    for (int i = 0; i < length; ++i) {
        query += pieces.at(random.bounded(int(pieces.size())));
    }
    return query;
}
}

class TestCardQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("empty") << u""_s << u""_s;
        QTest::addRow("spaces") << u"   "_s << u""_s;
        QTest::addRow("word") << u"attention"_s << u"attention"_s;
        QTest::addRow("hyphenated word") << u"kv-cache"_s << u"kv-cache"_s;
        QTest::addRow("implicit and") << u"kv   cache"_s << u"kv cache"_s;
        QTest::addRow("explicit and") << u"kv AND cache"_s << u"kv cache"_s;
        QTest::addRow("phrase") << u"\"kv cache\""_s << u"\"kv cache\""_s;
        QTest::addRow("phrase prefix") << u"\"kv cach\"*"_s << u"\"kv cach\"*"_s;
        QTest::addRow("prefix") << u"atten*"_s << u"atten*"_s;
        QTest::addRow("escaped star") << u"atten\\*"_s << u"atten\\*"_s;
        QTest::addRow("escaped minus") << u"\\-x"_s << u"\\-x"_s;
        QTest::addRow("escaped colon") << u"http\\://x"_s << u"http\\://x"_s;
        QTest::addRow("escaped keyword") << u"\\or"_s << u"\\or"_s;
        QTest::addRow("quoted keyword") << u"\"OR\""_s << u"\"OR\""_s;
        QTest::addRow("colon after non-letters") << u"10:30"_s << u"10\\:30"_s;
        QTest::addRow("quote inside phrase") << u"\"say \\\"hi\\\"\""_s << u"\"say \\\"hi\\\"\""_s;
        QTest::addRow("deck") << u"deck:ml*"_s << u"deck:ml*"_s;
        QTest::addRow("deck key uppercase") << u"DECK:ML"_s << u"deck:ML"_s;
        QTest::addRow("deck quoted") << u"deck:\"ML Systems\""_s << u"deck:\"ML Systems\""_s;
        QTest::addRow("tag") << u"tag:lora"_s << u"tag:lora"_s;
        QTest::addRow("tag wildcard") << u"tag:*lora"_s << u"tag:*lora"_s;
        QTest::addRow("tag literal star") << u"tag:a\\*"_s << u"tag:a\\*"_s;
        QTest::addRow("id") << u"id:alpha-one"_s << u"id:alpha-one"_s;
        QTest::addRow("is:due") << u"is:DUE"_s << u"is:due"_s;
        QTest::addRow("is:new") << u"is:new"_s << u"is:new"_s;
        QTest::addRow("is:learn") << u"is:learn"_s << u"is:learn"_s;
        QTest::addRow("is:review") << u"is:review"_s << u"is:review"_s;
        QTest::addRow("is:suspended") << u"is:suspended"_s << u"is:suspended"_s;
        QTest::addRow("is:buried") << u"is:buried"_s << u"is:buried"_s;
        QTest::addRow("is:deleted") << u"is:deleted"_s << u"is:deleted"_s;
        QTest::addRow("flag") << u"flag:3"_s << u"flag:3"_s;
        QTest::addRow("prop:s") << u"prop:s>30"_s << u"prop:s>30"_s;
        QTest::addRow("prop:d") << u"prop:d<5"_s << u"prop:d<5"_s;
        QTest::addRow("prop:r") << u"prop:r<0.8"_s << u"prop:r<0.8"_s;
        QTest::addRow("prop:ivl") << u"prop:ivl>=10"_s << u"prop:ivl>=10"_s;
        QTest::addRow("prop:reps") << u"prop:reps>3"_s << u"prop:reps>3"_s;
        QTest::addRow("prop:lapses") << u"prop:lapses>2"_s << u"prop:lapses>2"_s;
        QTest::addRow("prop <=") << u"prop:D<=5"_s << u"prop:d<=5"_s;
        QTest::addRow("prop =") << u"prop:r=0.9"_s << u"prop:r=0.9"_s;
        QTest::addRow("prop !=") << u"prop:s!=2.5"_s << u"prop:s!=2.5"_s;
        QTest::addRow("prop negative") << u"prop:d>-1"_s << u"prop:d>-1"_s;
        QTest::addRow("rated") << u"rated:7"_s << u"rated:7"_s;
        QTest::addRow("rated with rating") << u"rated:7:1"_s << u"rated:7:1"_s;
        QTest::addRow("added") << u"added:7"_s << u"added:7"_s;
        QTest::addRow("negated word") << u"-lora"_s << u"-lora"_s;
        QTest::addRow("negated tag") << u"-tag:x"_s << u"-tag:x"_s;
        QTest::addRow("double negation") << u"--a"_s << u"--a"_s;
        QTest::addRow("or") << u"a or b"_s << u"a OR b"_s;
        QTest::addRow("and binds tighter") << u"a b OR c"_s << u"a b OR c"_s;
        QTest::addRow("group") << u"a (b OR c)"_s << u"a (b OR c)"_s;
        QTest::addRow("needless group") << u"(a b) OR c"_s << u"a b OR c"_s;
        QTest::addRow("nested groups") << u"((a))"_s << u"a"_s;
        QTest::addRow("negated group") << u"-(a OR b)"_s << u"-(a OR b)"_s;
        QTest::addRow("negated and") << u"-(a b)"_s << u"-(a b)"_s;
        QTest::addRow("flattened") << u"a OR (b OR c)"_s << u"a OR b OR c"_s;
        QTest::addRow("mixed") << u"deck:ml* -tag:lora (is:due OR flag:1) prop:r<0.8 \"kv cache\""_s
                               << u"deck:ml* -tag:lora (is:due OR flag:1) prop:r<0.8 \"kv cache\""_s;
        QTest::addRow("minus inside a word") << u"a-(b)"_s << u"a- b"_s;
        QTest::addRow("trailing backslash") << u"a\\"_s << u"a\\\\"_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const CardQuery query = CardQuery::parse(text);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QCOMPARE(query.errorPosition(), 0);
        QCOMPARE(query.normalized(), normalized);

        // The canonical form means the same query: it parses to itself and to the same SQL.
        const CardQuery again = CardQuery::parse(normalized);
        QVERIFY2(again.isValid(), qPrintable(again.errorString()));
        QCOMPARE(again.normalized(), normalized);
        const CardQuery::Context context {1'700'000'000'000, {}};
        QCOMPARE(again.toSql(context).where, query.toSql(context).where);
        QCOMPARE(again.toSql(context).values, query.toSql(context).values);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("position");
        QTest::addRow("unknown key") << u"tga:x"_s << u"unknown search key 'tga' at 1"_s << 1;
        QTest::addRow("unknown key later") << u"a -tga:x"_s << u"unknown search key 'tga' at 4"_s << 4;
        QTest::addRow("unclosed parenthesis") << u"a (b c"_s << u"unclosed parenthesis at 3"_s << 3;
        QTest::addRow("lone parenthesis") << u"("_s << u"unclosed parenthesis at 1"_s << 1;
        QTest::addRow("extra parenthesis") << u"a)"_s << u"unexpected ')' at 2"_s << 2;
        QTest::addRow("only a closing parenthesis") << u")"_s << u"unexpected ')' at 1"_s << 1;
        QTest::addRow("empty parentheses") << u"a ()"_s << u"empty parentheses at 3"_s << 3;
        QTest::addRow("unclosed quote") << u"x \"kv cache"_s << u"unclosed quote at 3"_s << 3;
        QTest::addRow("lone quote") << u"\""_s << u"unclosed quote at 1"_s << 1;
        QTest::addRow("leading or") << u"OR a"_s << u"'OR' needs a search term on both sides at 1"_s << 1;
        QTest::addRow("trailing or") << u"a OR"_s << u"'OR' needs a search term on both sides at 3"_s << 3;
        QTest::addRow("double or") << u"a OR OR b"_s << u"'OR' needs a search term on both sides at 3"_s << 3;
        QTest::addRow("lone and") << u"AND"_s << u"'AND' needs a search term on both sides at 1"_s << 1;
        QTest::addRow("trailing and") << u"a AND"_s << u"'AND' needs a search term on both sides at 3"_s << 3;
        QTest::addRow("or inside group") << u"(a OR)"_s << u"'OR' needs a search term on both sides at 4"_s << 4;
        QTest::addRow("lone minus") << u"-"_s << u"nothing to negate after '-' at 1"_s << 1;
        QTest::addRow("minus and space") << u"a - b"_s << u"nothing to negate after '-' at 3"_s << 3;
        QTest::addRow("minus before parenthesis") << u"(a -)"_s << u"nothing to negate after '-' at 4"_s << 4;
        QTest::addRow("minus before or") << u"a -OR b"_s << u"nothing to negate after '-' at 3"_s << 3;
        QTest::addRow("empty deck") << u"deck:"_s << u"'deck:' needs a value at 1"_s << 1;
        QTest::addRow("empty quoted tag") << u"tag:\"\""_s << u"'tag:' needs a value at 1"_s << 1;
        QTest::addRow("unknown state") << u"is:sleeping"_s << u"unknown state 'is:sleeping' (use due, new, learn, review, suspended, buried, deleted) at 4"_s
                                       << 4;
        QTest::addRow("percent in the value") << u"is:%2"_s << u"unknown state 'is:%2' (use due, new, learn, review, suspended, buried, deleted) at 4"_s << 4;
        QTest::addRow("flag too high") << u"flag:8"_s << u"flag must be a number from 0 to 7 at 6"_s << 6;
        QTest::addRow("flag not a number") << u"flag:red"_s << u"flag must be a number from 0 to 7 at 6"_s << 6;
        QTest::addRow("unknown property") << u"prop:x>1"_s << u"unknown property 'x' (use s, d, r, ivl, reps, lapses) at 6"_s << 6;
        QTest::addRow("property without comparison") << u"prop:ivl"_s << u"prop:ivl needs a comparison like prop:ivl>10 at 9"_s << 9;
        QTest::addRow("property bad comparison") << u"prop:ivl~3"_s << u"prop:ivl needs a comparison like prop:ivl>10 at 9"_s << 9;
        QTest::addRow("property without number") << u"prop:ivl>"_s << u"'' is not a number at 10"_s << 10;
        QTest::addRow("property not a number") << u"prop:r<abc"_s << u"'abc' is not a number at 8"_s << 8;
        QTest::addRow("property infinity") << u"prop:s>inf"_s << u"'inf' is not a number at 8"_s << 8;
        QTest::addRow("property exponent") << u"prop:s>1e9"_s << u"'1e9' is not a number at 8"_s << 8;
        QTest::addRow("rated zero") << u"rated:0"_s << u"rated: needs a number of days from 1 to 36500 at 7"_s << 7;
        QTest::addRow("rated too many days") << u"rated:99999"_s << u"rated: needs a number of days from 1 to 36500 at 7"_s << 7;
        QTest::addRow("rated bad rating") << u"rated:7:5"_s << u"the rating in rated:7:5 must be 1 (Again) to 4 (Easy) at 9"_s << 9;
        QTest::addRow("rated empty rating") << u"rated:7:"_s << u"the rating in rated:7: must be 1 (Again) to 4 (Easy) at 9"_s << 9;
        QTest::addRow("added negative") << u"added:-1"_s << u"added: needs a number of days from 1 to 36500 at 7"_s << 7;
        QTest::addRow("added plus") << u"added:+1"_s << u"added: needs a number of days from 1 to 36500 at 7"_s << 7;
        QTest::addRow("deep groups") << QString(u"("_s.repeated(500) + u"a"_s + u")"_s.repeated(500)) << u"the search is nested too deeply at 102"_s << 102;
        QTest::addRow("deep negation") << QString(u"-"_s.repeated(5000) + u"a"_s) << u"the search is nested too deeply at 102"_s << 102;
    }

    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QFETCH(int, position);
        const CardQuery query = CardQuery::parse(text);
        QVERIFY(!query.isValid());
        QCOMPARE(query.errorString(), error);
        QCOMPARE(query.errorPosition(), position);
        QCOMPARE(query.normalized(), QString());
        QCOMPARE(query.toSql({}).where, u"0"_s);
    }

    void emptyQueryMatchesLiveCards()
    {
        const CardQuery query;
        QVERIFY(query.isValid());
        QCOMPARE(query.toSql({}).where, u"c.retired = 0 AND c.deleted_at IS NULL"_s);
        QCOMPARE(CardQuery::parse(u" "_s).toSql({}).where, query.toSql({}).where);
    }

    void trashOnlyWhenAsked()
    {
        QVERIFY(CardQuery::parse(u"tag:x"_s).toSql({}).where.contains(u"c.deleted_at IS NULL"_s));
        const QString trash = CardQuery::parse(u"is:deleted tag:x"_s).toSql({}).where;
        QVERIFY(!trash.contains(u"c.deleted_at IS NULL"_s));
        QVERIFY(trash.contains(u"c.retired = 0"_s));
    }

    void wordsBecomeOneFtsQuery()
    {
        // Positive words of one AND are one FTS5 lookup; only the last unquoted word is a prefix.
        const CardQuery::Sql sql = CardQuery::parse(u"kv-cache \"flash attention\" tag:x memo"_s).toSql({});
        QCOMPARE(sql.values.first().toString(), u"\"kv-cache\" \"flash attention\" \"memo\"*"_s);
        QCOMPARE(sql.where.count(u"MATCH"_s), 2); // the words, and the tag's own lookup in the tags column
        QCOMPARE(sql.values.at(1).toString(), u"{tags} : \"x\""_s);
        const CardQuery::Sql negated = CardQuery::parse(u"a -b"_s).toSql({});
        QCOMPARE(negated.values, (QVariantList {u"\"a\""_s, u"\"b\"*"_s}));
        // A word without a token (only punctuation) matches everything instead of nothing.
        QCOMPARE(CardQuery::parse(u"*"_s).toSql({}).values, QVariantList {});
    }

    void ftsPhrase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<QString>("phrase");
        QTest::addRow("word") << u"lora"_s << false << u"\"lora\""_s;
        QTest::addRow("prefix") << u"lor"_s << true << u"\"lor\"*"_s;
        QTest::addRow("hyphen") << u"kv-cache"_s << false << u"\"kv-cache\""_s;
        QTest::addRow("quote") << u"say \"hi\""_s << false << u"\"say \"\"hi\"\"\""_s;
        QTest::addRow("operators") << u"a AND (b OR c) NOT d*"_s << false << u"\"a AND (b OR c) NOT d*\""_s;
        QTest::addRow("nul") << QString(u"a"_s + QChar(0) + u"b"_s) << false << u"\"a b\""_s;
    }

    void ftsPhrase()
    {
        QFETCH(QString, text);
        QFETCH(bool, prefix);
        QFETCH(QString, phrase);
        QCOMPARE(CardQuery::ftsPhrase(text, prefix), phrase);
    }

    /// Hostile text straight into FTS5: whatever the user types, MATCH never reports a syntax error.
    void ftsPhraseIsAlwaysValidFts5()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        {
            QSqlQuery setup(db);
            QVERIFY(setup.exec(u"CREATE VIRTUAL TABLE f USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')"_s));
            QVERIFY(setup.exec(u"INSERT INTO f VALUES ('kv cache and lora')"_s));
            QSqlQuery match(db);
            QVERIFY(match.prepare(u"SELECT count(*) FROM f WHERE f MATCH ?"_s));
            QRandomGenerator random(20240601);
            for (int i = 0; i < 5000; ++i) {
                const QString text = randomQuery(random);
                for (const bool prefix : {false, true}) {
                    match.addBindValue(CardQuery::ftsPhrase(text, prefix));
                    QVERIFY2(match.exec() && match.next(), qPrintable(u"%1: %2"_s.arg(text, match.lastError().text())));
                    match.finish();
                }
            }
            match.addBindValue(CardQuery::ftsPhrase(u"kv-cache"_s, false));
            QVERIFY(match.exec() && match.next());
            QCOMPARE(match.value(0).toInt(), 1);
        }
        db = {};
        QSqlDatabase::removeDatabase(u"fts"_s);
    }

    /// Any input: no crash; a valid query normalizes to a fixed point and binds one value per `?`.
    void randomInput()
    {
        QRandomGenerator random(7);
        int valid = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString text = randomQuery(random);
            const CardQuery query = CardQuery::parse(text);
            if (!query.isValid()) {
                QVERIFY2(query.errorPosition() >= 1 && query.errorPosition() <= text.size() + 1, qPrintable(text));
                QVERIFY(!query.errorString().isEmpty());
                continue;
            }
            ++valid;
            const CardQuery::Sql sql = query.toSql({1'700'000'000'000, {}});
            QCOMPARE(sql.where.count(u'?'), sql.values.size());
            const CardQuery again = CardQuery::parse(query.normalized());
            QVERIFY2(again.isValid(), qPrintable(text + u" → "_s + query.normalized() + u": "_s + again.errorString()));
            QCOMPARE(again.normalized(), query.normalized());
        }
        QVERIFY(valid > 1000);
    }
};

QTEST_GUILESS_MAIN(TestCardQuery)
#include "tst_cardquery.moc"
