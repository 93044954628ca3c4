#include "suggestionrun.h"

#include "project.h"
#include "suggestionannotation.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

namespace Gloss::Suggest
{

namespace
{
/// While a run writes hundreds of thousands of rows, a page cache of 64 MiB instead of SQLite's 2 MiB keeps
/// the id and offset indexes in memory; the connection's own size comes back afterwards.
class LargerPageCache final
{
public:
    explicit LargerPageCache(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toInt();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-65536"));
    }
    ~LargerPageCache()
    {
        if (m_previous != 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous));
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = 0;
};
} // namespace

void SuggestionRunSummary::add(const SuggestionWriteResult &result)
{
    added += result.added;
    removed += result.removed;
    kept += result.kept;
    dropped += result.dropped;
    for (auto it = result.addedByTag.cbegin(); it != result.addedByTag.cend(); ++it)
        addedByTag[it.key()] += it.value();
}

QStringList SuggestionRun::replacedSources()
{
    return {Suggestion::sourceName(Suggestion::Source::Gazetteer), Suggestion::sourceName(Suggestion::Source::Rule),
        Suggestion::sourceName(Suggestion::Source::Cue)};
}

std::shared_ptr<const Suggester> SuggestionRun::projectSuggester(const Annotator &annotator)
{
    auto suggester = std::make_shared<Suggester>();
    SuggesterOptions options;
    options.learned = false;
    suggester->setOptions(options);
    QList<GazetteerEntry> registry;
    for (const Entity &entity : annotator.entities()) {
        const std::optional<EntityType> type = entityTypeForTag(entity.type);
        if (!type || Suggestion::kindForType(*type) != Suggestion::Kind::Entity || entity.name.trimmed().isEmpty())
            continue;
        GazetteerEntry entry;
        entry.tag = tagName(*type);
        entry.canonical = entity.name.trimmed();
        entry.aliases = entity.aliases;
        entry.list = QStringLiteral("registry");
        registry.append(entry);
    }
    if (!registry.isEmpty()) {
        auto gazetteer = std::make_shared<Gazetteer>(*Gazetteer::builtin());
        gazetteer->addEntries(registry);
        suggester->setGazetteer(gazetteer);
    }
    return suggester;
}

SuggestionRun::SuggestionRun(Project &project) : m_project(project)
{
    setSuggester(projectSuggester(*project.annotator()));
}

void SuggestionRun::setSuggester(std::shared_ptr<const Suggester> suggester)
{
    m_suggester = std::move(suggester);
    m_fingerprint = m_suggester->fingerprint();
}

QStringList SuggestionRun::pendingArticles() const
{
    const SuggestionStateStore &state = m_project.annotator()->suggestionStateStore();
    // No stored fingerprint is "*", so every article comes back (a null string would bind as NULL).
    return state.staleArticles(m_force ? QStringLiteral("*") : m_fingerprint);
}

QList<SuggestInput> SuggestionRun::prepare(const QStringList &ids) const
{
    QList<SuggestInput> inputs;
    inputs.reserve(ids.size());
    const AnnotationStore &annotations = m_project.annotator()->annotationStore();
    for (const QString &id : ids) {
        const std::optional<Article> article = m_project.store().article(id);
        if (!article)
            continue;
        SuggestInput input = SuggestInput::fromArticle(*article);
        // The analyst's own annotations keep suggestions of the same kind off their spans.
        for (const Annotation &annotation : annotations.byArticle(id)) {
            if (annotation.status != Annotation::Status::Accepted)
                continue;
            const std::optional<EntityType> type = entityTypeForTag(annotation.tagId);
            const Suggestion::Kind kind = type               ? Suggestion::kindForType(*type)
                : annotation.kind == Annotation::Kind::Claim ? Suggestion::Kind::Claim
                                                             : Suggestion::Kind::Entity;
            input.annotated.append({TextSpan{annotation.start(), annotation.end()}, kind});
        }
        inputs.append(std::move(input));
    }
    return inputs;
}

SuggestionWrite SuggestionRun::compute(const Suggester &suggester, const SuggestInput &input, const QString &fingerprint)
{
    SuggestionWrite write;
    write.articleId = input.articleId;
    write.fingerprint = fingerprint;
    write.textLength = int(input.text.size());
    const Suggestions suggestions = suggester.suggest(input);
    write.drafts.reserve(suggestions.size());
    for (const Suggestion &suggestion : suggestions)
        write.drafts.append(SuggestionAnnotation::toAnnotation(suggestion, input.text));
    return write;
}

bool SuggestionRun::write(const QList<SuggestionWrite> &results, SuggestionRunSummary &summary)
{
    if (results.isEmpty())
        return true;
    QElapsedTimer timer;
    timer.start();
    const std::optional<SuggestionWriteResult> written = m_project.annotator()->replaceSuggestions(results, replacedSources());
    summary.writeSeconds += double(timer.nsecsElapsed()) / 1e9;
    if (!written) {
        summary.failed = true;
        return false;
    }
    summary.add(*written);
    summary.done += int(results.size());
    return true;
}

SuggestionRunSummary SuggestionRun::run(const std::function<bool(int done, int total)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    SuggestionRunSummary summary;
    summary.articles = m_project.store().articleCount();
    const QStringList pending = pendingArticles();
    summary.pending = int(pending.size());
    if (progress && !progress(0, summary.pending)) {
        summary.cancelled = true;
        return summary;
    }
    const std::shared_ptr<const Suggester> suggester = m_suggester;
    const QString fingerprint = m_fingerprint;
    const LargerPageCache cache(m_project.store().database());
    const auto start = [&](qsizetype from) {
        return QtConcurrent::mapped(
            prepare(pending.mid(from, m_batchSize)), [suggester, fingerprint](const SuggestInput &input) { return compute(*suggester, input, fingerprint); });
    };
    QFuture<SuggestionWrite> current;
    if (!pending.isEmpty())
        current = start(0);
    for (qsizetype from = 0; from < pending.size(); from += m_batchSize) {
        const QList<SuggestionWrite> results = current.results();
        // The next batch computes on the pool while this one is written.
        if (from + m_batchSize < pending.size())
            current = start(from + m_batchSize);
        else
            current = {};
        if (!write(results, summary))
            break;
        if (progress && !progress(summary.done, summary.pending)) {
            summary.cancelled = true;
            break;
        }
    }
    if (current.isValid() && !current.isFinished()) {
        current.cancel();
        current.waitForFinished();
    }
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace Gloss::Suggest
