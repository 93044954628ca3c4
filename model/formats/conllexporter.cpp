#include "conllexporter.h"

#include "exportdata.h"
#include "formatnames.h"
#include "suggest/sentencesplitter.h"
#include "suggest/tokenizer.h"

#include <algorithm>

namespace Gloss::Formats
{

namespace
{
struct Chunk {
    Span span;
    QString type;
};
} // namespace

ExportOutput ConllExporter::write(const ExportData &data, const Progress &progress) const
{
    ExportOutput output;
    output.layout = ExportOutput::Layout::File;
    output.messages = data.messages;

    QByteArray out;
    out.reserve(qsizetype(data.articles.size()) * 20000);
    int overlapping = 0;
    qint64 done = 0;
    for (const Article &article : data.articles) {
        if (progress.isCancelled()) {
            output.cancelled = true;
            return output;
        }
        const QString &text = article.text;
        // The entity chunks of this article, without overlaps, by start.
        QList<Chunk> candidates;
        const auto [first, last] = data.annotationRange(article.id);
        for (qsizetype i = first; i < last; ++i) {
            const Annotation &annotation = data.annotations.at(i);
            if (annotation.kind != Annotation::Kind::Entity)
                continue;
            const QString name = data.tagName(annotation.tagId);
            const QString type = FormatNames::typeName(name.isEmpty() ? QStringLiteral("Entity") : name);
            for (const Span &span : annotation.spans)
                candidates.append({span, type});
        }
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const Chunk &a, const Chunk &b) { return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end; });
        QList<Chunk> chunks;
        int coveredTo = 0;
        for (const Chunk &chunk : std::as_const(candidates)) {
            if (chunk.span.start < coveredTo) {
                ++overlapping;
                continue;
            }
            chunks.append(chunk);
            coveredTo = chunk.span.end;
        }

        out.append("-DOCSTART- O\n\n");
        const Suggest::Tokens tokens = Suggest::Tokenizer::tokenize(text);
        const QList<Suggest::TextSpan> sentences = Suggest::SentenceSplitter::split(text);
        qsizetype token = 0;
        qsizetype chunk = 0;
        int chunkOfPrevious = -1;
        for (const Suggest::TextSpan &sentence : sentences) {
            while (token < tokens.size() && tokens.at(token).end <= sentence.start)
                ++token;
            bool any = false;
            while (token < tokens.size() && tokens.at(token).start < sentence.end) {
                const Suggest::Token &t = tokens.at(token);
                while (chunk < chunks.size() && chunks.at(chunk).span.end <= t.start)
                    ++chunk;
                QByteArray label("O");
                if (chunk < chunks.size() && chunks.at(chunk).span.intersects(t.start, t.end)) {
                    label = (chunkOfPrevious == chunk ? "I-" : "B-") + chunks.at(chunk).type.toUtf8();
                    chunkOfPrevious = int(chunk);
                } else {
                    chunkOfPrevious = -1;
                }
                out.append(QStringView(text).mid(t.start, t.length()).toUtf8());
                out.append(' ');
                out.append(label);
                out.append('\n');
                any = true;
                ++token;
            }
            if (any)
                out.append('\n');
            // A chunk never carries over a sentence end as I-.
            chunkOfPrevious = -1;
        }
        done += last - first;
        progress.reportEvery(done, data.annotations.size(), 1);
    }
    if (overlapping > 0)
        output.messages.append(
            Message::notice({}, QStringLiteral("%1 entity spans overlap another one; IOB2 cannot nest them, so they were left out").arg(overlapping)));
    output.files.append({QStringLiteral("export.conll"), out});
    return output;
}

} // namespace Gloss::Formats
