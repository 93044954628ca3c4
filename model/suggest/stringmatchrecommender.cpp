#include "stringmatchrecommender.h"

namespace Gloss::Suggest
{

namespace
{

QString spotKey(const QString &articleId, int start, int end, const QString &tag)
{
    return articleId + u'\t' + QString::number(start) + u'\t' + QString::number(end) + u'\t' + tag;
}

} // namespace

QString StringMatchRecommender::keyOf(const QString &text, const QString &tag)
{
    return Gazetteer::keysOf(text).join(u' ') + u'\t' + tag;
}

void StringMatchRecommender::learn(const QString &text, const QString &tag, const QString &canonical)
{
    const QString key = keyOf(text, tag);
    if (Gazetteer::keysOf(text).isEmpty() || m_learned.contains(key))
        return;
    m_learned.insert(key);
    GazetteerEntry entry;
    entry.tag = tag;
    entry.canonical = text.trimmed();
    entry.list = QStringLiteral("learned");
    if (!canonical.isEmpty())
        entry.attributes.insert(QStringLiteral("canonical"), canonical);
    m_gazetteer.addEntry(entry);
}

void StringMatchRecommender::addAccepted(const QString &text, const QString &tag, const QString &canonical)
{
    learn(text, tag, canonical);
    ++m_accepted[keyOf(text, tag)];
    ++m_revision;
}

void StringMatchRecommender::addRejected(const QString &text, const QString &tag, const QString &articleId, int start, int end)
{
    ++m_rejected[keyOf(text, tag)];
    if (!articleId.isEmpty() && start >= 0 && end > start)
        m_rejectedSpots.insert(spotKey(articleId, start, end, tag));
    ++m_revision;
}

void StringMatchRecommender::addAliases(const QString &canonical, const QString &tag, const QStringList &aliases)
{
    QStringList names = aliases;
    names.prepend(canonical);
    for (const QString &name : std::as_const(names)) {
        if (name.trimmed().isEmpty())
            continue;
        learn(name, tag, canonical);
        int &count = m_accepted[keyOf(name, tag)];
        count = qMax(count, 1);
    }
    ++m_revision;
}

int StringMatchRecommender::acceptedCount(const QString &text, const QString &tag) const
{
    return m_accepted.value(keyOf(text, tag));
}

int StringMatchRecommender::rejectedCount(const QString &text, const QString &tag) const
{
    return m_rejected.value(keyOf(text, tag));
}

double StringMatchRecommender::score(const QString &text, const QString &tag) const
{
    const QString key = keyOf(text, tag);
    const int a = m_accepted.value(key);
    const int r = m_rejected.value(key);
    return (a + 1.0) / (a + r + 2.0);
}

bool StringMatchRecommender::isSuppressed(const QString &text, const QString &tag) const
{
    const QString key = keyOf(text, tag);
    return m_rejected.value(key) > 0 && m_accepted.value(key) == 0;
}

Suggestions StringMatchRecommender::suggest(const QString &articleId, QStringView text, const Tokens &tokens) const
{
    Suggestions out;
    if (m_gazetteer.isEmpty())
        return out;
    const QList<Gazetteer::Match> matches = m_gazetteer.findAll(text, tokens);
    for (const Gazetteer::Match &m : matches) {
        const GazetteerEntry &e = m_gazetteer.entry(m.entry);
        const QString found = text.mid(m.start, m.end - m.start).toString();
        if (isSuppressed(found, e.tag) || m_rejectedSpots.contains(spotKey(articleId, m.start, m.end, e.tag)))
            continue;
        Suggestion s;
        s.articleId = articleId;
        s.start = m.start;
        s.end = m.end;
        s.tag = e.tag;
        s.tagId = e.tag;
        const std::optional<EntityType> type = entityTypeForTag(e.tag);
        s.kind = type ? Suggestion::kindForType(*type) : Suggestion::Kind::Entity;
        s.text = found;
        s.score = score(found, e.tag);
        s.source = Suggestion::Source::Learned;
        s.canonical = e.attributes.value(QStringLiteral("canonical")).toString();
        s.attributes.insert(QStringLiteral("accepted"), acceptedCount(found, e.tag));
        s.attributes.insert(QStringLiteral("rejected"), rejectedCount(found, e.tag));
        out.append(s);
    }
    return out;
}

} // namespace Gloss::Suggest
