// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfile.h"

#include "storagelog.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace
{
/// The caches below are shared by every thread that opens its own connection.
QMutex s_cacheMutex;
}

QString SqlFile::load(const QString &name)
{
    static QHash<QString, QString> cache;
    const QMutexLocker locker(&s_cacheMutex);
    auto it = cache.constFind(name);
    if (it != cache.constEnd()) {
        return *it;
    }
    QFile file(u":/mlprep/storage/sql/"_s + name + u".sql"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "SqlFile::load", qPrintable(name));
    if (!opened) {
        qCCritical(lcStorage) << "missing SQL resource" << name;
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    cache.insert(name, text);
    return text;
}

namespace
{
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}
}

QStringList SqlFile::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QStringList recentWords; // the last few bare words, upper-cased, to spot CREATE TRIGGER and END
    bool inTrigger = false;
    const qsizetype n = script.size();
    qsizetype i = 0;

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty()) {
            statements.append(statement);
        }
        current.clear();
        recentWords.clear();
        inTrigger = false;
    };

    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n') {
                ++i;
            }
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    // A doubled quote is an escaped quote inside the literal.
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j))) {
                ++j;
            }
            const QString word = script.mid(i, j - i);
            current += word;
            recentWords.append(word.toUpper());
            if (recentWords.size() > 3) {
                recentWords.removeFirst();
            }
            if (recentWords.last() == u"TRIGGER"_s && recentWords.contains(u"CREATE"_s)) {
                inTrigger = true;
            }
            i = j;
            continue;
        }
        if (c == u';') {
            if (!inTrigger || (!recentWords.isEmpty() && recentWords.last() == u"END"_s)) {
                flush();
            } else {
                current += c;
                recentWords.append(u";"_s);
            }
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

bool SqlFile::execScript(QSqlDatabase &db, const QString &script, QString *error)
{
    const QStringList statements = splitStatements(script);
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            if (error) {
                *error = query.lastError().text() + u" — in: "_s + statement.left(120);
            }
            return false;
        }
    }
    return true;
}

QSqlQuery SqlFile::prepare(const QSqlDatabase &db, const QString &name)
{
    // Without its comments: Qt scans the whole text for `:name` placeholders, comments included,
    // so an apostrophe or a colon in a comment would silently break the binding.
    static QHash<QString, QString> statements;
    QString statement;
    {
        const QString text = load(name);
        const QMutexLocker locker(&s_cacheMutex);
        auto it = statements.constFind(name);
        if (it == statements.constEnd()) {
            it = statements.insert(name, splitStatements(text).value(0));
        }
        statement = *it;
    }
    QSqlQuery query(db);
    if (!query.prepare(statement)) {
        qCCritical(lcStorage) << "cannot prepare" << name << query.lastError().text();
    }
    return query;
}
