#pragma once
// Shared fixture of the annotation tests: a project in a temporary folder with two short original
// articles (one with emoji and a CJK character outside the BMP), and helpers to find spans by text.

#include "annotations/statedump.h"
#include "import/articleimporter.h"
#include "project.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace AnnotationTest
{

inline const QString HarbourText = QStringLiteral("Minister Ada Lovelace said on Tuesday that 5,000 containers 🚢 were inspected at Port Calder, "
                                                  "while the union claimed that more than 6,000 were damaged 𠀋 in the storm.\n\n"
                                                  "Inspectors expect to finish by Friday, according to the harbour authority.");
inline const QString DenialText = QStringLiteral("Harbour officials in Calder denied the union's count of 6,000 containers and said that inspections "
                                                 "would continue until Friday.");

/// The span of the \a occurrence-th (from 0) \a needle in \a text.
inline Gloss::Span spanOf(const QString &text, const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(needle, at + 1);
    Q_ASSERT(at >= 0);
    return Gloss::Span{int(at), int(at + needle.size())};
}

inline Gloss::Article article(const QString &title, const QString &outlet, const QString &text)
{
    Gloss::Article result;
    result.title = title;
    result.outlet = outlet;
    result.text = text;
    result.published = QStringLiteral("2024-03-05");
    result.id = Gloss::Article::idForText(text);
    return result;
}

/// Opens a new project at \a path with the two articles; returns their ids (harbour, denial).
inline QStringList createProject(Gloss::Project &project, const QString &path)
{
    QString error;
    if (!project.open(path, Gloss::ProjectStore::Mode::ReadWrite, &error)) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error));
        return {};
    }
    Gloss::ImportBatch batch;
    batch.articles = {article(QStringLiteral("Containers inspected at Port Calder"), QStringLiteral("Calder Wire"), HarbourText),
        article(QStringLiteral("Officials deny union count"), QStringLiteral("Morning Ledger"), DenialText)};
    return project.addArticles(batch).addedIds;
}

inline QByteArray dump(const Gloss::Project &project)
{
    return Gloss::StateDump::of(project.store().database());
}

inline QString integrity(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return QStringLiteral("integrity_check did not run");
    return query.value(0).toString();
}

inline int foreignKeyViolations(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    int count = 0;
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            ++count;
    }
    return count;
}

} // namespace AnnotationTest
