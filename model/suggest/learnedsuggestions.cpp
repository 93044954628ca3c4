#include "learnedsuggestions.h"

#include "project.h"
#include "suggestionannotation.h"
#include "tokenizer.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimer>

namespace Gloss::Suggest
{

namespace
{
QString learnedSource()
{
    return Suggestion::sourceName(Suggestion::Source::Learned);
}

// An FTS5 phrase: the text in double quotes, inner quotes doubled.
QString phrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

LearnedSuggestions::LearnedSuggestions(Project &project, QObject *parent) : QObject(parent), m_project(project)
{
    connect(project.annotator(), &Annotator::annotationsAdded, this, &LearnedSuggestions::learn);
    // A project opened anew: what was queued belongs to the old one.
    connect(project.annotator(), &Annotator::reloaded, this, [this] {
        m_taught.clear();
        m_tasks.clear();
    });
}

void LearnedSuggestions::learn(const QString &articleId, const QList<Annotation> &annotations)
{
    Q_UNUSED(articleId)
    if (!m_enabled || annotations.size() > BulkLimit || m_project.isReadOnly())
        return;
    for (const Annotation &annotation : annotations) {
        if (annotation.status != Annotation::Status::Accepted || !annotation.suggestionSource.isEmpty() || annotation.author == Annotator::suggesterAuthor()
            || annotation.tagId.isEmpty() || annotation.spans.size() != 1)
            continue;
        // The look-ups (history, full-text index) wait for the event loop: the tagging call stays quick.
        m_taught.append(annotation);
        schedule();
    }
}

std::shared_ptr<StringMatchRecommender> LearnedSuggestions::recommenderFor(const QString &text, const QString &tagId) const
{
    auto recommender = std::make_shared<StringMatchRecommender>();
    // The history of this text and tag: the analyst's own tags and the learned suggestions reviewed.
    QSqlQuery query(m_project.store().database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT quote, status, suggestion_source, article_id, span_start, span_end FROM annotations"
                                 " WHERE tag_id = ? AND quote = ? COLLATE NOCASE AND status <> 'suggested'"));
    query.addBindValue(tagId);
    query.addBindValue(text);
    if (query.exec()) {
        while (query.next()) {
            const QString quote = query.value(0).toString();
            const std::optional<Annotation::Status> status = Annotation::statusFromName(query.value(1).toString());
            const QString source = query.value(2).toString();
            if (status == Annotation::Status::Accepted && (source.isEmpty() || source == learnedSource()))
                recommender->addAccepted(quote, tagId);
            else if (status == Annotation::Status::Rejected && source == learnedSource())
                recommender->addRejected(quote, tagId, query.value(3).toString(), query.value(4).toInt(), query.value(5).toInt());
        }
    }
    return recommender;
}

QStringList LearnedSuggestions::candidateArticles(const QStringList &texts, int limit) const
{
    QStringList phrases;
    for (const QString &text : texts) {
        if (!text.trimmed().isEmpty())
            phrases.append(QStringLiteral("text : ") + phrase(text.trimmed()));
    }
    QStringList ids;
    if (phrases.isEmpty())
        return ids;
    QSqlQuery query(m_project.store().database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? LIMIT ?"));
    query.addBindValue(phrases.join(QStringLiteral(" OR ")));
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

void LearnedSuggestions::queue(const Annotation &taught)
{
    Task task;
    task.text = taught.quote.trimmed();
    task.tagId = taught.tagId;
    task.kind = taught.kind;
    if (task.text.isEmpty())
        return;
    for (const Task &queued : std::as_const(m_tasks)) {
        if (queued.tagId == task.tagId && queued.text.compare(task.text, Qt::CaseInsensitive) == 0)
            return;
    }
    task.recommender = recommenderFor(task.text, task.tagId);
    QStringList texts{task.text};
    if (!taught.entityId.isEmpty()) {
        if (const std::optional<Entity> entity = m_project.annotator()->entity(taught.entityId)) {
            task.recommender->addAliases(entity->name, task.tagId, entity->aliases);
            texts.append(entity->name);
            texts.append(entity->aliases);
        }
    }
    if (task.recommender->isSuppressed(task.text, task.tagId))
        task.recommender->addAccepted(task.text, task.tagId);
    task.articleIds = candidateArticles(texts);
    m_tasks.append(task);
    schedule();
}

void LearnedSuggestions::schedule()
{
    if (m_scheduled || !isBusy())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        work(SliceMs);
        schedule();
    });
}

void LearnedSuggestions::finishNow()
{
    while (isBusy())
        work(-1);
}

void LearnedSuggestions::work(int budgetMs)
{
    if (!m_taught.isEmpty()) {
        // One look-up per turn.
        queue(m_taught.takeFirst());
        return;
    }
    if (m_tasks.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    Task &task = m_tasks.first();
    const Tag *tag = m_project.annotator()->tagSchema().tag(task.tagId);
    QList<SuggestionWrite> writes;
    while (task.next < task.articleIds.size() && (budgetMs < 0 || timer.elapsed() < budgetMs)) {
        const QString &articleId = task.articleIds.at(task.next++);
        const std::optional<Article> article = m_project.store().article(articleId);
        if (!article)
            continue;
        const Suggestions found = task.recommender->suggest(articleId, article->text, Tokenizer::tokenize(article->text));
        if (found.isEmpty())
            continue;
        SuggestionWrite write;
        write.articleId = articleId;
        for (const Suggestion &suggestion : found) {
            Annotation draft = SuggestionAnnotation::toAnnotation(suggestion, article->text);
            draft.kind = tag && tag->kind == Tag::Kind::Other ? Annotation::Kind::Other : task.kind;
            write.drafts.append(draft);
        }
        writes.append(write);
    }
    if (!writes.isEmpty()) {
        // Add only: what is there (the analyst's tags, rejected spots, other suggestions) stays and blocks.
        if (const std::optional<SuggestionWriteResult> result = m_project.annotator()->replaceSuggestions(writes, {}))
            task.added += result->added;
    }
    if (task.next >= task.articleIds.size()) {
        const Task done = m_tasks.takeFirst();
        Q_EMIT finished(done.text, done.tagId, done.added);
    }
}

} // namespace Gloss::Suggest
