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
        // Annotation layer (issue 3) and the tables issues 4-6 build on: tag schema, entity registry,
        // link types and links, article memos. Offsets are UTF-16 code units; spans are "start-end;..."
        // (model/annotations/storeformat.h); times are ISO 8601 UTC. The default tag schema is not
        // inserted here but on first open (Project), from resources/data/default-tags.json.
        {2,
            {
                QStringLiteral("CREATE TABLE tags("
                               " id TEXT PRIMARY KEY,"
                               " parent_id TEXT REFERENCES tags(id),"
                               " name TEXT NOT NULL,"
                               " kind TEXT NOT NULL DEFAULT 'other',"
                               " colour TEXT NOT NULL DEFAULT '',"
                               " key TEXT NOT NULL DEFAULT '',"
                               " description TEXT NOT NULL DEFAULT '',"
                               " position INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX tags_parent ON tags(parent_id)"),
                QStringLiteral("CREATE TABLE entities("
                               " id TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " type TEXT NOT NULL DEFAULT '',"
                               " aliases TEXT NOT NULL DEFAULT '[]',"
                               " external_id TEXT NOT NULL DEFAULT '',"
                               " note TEXT NOT NULL DEFAULT '',"
                               " created TEXT NOT NULL DEFAULT '',"
                               " modified TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE annotations("
                               " rowid INTEGER PRIMARY KEY,"
                               " id TEXT NOT NULL UNIQUE,"
                               " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                               " span_start INTEGER NOT NULL,"
                               " span_end INTEGER NOT NULL,"
                               " spans TEXT NOT NULL,"
                               " quote TEXT NOT NULL DEFAULT '',"
                               " prefix TEXT NOT NULL DEFAULT '',"
                               " suffix TEXT NOT NULL DEFAULT '',"
                               " kind TEXT NOT NULL DEFAULT 'entity',"
                               " tag_id TEXT REFERENCES tags(id),"
                               " attributes TEXT NOT NULL DEFAULT '{}',"
                               " note TEXT NOT NULL DEFAULT '',"
                               " author TEXT NOT NULL DEFAULT '',"
                               " created TEXT NOT NULL DEFAULT '',"
                               " modified TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL DEFAULT 'accepted',"
                               " suggestion_source TEXT NOT NULL DEFAULT '',"
                               " score REAL NOT NULL DEFAULT 0,"
                               " entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL)"),
                QStringLiteral("CREATE INDEX annotations_article ON annotations(article_id, span_start)"),
                QStringLiteral("CREATE INDEX annotations_tag ON annotations(tag_id)"),
                QStringLiteral("CREATE INDEX annotations_entity ON annotations(entity_id)"),
                QStringLiteral("CREATE TABLE link_types("
                               " id TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " symmetric INTEGER NOT NULL DEFAULT 0,"
                               " transitive INTEGER NOT NULL DEFAULT 0,"
                               " key TEXT NOT NULL DEFAULT '',"
                               " position INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("INSERT INTO link_types(id, name, symmetric, transitive, key, position) VALUES"
                               " ('same-as', 'Same as', 1, 1, 's', 0),"
                               " ('corroborates', 'Corroborates', 1, 0, 'c', 1),"
                               " ('contradicts', 'Contradicts', 1, 0, 'x', 2),"
                               " ('elaborates', 'Elaborates', 0, 0, 'e', 3),"
                               " ('quotes', 'Quotes / attributes to', 0, 0, 'q', 4)"),
                QStringLiteral("CREATE TABLE links("
                               " rowid INTEGER PRIMARY KEY,"
                               " id TEXT NOT NULL UNIQUE,"
                               " type TEXT NOT NULL,"
                               " source_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                               " target_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                               " note TEXT NOT NULL DEFAULT '',"
                               " author TEXT NOT NULL DEFAULT '',"
                               " created TEXT NOT NULL DEFAULT '',"
                               " modified TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL DEFAULT 'accepted',"
                               " suggestion_source TEXT NOT NULL DEFAULT '',"
                               " score REAL NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX links_source ON links(source_id)"),
                QStringLiteral("CREATE INDEX links_target ON links(target_id)"),
                QStringLiteral("CREATE TABLE article_memos("
                               " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                               " text TEXT NOT NULL,"
                               " author TEXT NOT NULL DEFAULT '',"
                               " modified TEXT NOT NULL DEFAULT '')"),
            }},
        // Suggestions (issue 5): per article, the Suggester fingerprint its stored suggestions were made
        // with, so that a run only suggests for new articles and those whose fingerprint is stale.
        {3,
            {
                QStringLiteral("CREATE TABLE suggestion_state("
                               " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                               " fingerprint TEXT NOT NULL,"
                               " suggested_at TEXT NOT NULL DEFAULT '') WITHOUT ROWID"),
            }},
    };
    return steps;
}

} // namespace Gloss::Schema
