// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/markdowndeck.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
/// A deck header (lines 1–2) followed by `body`, which starts on line 3.
QByteArray deck(const QByteArray &body)
{
    return "# Test deck\ndeck-id: t\n" + body;
}

/// A valid basic card, for checking that the cards around a broken one still parse.
QByteArray goodCard(const QByteArray &id)
{
    return "## " + id + "\nsource: S\n\n### Front\nQ?\n\n### Back\nA.\n";
}

QStringList keysOf(const DeckFile &deck)
{
    QStringList keys;
    for (const CardDraft &card : deck.cards) {
        keys.append(card.key);
    }
    return keys;
}

QString describe(const QList<MarkdownDeck::Problem> &problems)
{
    QStringList lines;
    for (const auto &problem : problems) {
        lines.append(problem.toString());
    }
    return lines.join(u'\n');
}

MarkdownDeck::ParseResult parseFixture(const QString &name)
{
    const QString path = TestSupport::testData(u"decks/parse/"_s + name);
    return MarkdownDeck::parse(TestSupport::readAll(path), name);
}
}

class TestMarkdownDeck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryFeature()
    {
        const auto result = parseFixture(u"complete.md"_s);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QVERIFY(result.hasDeck());
        const DeckFile &deck = result.deck;
        QCOMPARE(deck.key, u"demo"_s);
        QCOMPARE(deck.title, u"Every feature of the deck format"_s);
        QCOMPARE(deck.topic, u"attention"_s);
        QCOMPARE(deck.description, u"One of each thing the parser reads."_s);
        QCOMPARE(keysOf(deck), (QStringList {u"demo-basic"_s, u"demo-code"_s, u"demo-levels"_s}));

        const CardDraft &basic = deck.cards.at(0);
        QCOMPARE(basic.line, 10);
        QCOMPARE(basic.kind, CardKind::Basic);
        QCOMPARE(basic.tags, (QStringList {u"kv-cache"_s, u"numbers"_s}));
        QCOMPARE(basic.source, u"Attention Is All You Need (Vaswani et al., 2017)"_s);
        QCOMPARE(basic.followUps, (QStringList {u"demo-code"_s, u"demo-levels"_s}));
        QCOMPARE(basic.front, u"How big is the KV cache per token?"_s);
        // A `key: value` line after the first section is answer text.
        QCOMPARE(basic.back, u"2 · layers · kv_heads · head_dim · bytes.\n\nspeedups: this line looks like metadata but is answer text."_s);
        QCOMPARE(basic.levels, ThreeLevels {});

        // Lines inside fences are never headings or metadata.
        const CardDraft &code = deck.cards.at(1);
        QCOMPARE(code.line, 23);
        QCOMPARE(code.front,
                 u"What does this print?\n\n```python\n# a comment, not a heading\n## demo-not-a-card\n### Back\ntags: not-metadata\nprint(2 ** 10)\n```"_s);
        QVERIFY2(!code.back.contains(u"comment inside"_s), "comments are dropped");
        QVERIFY(code.back.startsWith(u"`1024`, and the block below"_s));
        QVERIFY(code.back.contains(u"~~~text\n```\nstill code\n```\n~~~"_s));
        QVERIFY(code.back.endsWith(u"   ````bash\n   echo \"## inside\"\n   ````"_s));
        const auto blocks = MarkdownDeck::codeBlocks(QString(code.front + u"\n"_s + code.back));
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).language, u"python"_s);
        QCOMPARE(blocks.at(0).code, u"# a comment, not a heading\n## demo-not-a-card\n### Back\ntags: not-metadata\nprint(2 ** 10)"_s);
        QCOMPARE(blocks.at(1).language, u"text"_s);
        QCOMPARE(blocks.at(1).code, u"```\nstill code\n```"_s);
        QCOMPARE(blocks.at(2).language, u"bash"_s);

        const CardDraft &levels = deck.cards.at(2);
        QCOMPARE(levels.kind, CardKind::ThreeLevel);
        QCOMPARE(cardKindName(levels.kind), u"three-level"_s);
        QCOMPARE(levels.front, u"Why QLoRA instead of full fine-tuning?"_s);
        QCOMPARE(levels.levels.technical, u"NF4 base weights, bf16 adapters."_s);
        QCOMPARE(levels.levels.architectural, u"One base serves many adapters.\n\n| option | GPUs |\n| --- | --- |\n| full | 8 |"_s);
        QCOMPARE(levels.levels.business, u"One GPU instead of eight.\n\n---\n\nThematic breaks after a blank line are fine."_s);
        QCOMPARE(levels.back,
                 u"**Technical**\n\n"_s + levels.levels.technical + u"\n\n**Architectural**\n\n"_s + levels.levels.architectural + u"\n\n**Business**\n\n"_s
                     + levels.levels.business);
        QVERIFY(levels.followUps.isEmpty());
    }

    void lineEndingsAndByteOrderMarkDoNotMatter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray lf = TestSupport::readAll(TestSupport::testData(u"decks/parse/complete.md"_s));
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QByteArray cr = lf;
        cr.replace("\n", "\r");
        QTest::addRow("CRLF") << crlf;
        QTest::addRow("CR") << cr;
        QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF" + lf);
        QTest::addRow("BOM + CRLF") << QByteArray("\xEF\xBB\xBF" + crlf);
    }

    void lineEndingsAndByteOrderMarkDoNotMatter()
    {
        QFETCH(QByteArray, bytes);
        const auto expected = parseFixture(u"complete.md"_s);
        const auto result = MarkdownDeck::parse(bytes, u"complete.md"_s);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(result.deck, expected.deck);
        QVERIFY(!result.deck.cards.constFirst().back.contains(u'\r'));
    }

    void reportsProblemsAndSkipsOnlyTheBadCard_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("cardKey"); // the card left out, or empty for a file-level problem
        QTest::addColumn<QStringList>("parsed");

        const QByteArray before = goodCard("t-before");
        const QByteArray after = goodCard("t-after");
        const QStringList both {u"t-before"_s, u"t-after"_s};
        // Cards in `before` take lines 3–10, so a broken card's heading is on line 11.
        auto row = [&](const char *name, const QByteArray &card, int line, const QString &message, const QString &key) {
            QTest::addRow("%s", name) << deck(before + card + after) << line << message << key << both;
        };

        row("bad card id: uppercase", "## t-Bad\n### Front\nQ\n### Back\nA\n", 11, u"bad card id 't-Bad'"_s, u"t-Bad"_s);
        row("bad card id: underscore", "## t_bad\n### Front\nQ\n### Back\nA\n", 11, u"bad card id 't_bad'"_s, u"t_bad"_s);
        row("bad card id: double dash", "## t--bad\n### Front\nQ\n### Back\nA\n", 11, u"bad card id"_s, u"t--bad"_s);
        row("bad card id: spaces", "## t bad card\n### Front\nQ\n### Back\nA\n", 11, u"bad card id 't bad card'"_s, u"t bad card"_s);
        row("card id missing", "##\n### Front\nQ\n### Back\nA\n", 11, u"card heading without an id"_s, QString());
        row("unknown key", "## t-x\nsorce: typo\n### Front\nQ\n### Back\nA\n", 12, u"unknown card key 'sorce'"_s, u"t-x"_s);
        row("capitalised key", "## t-x\nSource: S\n### Front\nQ\n### Back\nA\n", 12, u"unknown card key 'Source'"_s, u"t-x"_s);
        row("key given twice", "## t-x\nsource: S\nsource: T\n### Front\nQ\n### Back\nA\n", 13, u"'source' is given twice (first on line 12)"_s, u"t-x"_s);
        row("unknown kind", "## t-x\nkind: cloze\n### Front\nQ\n### Back\nA\n", 12, u"unknown kind 'cloze'"_s, u"t-x"_s);
        row("bad tag", "## t-x\ntags: ok, Not Kebab\n### Front\nQ\n### Back\nA\n", 12, u"bad tag 'Not Kebab'"_s, u"t-x"_s);
        row("bad follow-up", "## t-x\nfollow-up: t-y, T_Z\n### Front\nQ\n### Back\nA\n", 12, u"bad follow-up id 'T_Z'"_s, u"t-x"_s);
        row("own follow-up", "## t-x\nfollow-up: t-x\n### Front\nQ\n### Back\nA\n", 12, u"cannot be its own follow-up"_s, u"t-x"_s);
        row("text before front", "## t-x\nThis is the question?\n### Front\nQ\n### Back\nA\n", 12, u"text before '### Front'"_s, u"t-x"_s);
        row("code before front", "## t-x\n```python\nx = 1\n```\n### Front\nQ\n### Back\nA\n", 12, u"text before '### Front'"_s, u"t-x"_s);
        row("missing front", "## t-x\n### Back\nA\n", 11, u"card 't-x' has no '### Front' section"_s, u"t-x"_s);
        row("missing back", "## t-x\n### Front\nQ\n", 11, u"card 't-x' has no '### Back' section"_s, u"t-x"_s);
        row("no sections", "## t-x\nsource: S\n", 11, u"has no '### Front' section"_s, u"t-x"_s);
        row("missing business",
            "## t-x\nkind: three-level\n### Front\nQ\n### Technical\nT\n### Architectural\nA\n",
            11,
            u"card 't-x' has no '### Business' section"_s,
            u"t-x"_s);
        row("three-level with back", "## t-x\nkind: three-level\n### Front\nQ\n### Back\nA\n", 15, u"a three-level card has no '### Back'"_s, u"t-x"_s);
        row("basic with levels", "## t-x\n### Front\nQ\n### Technical\nT\n", 14, u"'### Technical' belongs to three-level cards"_s, u"t-x"_s);
        row("unknown section", "## t-x\n### Front\nQ\n### Answer\nA\n", 14, u"unknown section '### Answer'"_s, u"t-x"_s);
        row("duplicate section", "## t-x\n### Front\nQ\n### Back\nA\n### Back\nB\n", 16, u"duplicate section '### Back' (first on line 14)"_s, u"t-x"_s);
        row("sections out of order", "## t-x\n### Back\nA\n### Front\nQ\n", 12, u"sections must come in the order ### Front, ### Back"_s, u"t-x"_s);
        row("empty front", "## t-x\n### Front\n\n   \n### Back\nA\n", 12, u"empty section '### Front'"_s, u"t-x"_s);
        row("empty back", "## t-x\n### Front\nQ\n### Back\n<!-- only a comment -->\n", 14, u"empty section '### Back'"_s, u"t-x"_s);
        row("empty level",
            "## t-x\nkind: three-level\n### Front\nQ\n### Technical\nT\n### Architectural\n\n### Business\nB\n",
            17,
            u"empty section '### Architectural'"_s,
            u"t-x"_s);
        row("heading in text", "## t-x\n### Front\nQ\n### Back\n#### Details\nA\n", 15, u"heading inside card text"_s, u"t-x"_s);
        row("h1 in text", "## t-x\n### Front\nQ\n### Back\n# Big\nA\n", 15, u"heading inside card text"_s, u"t-x"_s);
        row("indented heading in text", "## t-x\n### Front\nQ\n### Back\n  ## Sub\nA\n", 15, u"heading inside card text"_s, u"t-x"_s);
        row("setext heading in text", "## t-x\n### Front\nQ\n### Back\nA title\n---\nA\n", 16, u"makes the line above it a heading"_s, u"t-x"_s);
        row("setext = heading in text", "## t-x\n### Front\nQ\n### Back\nA title\n=====\nA\n", 16, u"makes the line above it a heading"_s, u"t-x"_s);
        row("unclosed comment", "## t-x\n### Front\nQ\n<!-- never closed\n### Back\nA\n", 14, u"comment is never closed"_s, u"t-x"_s);
        row("derive without generator",
            "## t-x\nkind: derive\n### Front\nQ\n### Back\nA\n",
            11,
            u"a derive card needs a 'derive: <generator>' line"_s,
            u"t-x"_s);
        row("unknown generator",
            "## t-x\nkind: derive\nderive: kv-cash\n### Front\nQ\n### Back\nA\n",
            13,
            u"unknown generator 'kv-cash' (expected one of: kv-cache-bytes,"_s,
            u"t-x"_s);
        row("derive on a basic card", "## t-x\nderive: pipeline-bubble\n### Front\nQ\n### Back\nA\n", 12, u"'derive' belongs to derive cards"_s, u"t-x"_s);
        row("derive with levels",
            "## t-x\nkind: derive\nderive: pipeline-bubble\n### Front\nQ\n### Technical\nT\n",
            16,
            u"'### Technical' belongs to three-level cards"_s,
            u"t-x"_s);

        // A fence that never closes costs its own card only: reading resumes at the next card.
        row("unterminated fence", "## t-x\n### Front\n```python\nx = 1\n### Back\nA\n", 13, u"code fence is never closed"_s, u"t-x"_s);
        row("unterminated long fence", "## t-x\n### Front\n````python\nx\n```\n### Back\nA\n", 13, u"add a line of 4 '`'"_s, u"t-x"_s);

        // Duplicate: the first card stays.
        QTest::addRow("duplicate id") << deck(goodCard("t-same") + goodCard("t-same") + after) << 11 << u"duplicate card id 't-same' (first used on line 3)"_s
                                      << u"t-same"_s << QStringList {u"t-same"_s, u"t-after"_s};

        // File-level problems keep every card.
        QTest::addRow("missing deck-id") << QByteArray("# Deck\ntopic: attention\n\n" + before) << 1 << u"missing deck-id"_s << QString()
                                         << QStringList {u"t-before"_s};
        QTest::addRow("bad deck-id") << QByteArray("# Deck\ndeck-id: My Deck\n\n" + before) << 2 << u"bad deck-id 'My Deck'"_s << QString()
                                     << QStringList {u"t-before"_s};
        QTest::addRow("deck-id twice") << QByteArray("# Deck\ndeck-id: t\ndeck-id: u\n" + before) << 3 << u"'deck-id' is given twice"_s << QString()
                                       << QStringList {u"t-before"_s};
        QTest::addRow("unknown deck key") << QByteArray("# Deck\ndeck-id: t\nauthor: me\n" + before) << 3 << u"unknown deck key 'author'"_s << QString()
                                          << QStringList {u"t-before"_s};
        QTest::addRow("unknown topic") << QByteArray("# Deck\ndeck-id: t\ntopic: biology\n" + before) << 3 << u"unknown topic 'biology'"_s << QString()
                                       << QStringList {u"t-before"_s};
        QTest::addRow("text in header") << QByteArray("# Deck\ndeck-id: t\nSome prose.\n" + before) << 3 << u"unexpected text in the deck header"_s << QString()
                                        << QStringList {u"t-before"_s};
        QTest::addRow("no title") << QByteArray("deck-id: t\n" + before) << 1 << u"must start with a '# Title' line"_s << QString()
                                  << QStringList {u"t-before"_s};
        QTest::addRow("empty title") << QByteArray("#\ndeck-id: t\n" + before) << 1 << u"the deck title is empty"_s << QString() << QStringList {u"t-before"_s};
        QTest::addRow("second title") << QByteArray("# Deck\ndeck-id: t\n# Again\n" + before) << 3 << u"one '# Title' line"_s << QString()
                                      << QStringList {u"t-before"_s};
        QTest::addRow("section outside card") << QByteArray("# Deck\ndeck-id: t\n### Front\n" + before) << 3 << u"outside a card"_s << QString()
                                              << QStringList {u"t-before"_s};
        QTest::addRow("unclosed fence in header") << QByteArray("# Deck\ndeck-id: t\n```\n" + before) << 3 << u"code fence is never closed"_s << QString()
                                                  << QStringList {u"t-before"_s};
    }

    void reportsProblemsAndSkipsOnlyTheBadCard()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, message);
        QFETCH(QString, cardKey);
        QFETCH(QStringList, parsed);

        const auto result = MarkdownDeck::parse(bytes, u"deck.md"_s);
        QVERIFY2(!result.problems.isEmpty(), "expected a problem");
        const auto &problem = result.problems.constFirst();
        QVERIFY2(problem.message.contains(message), qPrintable(describe(result.problems)));
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.file, u"deck.md"_s);
        QCOMPARE(problem.cardKey, cardKey);
        QVERIFY(problem.toString().startsWith(u"deck.md:%1: "_s.arg(line)));
        QCOMPARE(keysOf(result.deck), parsed);
    }

    void invalidUtf8IsReportedNotFatal()
    {
        const QByteArray broken = "## t-broken\n### Front\nQ \xFF\xFE?\n### Back\nA \xC3\n";
        const auto result = MarkdownDeck::parse(deck(goodCard("t-before") + broken + goodCard("t-after")), u"bad.md"_s);
        QCOMPARE(keysOf(result.deck), (QStringList {u"t-before"_s, u"t-after"_s}));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.constFirst().line, 13);
        QCOMPARE(result.problems.constFirst().cardKey, u"t-broken"_s);
        QVERIFY(result.problems.constFirst().message.contains(u"not valid UTF-8"_s));

        // In the header: reported once, the cards still parse.
        const auto header = MarkdownDeck::parse("# Deck \xFF\ndeck-id: t\ndescription: \xC0\xC1\n" + goodCard("t-a"), u"bad.md"_s);
        QCOMPARE(header.problems.size(), 1);
        QCOMPARE(header.problems.constFirst().line, 1);
        QCOMPARE(keysOf(header.deck), QStringList {u"t-a"_s});
        QVERIFY(header.deck.title.contains(QChar(QChar::ReplacementCharacter)));

        // Not text at all: problems, no crash.
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i) {
            binary[i] = char((i * 7919) % 256);
        }
        const auto noise = MarkdownDeck::parse(binary, u"noise.md"_s);
        QVERIFY(!noise.problems.isEmpty());
        QVERIFY(!noise.hasDeck());
    }

    void emptyFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("blank lines") << QByteArray("\n\n   \n\t\n");
        QTest::addRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
        QTest::addRow("CRLF only") << QByteArray("\r\n\r\n");
    }

    void emptyFiles()
    {
        QFETCH(QByteArray, bytes);
        const auto result = MarkdownDeck::parse(bytes, u"empty.md"_s);
        QVERIFY(!result.hasDeck());
        QVERIFY(result.deck.cards.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.constFirst().message.contains(u"empty"_s));
    }

    void headerOnlyFileHasNoCards()
    {
        const auto result = MarkdownDeck::parse("# Deck\ndeck-id: t\n", u"d.md"_s);
        QVERIFY(result.problems.isEmpty());
        QVERIFY(result.hasDeck());
        QVERIFY(result.deck.cards.isEmpty());
    }

    void unreadableFileIsAProblem()
    {
        const auto result = MarkdownDeck::parseFile(TestSupport::testData(u"decks/parse/does-not-exist.md"_s));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.constFirst().line, 0);
        QVERIFY(result.problems.constFirst().toString().contains(u"does-not-exist.md: cannot be read"_s));
        QVERIFY(!result.hasDeck());
    }

    void handlesMegabyteFields()
    {
        QByteArray paragraph;
        while (paragraph.size() < 1024 * 1024) {
            paragraph += "word ";
        }
        QByteArray code;
        while (code.size() < 1024 * 1024) {
            code += "x = 1  # not a heading\n";
        }
        const QByteArray bytes
            = deck("## t-big\nsource: " + paragraph + "\n### Front\n" + paragraph + "\n### Back\n```python\n" + code + "```\n" + goodCard("t-after"));
        QElapsedTimer timer;
        timer.start();
        const auto result = MarkdownDeck::parse(bytes, u"big.md"_s);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(keysOf(result.deck), (QStringList {u"t-big"_s, u"t-after"_s}));
        const CardDraft &big = result.deck.cards.constFirst();
        QCOMPARE(big.front.size(), QString::fromLatin1(paragraph).trimmed().size());
        QCOMPARE(big.source.size(), big.front.size());
        QCOMPARE(big.back.size(), code.size() + 13); // the fences "```python\n" and "```" around it
        QVERIFY2(elapsed < 5000, qPrintable(u"parsing 3 MB took %1 ms"_s.arg(elapsed)));
        qInfo("parsed 3 MB in %lld ms", elapsed);
    }

    void hostileInputStaysLinear()
    {
        // Thousands of fences that never close, each shorter than the last closer: a naive
        // "scan ahead for the closing fence" is quadratic here.
        QByteArray bytes = deck("## t-x\n### Front\nQ\n### Back\n");
        for (int i = 0; i < 20000; ++i) {
            bytes += "````x\n```\n<!--\n";
        }
        QElapsedTimer timer;
        timer.start();
        const auto result = MarkdownDeck::parse(bytes, u"hostile.md"_s);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY(!result.problems.isEmpty());
        QVERIFY(result.deck.cards.isEmpty());

        // Problems are capped so a file in another format cannot flood the log.
        QByteArray prose = "# Deck\ndeck-id: t\n";
        for (int i = 0; i < 5000; ++i) {
            prose += "Just some prose line.\n";
        }
        const auto flooded = MarkdownDeck::parse(prose, u"prose.md"_s);
        QCOMPARE(flooded.problems.size(), 201);
        QVERIFY(flooded.problems.constLast().message.contains(u"too many problems"_s));
    }

    void fencesFollowCommonMark()
    {
        // A closing fence must use the same character and be at least as long; an info string
        // with a backtick is inline code, not a fence.
        const QByteArray body = "## t-x\n### Front\nQ\n### Back\n"
                                "````python\n```\n## t-not-a-card\n````\n"
                                "```python x = `y` ```\n"
                                "~~~\n```\n~~~\n";
        const auto result = MarkdownDeck::parse(deck(body), u"f.md"_s);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(keysOf(result.deck), QStringList {u"t-x"_s});
        const auto blocks = MarkdownDeck::codeBlocks(result.deck.cards.constFirst().back);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0).code, u"```\n## t-not-a-card"_s);
        QCOMPARE(blocks.at(1).language, QString());
        QCOMPARE(blocks.at(1).code, u"```"_s);
    }

    void listsAndTablesAreNotSetextHeadings()
    {
        const QByteArray body = "## t-x\n### Front\nQ\n### Back\n"
                                "- item\n---\n"
                                "1. first\n--\n"
                                "| a | b |\n|---|---|\n"
                                "> quote\n---\n";
        const auto result = MarkdownDeck::parse(deck(body), u"s.md"_s);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(result.deck.cards.size(), 1);
    }

    void countsProseWords_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("words");
        QTest::addRow("plain") << u"one two  three\nfour"_s << 4;
        QTest::addRow("punctuation only tokens") << u"a · b = c | d — e"_s << 5;
        QTest::addRow("markdown") << u"**Bold** text, `code` and [a link](http://x)."_s << 6;
        QTest::addRow("code excluded") << u"before\n```python\nx = one two three\n```\nafter"_s << 2;
        QTest::addRow("tilde code excluded") << u"a\n~~~\nb c d\n~~~\ne"_s << 2;
        QTest::addRow("unclosed code") << u"a\n```\nb c d"_s << 1;
        QTest::addRow("table") << u"| option | GPUs |\n| --- | --- |\n| full | 8 |"_s << 4;
        QTest::addRow("empty") << QString() << 0;
    }

    void countsProseWords()
    {
        QFETCH(QString, markdown);
        QFETCH(int, words);
        QCOMPARE(MarkdownDeck::proseWordCount(markdown), words);
    }

    void validatesIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addRow("simple") << u"attn-kv-cache"_s << true;
        QTest::addRow("digits") << u"q4-int8-2x"_s << true;
        QTest::addRow("single") << u"a"_s << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("upper") << u"Attn"_s << false;
        QTest::addRow("underscore") << u"a_b"_s << false;
        QTest::addRow("leading dash") << u"-a"_s << false;
        QTest::addRow("trailing dash") << u"a-"_s << false;
        QTest::addRow("double dash") << u"a--b"_s << false;
        QTest::addRow("space") << u"a b"_s << false;
        QTest::addRow("non-ascii") << u"caf\u00e9"_s << false;
    }

    void validatesIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(MarkdownDeck::isValidId(id), valid);
    }

    void tagsAndFollowUpsAreTidied()
    {
        const auto result = MarkdownDeck::parse(deck("## t-x\ntags: a,b , ,a\nfollow-up:  t-y ,t-z,t-y\nkind: basic\n### Front\nQ\n### Back\nA\n"), u"t.md"_s);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        const CardDraft &card = result.deck.cards.constFirst();
        QCOMPARE(card.tags, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(card.followUps, (QStringList {u"t-y"_s, u"t-z"_s}));
        QVERIFY(card.source.isEmpty());
        QCOMPARE(card.kind, CardKind::Basic);
    }

    void sectionNamesIgnoreCase()
    {
        const auto result = MarkdownDeck::parse(deck("## t-x\n###   front  \nQ\n### BACK\nA\n"), u"c.md"_s);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(result.deck.cards.constFirst().back, u"A"_s);
    }

    void parsesDeriveCards()
    {
        // `derive:` may come before `kind:`; Front and Back describe the generator.
        const auto result = MarkdownDeck::parse(deck("## t-d\nderive: kv-cache-bytes\nkind: derive\nsource: S\n\n### Front\nHow big is the KV cache?\n\n"
                                                     "### Back\n2 · layers · kv_heads · head_dim · tokens · bytes.\n"
                                                     + goodCard("t-after")),
                                                u"d.md"_s);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(keysOf(result.deck), (QStringList {u"t-d"_s, u"t-after"_s}));
        const CardDraft &card = result.deck.cards.constFirst();
        QCOMPARE(card.kind, CardKind::Derive);
        QCOMPARE(card.derive, u"kv-cache-bytes"_s);
        QCOMPARE(card.front, u"How big is the KV cache?"_s);
        QCOMPARE(card.back, u"2 · layers · kv_heads · head_dim · tokens · bytes."_s);
        QCOMPARE(card.levels, ThreeLevels {});
        QVERIFY(result.deck.cards.constLast().derive.isEmpty());
        QCOMPARE(cardKindName(CardKind::Derive), u"derive"_s);
        CardKind kind = CardKind::Basic;
        QVERIFY(MarkdownDeck::kindFromName(u"derive", &kind));
        QCOMPARE(kind, CardKind::Derive);
        QVERIFY(MarkdownDeck::topics().contains(u"numbers"_s));
    }

    void cardsOfAnyPrefixAreAccepted()
    {
        // A card moved to another deck keeps its id (its schedule is keyed by it), so the deck
        // prefix is a naming convention checked across all decks, not a parse error.
        const auto result = MarkdownDeck::parse(deck(goodCard("other-moved")), u"m.md"_s);
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
        QCOMPARE(keysOf(result.deck), QStringList {u"other-moved"_s});
    }
};

QTEST_GUILESS_MAIN(TestMarkdownDeck)
#include "tst_markdowndeck.moc"
