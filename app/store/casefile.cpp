// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "casefile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
QString fingerprint(const Article &article)
{
    return QString::fromLatin1(QCryptographicHash::hash(article.body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString blocksToText(const QList<TextBlock> &blocks)
{
    QJsonArray array;
    for (const TextBlock &block : blocks) {
        array.append(QJsonArray{block.kind == TextBlock::Kind::Heading ? u"h"_s : u"p"_s, block.range.start, block.range.end});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<TextBlock> blocksFromText(const QString &text)
{
    QList<TextBlock> blocks;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonArray triple = value.toArray();
        blocks.append(
            {triple.at(0).toString() == u"h"_s ? TextBlock::Kind::Heading : TextBlock::Kind::Paragraph, {triple.at(1).toInt(), triple.at(2).toInt()}});
    }
    return blocks;
}

// Each step takes the schema from version (index) to version (index + 1).
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            u"CREATE TABLE articles (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE, path TEXT, format TEXT, title TEXT, "
            u"published TEXT, url TEXT, outlet TEXT, author TEXT, body TEXT NOT NULL, blocks TEXT NOT NULL, added TEXT NOT NULL)"_s,
            u"CREATE VIRTUAL TABLE article_text USING fts5(title, body, content='articles', content_rowid='id')"_s,
            u"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN "
            u"INSERT INTO article_text(rowid, title, body) VALUES (new.id, new.title, new.body); END"_s,
            u"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN "
            u"INSERT INTO article_text(article_text, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END"_s,
        },
    };
    return steps;
}
} // namespace

CaseFile::CaseFile()
    : m_connection(u"sourceline-case-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CaseFile::~CaseFile()
{
    close();
}

bool CaseFile::fail(const QString &reason)
{
    m_error = reason;
    close();
    return false;
}

bool CaseFile::open(const QString &path, bool create)
{
    close();
    m_error.clear();
    const QFileInfo info(path);
    if (!info.exists() && !create) {
        m_error = u"no such case file"_s;
        return false;
    }
    if (info.exists() && info.isDir()) {
        m_error = u"is a folder, not a case file"_s;
        return false;
    }
    if (info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = file.errorString();
            return false;
        }
        // An empty file is a case being created; anything else must be SQLite.
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0")) {
            m_error = u"not a Sourceline case file (not an SQLite database)"_s;
            return false;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        return fail(u"cannot open the case: "_s + db.lastError().text());
    }
    m_path = path;
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s)) {
        return fail(u"cannot open the case: "_s + query.lastError().text());
    }
    query.exec(u"PRAGMA foreign_keys=ON"_s);
    return migrate();
}

bool CaseFile::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return fail(u"not a Sourceline case file: "_s + query.lastError().text());
    }
    const int version = query.value(0).toInt();
    if (version > schemaVersion) {
        return fail(u"made by a newer Sourceline (case version %1, this build reads up to %2)"_s.arg(version).arg(schemaVersion));
    }
    if (version == 0) {
        // A version-0 database must be empty: refuse to write our tables into someone else's.
        QSqlQuery tables(db);
        if (tables.exec(u"SELECT count(*) FROM sqlite_master"_s) && tables.next() && tables.value(0).toInt() > 0) {
            return fail(u"not a Sourceline case file (an SQLite database with other tables)"_s);
        }
    }
    for (int step = version; step < schemaVersion; ++step) {
        if (!db.transaction()) {
            return fail(u"cannot migrate the case: "_s + db.lastError().text());
        }
        for (const QString &statement : migrations().at(step)) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return fail(u"cannot migrate the case to version %1: %2"_s.arg(step + 1).arg(reason));
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(step + 1)) || !db.commit()) {
            db.rollback();
            return fail(u"cannot migrate the case: "_s + db.lastError().text());
        }
    }
    return true;
}

void CaseFile::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
}

bool CaseFile::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

int CaseFile::addArticles(const QList<Article> &articles)
{
    if (!isOpen()) {
        m_error = u"no case is open"_s;
        return -1;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return -1;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR IGNORE INTO articles (fingerprint, path, format, title, published, url, outlet, author, body, blocks, added) "
                   u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))"_s);
    int added = 0;
    for (const Article &article : articles) {
        insert.addBindValue(fingerprint(article));
        insert.addBindValue(article.path);
        insert.addBindValue(article.format);
        insert.addBindValue(article.title);
        insert.addBindValue(article.published.isValid() ? article.published.toString(Qt::ISODate) : QString());
        insert.addBindValue(article.url);
        insert.addBindValue(article.outlet);
        insert.addBindValue(article.author);
        insert.addBindValue(article.body);
        insert.addBindValue(blocksToText(article.blocks));
        if (!insert.exec()) {
            m_error = u"cannot save to the case: "_s + insert.lastError().text();
            db.rollback();
            return -1;
        }
        added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!db.commit()) {
        m_error = u"cannot save to the case: "_s + db.lastError().text();
        db.rollback();
        return -1;
    }
    return added;
}

QList<Article> CaseFile::articles() const
{
    QList<Article> result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT path, format, title, published, url, outlet, author, body, blocks FROM articles ORDER BY id"_s)) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        Article article;
        article.id = u"a"_s + QString::number(result.size() + 1);
        article.path = query.value(0).toString();
        article.format = query.value(1).toString();
        article.title = query.value(2).toString();
        article.published = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        article.url = query.value(4).toString();
        article.outlet = query.value(5).toString();
        article.author = query.value(6).toString();
        article.body = query.value(7).toString();
        article.blocks = blocksFromText(query.value(8).toString());
        result.append(article);
    }
    return result;
}

QList<CaseSearchHit> CaseFile::search(const QString &text) const
{
    QList<CaseSearchHit> hits;
    if (!isOpen() || text.trimmed().isEmpty()) {
        return hits;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Article order (as in articles()) is the rank of each id among all ids.
    QSqlQuery query(db);
    query.prepare(u"SELECT (SELECT count(*) FROM articles b WHERE b.id < article_text.rowid), "
                  u"snippet(article_text, 1, '[', ']', '…', 12) FROM article_text WHERE article_text MATCH ? ORDER BY rank"_s);
    query.addBindValue(text);
    if (!query.exec()) {
        m_error = u"cannot search: "_s + query.lastError().text();
        return hits;
    }
    while (query.next()) {
        hits.append({query.value(0).toInt(), query.value(1).toString()});
    }
    return hits;
}

} // namespace Sourceline
