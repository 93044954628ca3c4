#include "schema.h"

namespace Gloss::Schema
{

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
            {
                QStringLiteral("CREATE TABLE project_values(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE articles("
                               " rowid INTEGER PRIMARY KEY,"
                               " id TEXT NOT NULL UNIQUE,"
                               " title TEXT NOT NULL DEFAULT '',"
                               " outlet TEXT NOT NULL DEFAULT '',"
                               " byline TEXT NOT NULL DEFAULT '',"
                               " published TEXT NOT NULL DEFAULT '',"
                               " url TEXT NOT NULL DEFAULT '',"
                               " language TEXT NOT NULL DEFAULT '',"
                               " text TEXT NOT NULL,"
                               " length INTEGER NOT NULL,"
                               " source_path TEXT NOT NULL DEFAULT '',"
                               " imported_at TEXT NOT NULL)"),
                // External-content FTS5 index over title and text, kept in step by triggers.
                QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid',"
                               " tokenize='unicode61 remove_diacritics 2')"),
                // Titles weigh four times the body in ranking; set as the table's rank function so that
                // ORDER BY rank uses FTS5's fast path.
                QStringLiteral("INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')"),
                QStringLiteral("CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
                               " INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"),
                QStringLiteral("CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
                               " INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END"),
                QStringLiteral("CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN"
                               " INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);"
                               " INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"),
            }},
    };
    return steps;
}

} // namespace Gloss::Schema
