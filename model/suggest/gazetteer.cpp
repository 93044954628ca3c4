#include "gazetteer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QVarLengthArray>

namespace Gloss::Suggest
{

namespace
{

bool isJoiner(QChar c)
{
    return TextFold::isHyphen(c) || TextFold::isApostrophe(c) || c == u'.' || c == u'&' || c == u'/';
}

/// The index of the word after \a t that can continue a name, or -1: the next token when only spaces (no line
/// break) separate them, or the one after a joining mark with no space on either side ("Jong-un", "U.S").
int nextNameWord(QStringView text, const Tokens &tokens, int t)
{
    const int n = int(tokens.size());
    int next = t + 1;
    if (next >= n)
        return -1;
    const Token &tok = tokens[next];
    if (tok.isPunct()) {
        if (!tok.isJoined() || !isJoiner(text[tok.start]) || next + 1 >= n)
            return -1;
        const Token &after = tokens[next + 1];
        if (!after.isJoined() || after.isPunct())
            return -1;
        return next + 1;
    }
    if (tok.has(Token::LineBreakBefore))
        return -1;
    return next;
}

} // namespace

QStringList Gazetteer::keysOf(QStringView name)
{
    QStringList keys;
    const Tokens tokens = Tokenizer::tokenize(name);
    for (const Token &t : tokens) {
        if (!t.isPunct())
            keys.append(TextFold::fold(name.mid(t.start, t.length())));
    }
    return keys;
}

void Gazetteer::addName(int entryIndex, const QString &name)
{
    const Tokens tokens = Tokenizer::tokenize(name);
    int node = 0;
    AliasRef ref;
    ref.entry = entryIndex;
    bool first = true;
    for (const Token &t : tokens) {
        if (t.isPunct())
            continue;
        const QStringView word = QStringView(name).mid(t.start, t.length());
        const QString key = TextFold::fold(word);
        int id = m_vocab.value(key, -1);
        if (id < 0) {
            id = int(m_vocab.size());
            m_vocab.insert(key, id);
        }
        const quint64 edge = (quint64(node) << 32) | quint32(id);
        auto it = m_edges.constFind(edge);
        if (it == m_edges.constEnd()) {
            m_edges.insert(edge, m_nodeCount);
            node = m_nodeCount++;
        } else {
            node = it.value();
        }
        char pattern = 'x';
        if (t.isWord() && t.has(Token::AllCaps) && t.length() > 1 && !t.has(Token::HasDigit))
            pattern = 'A';
        else if (t.isWord() && t.has(Token::Capitalised))
            pattern = 'C';
        ref.casePattern.append(pattern);
        if (first && pattern == 'x' && t.isWord())
            m_lowerCaseStarts = true;
        first = false;
    }
    if (node == 0)
        return;
    ref.endsWithDot = name.endsWith(u'.');
    QList<AliasRef> &refs = m_terminals[node];
    for (const AliasRef &existing : std::as_const(refs)) {
        if (existing.entry == entryIndex && existing.casePattern == ref.casePattern)
            return;
    }
    refs.append(ref);
}

void Gazetteer::addEntry(const GazetteerEntry &entry)
{
    const int index = int(m_entries.size());
    m_entries.append(entry);
    addName(index, entry.canonical);
    for (const QString &alias : entry.aliases)
        addName(index, alias);
}

void Gazetteer::addEntries(const QList<GazetteerEntry> &entries)
{
    for (const GazetteerEntry &e : entries)
        addEntry(e);
}

QList<GazetteerEntry> Gazetteer::parse(QStringView data, const QString &listName, Messages *messages)
{
    QList<GazetteerEntry> entries;
    int lineNumber = 0;
    for (QStringView line : data.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const QList<QStringView> columns = line.split(u'\t');
        GazetteerEntry entry;
        entry.list = listName;
        entry.tag = columns.value(0).trimmed().toString();
        entry.canonical = columns.value(1).trimmed().toString();
        if (entry.tag.isEmpty() || entry.canonical.isEmpty()) {
            if (messages)
                messages->append(Message::warning(listName, QStringLiteral("line %1: a tag and a name are needed, separated by a tab").arg(lineNumber)));
            continue;
        }
        if (columns.size() > 2) {
            for (QStringView alias : columns[2].split(u'|')) {
                alias = alias.trimmed();
                if (!alias.isEmpty() && alias != entry.canonical)
                    entry.aliases.append(alias.toString());
            }
        }
        if (columns.size() > 3) {
            for (QStringView pair : columns[3].split(u';')) {
                const qsizetype eq = pair.indexOf(u'=');
                if (eq > 0)
                    entry.attributes.insert(pair.left(eq).trimmed().toString(), pair.mid(eq + 1).trimmed().toString());
            }
        }
        entries.append(entry);
    }
    return entries;
}

bool Gazetteer::loadFile(const QString &path, Messages *messages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (messages)
            messages->append(Message::error(path, QStringLiteral("cannot read the name list: %1").arg(file.errorString())));
        return false;
    }
    const QString data = QString::fromUtf8(file.readAll());
    const QList<GazetteerEntry> entries = parse(data, QFileInfo(path).fileName(), messages);
    for (const GazetteerEntry &e : entries) {
        if (e.tag.compare(u"Currency", Qt::CaseInsensitive) != 0)
            addEntry(e);
    }
    return true;
}

std::shared_ptr<const Gazetteer> Gazetteer::builtin()
{
    static const std::shared_ptr<const Gazetteer> instance = [] {
        auto g = std::make_shared<Gazetteer>();
        const QString folder = QStringLiteral(":/gloss/data/gazetteer");
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            if (name == u"currencies.tsv")
                continue;
            QFile file(folder + u'/' + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QList<GazetteerEntry> entries = parse(QString::fromUtf8(file.readAll()), QStringLiteral("builtin"), nullptr);
            for (const GazetteerEntry &e : entries)
                g->addEntry(e);
        }
        return std::shared_ptr<const Gazetteer>(std::move(g));
    }();
    return instance;
}

bool Gazetteer::caseFits(char pattern, const Token &token, QStringView text, const Tokens &tokens, int index)
{
    switch (pattern) {
    case 'A':
        return token.has(Token::AllCaps);
    case 'C':
        if (token.has(Token::Capitalised) || token.isNumber())
            return true;
        // "Kim Jong-un": a word after a joining hyphen may be lower case.
        return index > 0 && token.isJoined() && tokens[index - 1].isPunct() && TextFold::isHyphen(text[tokens[index - 1].start]);
    default:
        return true;
    }
}

QList<Gazetteer::Match> Gazetteer::findAll(QStringView text, const Tokens &tokens) const
{
    QList<Match> matches;
    if (m_entries.isEmpty())
        return matches;
    const int n = int(tokens.size());
    QVarLengthArray<int, 1024> ids(n);
    std::fill(ids.begin(), ids.end(), -2);
    QString buffer;
    buffer.reserve(64);
    auto idOf = [&](int t) {
        if (ids[t] == -2) {
            buffer.resize(0);
            TextFold::foldInto(text.mid(tokens[t].start, tokens[t].length()), buffer);
            ids[t] = wordId(buffer);
        }
        return ids[t];
    };

    QVarLengthArray<int, 16> path;
    for (int i = 0; i < n; ++i) {
        const Token &first = tokens[i];
        if (first.isPunct())
            continue;
        if (!m_lowerCaseStarts && !first.has(Token::Capitalised) && !first.isNumber())
            continue;
        int node = 0;
        int t = i;
        int bestLast = -1;
        const AliasRef *bestRef = nullptr;
        path.clear();
        while (t >= 0) {
            const int id = idOf(t);
            if (id < 0)
                break;
            const auto edge = m_edges.constFind((quint64(node) << 32) | quint32(id));
            if (edge == m_edges.constEnd())
                break;
            node = edge.value();
            path.append(t);
            const auto terminal = m_terminals.constFind(node);
            if (terminal != m_terminals.constEnd()) {
                for (const AliasRef &ref : terminal.value()) {
                    bool fits = ref.casePattern.size() == path.size();
                    for (int k = 0; fits && k < path.size(); ++k)
                        fits = caseFits(ref.casePattern[k], tokens[path[k]], text, tokens, path[k]);
                    if (fits) {
                        bestLast = t;
                        bestRef = &ref;
                        break;
                    }
                }
            }
            t = nextNameWord(text, tokens, t);
        }
        if (!bestRef)
            continue;
        Match m;
        m.start = first.start;
        m.firstToken = i;
        m.lastToken = bestLast;
        m.end = tokens[bestLast].end;
        if (bestRef->endsWithDot && bestLast + 1 < n && tokens[bestLast + 1].isJoined() && text[tokens[bestLast + 1].start] == u'.') {
            m.end = tokens[bestLast + 1].end;
            m.lastToken = bestLast + 1;
        }
        // A name glued to more word characters is no match ("Iran" in "Iranian" cannot happen: tokens are whole words).
        m.entry = bestRef->entry;
        matches.append(m);
        i = m.lastToken;
    }
    return matches;
}

QByteArray Gazetteer::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const GazetteerEntry &e : m_entries) {
        hash.addData(e.tag.toUtf8());
        hash.addData(QByteArrayView("\t"));
        hash.addData(e.canonical.toUtf8());
        hash.addData(QByteArrayView("\t"));
        hash.addData(e.aliases.join(u'|').toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex().left(16);
}

} // namespace Gloss::Suggest
