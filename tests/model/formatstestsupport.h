#pragma once
// Shared by the export/import tests of model/formats: a small annotated project written for them
// (a fictional harbour story told in English with emoji, astral CJK and combining accents, and in
// Arabic and Hebrew), the conformance validators of ../shared/validators, and helpers to compare
// projects.

#include "annotations/claim.h"
#include "annotations/statedump.h"
#include "annotations/storeformat.h"
#include "article.h"
#include "import/articleimporter.h"
#include "project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace FormatsTest
{

using namespace Gloss;

inline QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

inline Article article(const QString &title, const QString &outlet, const QString &published, const QString &url, const QString &language, const QString &text)
{
    Article a;
    a.title = title;
    a.outlet = outlet;
    a.published = published;
    a.url = url;
    a.language = language;
    a.byline = outlet == QLatin1String("Coastline Radio") ? QStringLiteral("Ilse Marrow") : QString();
    a.text = text;
    a.id = Article::idForText(text);
    return a;
}

/// Three original articles: emoji and astral CJK (surrogate pairs), a combining diaeresis and acute
/// (decomposed), precomposed accents, Arabic and Hebrew (right to left), line breaks.
inline QList<Article> articles()
{
    return {
        article(QStringLiteral("Ferry line reopens after storm 🌊"), QStringLiteral("Coastline Radio"), QStringLiteral("2031-04-02"),
            QStringLiteral("https://radio.example/ferry-reopens"), QStringLiteral("en"),
            QStringLiteral("The ferry line to Illen reopened on Monday after the storm 🌊 damaged the pier.\n"
                           "Zoe\u0308 Marrow, the harbour master, said 1,200 passengers crossed on the first day.\n"
                           "The cafe\u0301 on the quay 𠀋 stayed closed, according to its owner.")),
        article(QStringLiteral("Storm damage smaller than feared"), QStringLiteral("Valley Ledger"), QStringLiteral("2031-04-03"),
            QStringLiteral("https://ledger.example/storm-damage"), QStringLiteral("en"),
            QStringLiteral("Officials put the storm damage at 3 million euros 💶, less than the 5 million first reported.\n"
                           "The harbour master, Zoë Marrow, denied that the pier had been unsafe before the storm.")),
        article(QStringLiteral("تقرير الميناء"), QStringLiteral("Harbour Bulletin"), QStringLiteral("2031-04-04"), QString(), QStringLiteral("ar"),
            QStringLiteral("قال المتحدث باسم الميناء إن 1200 مسافر عبروا يوم الاثنين.\n"
                           "שלום 👋 from the quay.")),
    };
}

/// The spans of the \a occurrence-th \a quote in \a text (UTF-16).
inline Span spanOf(const QString &text, const QString &quote, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(quote, at + 1);
    Q_ASSERT_X(at >= 0, "spanOf", qPrintable(quote));
    return {int(at), int(at + quote.size())};
}

struct Fixture {
    QList<Article> articles;
    QStringList annotationIds;
    QStringList linkIds;
    QString customTagId;
};

inline Annotation annotation(const QString &id, const Article &article, const Spans &spans, const QString &tagId, Annotation::Kind kind, const char *created)
{
    Annotation a;
    a.id = id;
    a.articleId = article.id;
    a.spans = spans;
    a.tagId = tagId;
    a.kind = kind;
    a.author = QStringLiteral("ana");
    a.created = at(created);
    a.modified = at(created).addSecs(90);
    a.anchorTo(article.text);
    return a;
}

/// Opens (creating) a project at \a path and fills it with the articles, a custom tag, 15 annotations
/// (entities, claims with attributes, a discontinuous one, one across a line break, a suggestion, a
/// rejected suggestion, an untagged note), 2 entities, 5 links (within and across articles) and memos.
inline Fixture fill(Project &project)
{
    Fixture fixture;
    fixture.articles = articles();
    ImportBatch batch;
    batch.articles = fixture.articles;
    project.addArticles(batch);
    const Article &a1 = fixture.articles.at(0);
    const Article &a2 = fixture.articles.at(1);
    const Article &a3 = fixture.articles.at(2);

    ChangeSet changes;
    Tag custom;
    custom.id = QStringLiteral("6c1f2a8e-94b7-4d2c-8f55-0b7e3d9a1c42");
    custom.name = QStringLiteral("Infrastructure");
    custom.kind = Tag::Kind::Other;
    custom.colour = QColor(QStringLiteral("#1b9e77"));
    custom.description = QStringLiteral("Piers, bridges, quays");
    custom.position = project.annotator()->tagSchema().children(QString()).size();
    changes.tags.added.append(custom);
    fixture.customTagId = custom.id;

    Entity illen;
    illen.id = QStringLiteral("0d9b4d8e-1e33-4f6a-9a51-3b1f0c2d7e10");
    illen.name = QStringLiteral("Illen");
    illen.type = QStringLiteral("place");
    illen.aliases = {QStringLiteral("Illen Island")};
    illen.externalId = QStringLiteral("Q98765432");
    illen.note = QStringLiteral("A fictional island");
    illen.created = at("2031-04-05T09:00:00.000Z");
    illen.modified = illen.created;
    Entity marrow;
    marrow.id = QStringLiteral("7a2e9c41-5b6d-4e8f-a0c1-d2e3f4a5b6c7");
    marrow.name = QStringLiteral("Zoë Marrow");
    marrow.type = QStringLiteral("person");
    marrow.aliases = {QStringLiteral("Z. Marrow"), QStringLiteral("the harbour master")};
    marrow.created = at("2031-04-05T09:01:00.000Z");
    marrow.modified = marrow.created;
    changes.entities.added = {illen, marrow};

    const auto id = [](int n) { return QStringLiteral("3f2b8c10-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); };
    QList<Annotation> list;
    using K = Annotation::Kind;
    Annotation a;
    a = annotation(id(1), a1, {spanOf(a1.text, QStringLiteral("Illen"))}, QStringLiteral("place"), K::Entity, "2031-04-05T10:00:00.000Z");
    a.entityId = illen.id;
    list.append(a);
    a = annotation(id(2), a1, {spanOf(a1.text, QStringLiteral("Zoe\u0308 Marrow"))}, QStringLiteral("person"), K::Entity, "2031-04-05T10:01:00.000Z");
    a.entityId = marrow.id;
    a.note = QStringLiteral("Harbour master since 2029.\nSpelled with a diaeresis.");
    list.append(a);
    a = annotation(id(3), a1, {spanOf(a1.text, QStringLiteral("1,200 passengers crossed on the first day"))}, QStringLiteral("claim-quantity"), K::Claim,
        "2031-04-05T10:02:00.000Z");
    {
        Claim claim;
        claim.speaker = QStringLiteral("Zoë Marrow");
        claim.speakerAnnotationId = id(2);
        claim.stance = Claim::Stance::Asserts;
        claim.certainty = Claim::Certainty::High;
        claim.claimType = Claim::Type::Quantity;
        claim.value.type = NormalisedValue::Type::Number;
        claim.value.value = 1200;
        claim.value.unit = QStringLiteral("passengers");
        claim.writeTo(a.attributes);
    }
    list.append(a);
    a = annotation(id(4), a1, {spanOf(a1.text, QStringLiteral("storm 🌊")), spanOf(a1.text, QStringLiteral("damaged the pier"))}, QStringLiteral("event"),
        K::Entity, "2031-04-05T10:03:00.000Z");
    list.append(a);
    a = annotation(id(5), a1, {{spanOf(a1.text, QStringLiteral("damaged the pier")).start, spanOf(a1.text, QStringLiteral("Zoe\u0308 Marrow")).end}},
        QStringLiteral("claim-attribution"), K::Claim, "2031-04-05T10:04:00.000Z");
    a.note = QStringLiteral("Crosses a line break");
    list.append(a);
    a = annotation(id(6), a1, {spanOf(a1.text, QStringLiteral("𠀋"))}, custom.id, K::Other, "2031-04-05T10:05:00.000Z");
    list.append(a);
    a = annotation(id(7), a1, {spanOf(a1.text, QStringLiteral("cafe\u0301"))}, QStringLiteral("organisation"), K::Entity, "2031-04-05T10:06:00.000Z");
    a.status = Annotation::Status::Suggested;
    a.suggestionSource = QStringLiteral("gazetteer");
    a.score = 0.75;
    a.author = QStringLiteral("gloss-suggest");
    list.append(a);
    a = annotation(id(8), a2, {spanOf(a2.text, QStringLiteral("3 million euros 💶"))}, QStringLiteral("money"), K::Entity, "2031-04-05T11:00:00.000Z");
    list.append(a);
    a = annotation(
        id(9), a2, {spanOf(a2.text, QStringLiteral("the 5 million first reported"))}, QStringLiteral("claim-quantity"), K::Claim, "2031-04-05T11:01:00.000Z");
    a.attributes.insert(QStringLiteral("stance"), QStringLiteral("reports"));
    a.author = QStringLiteral("ben");
    list.append(a);
    a = annotation(id(10), a2, {spanOf(a2.text, QStringLiteral("Zoë Marrow"))}, QStringLiteral("person"), K::Entity, "2031-04-05T11:02:00.000Z");
    a.entityId = marrow.id;
    list.append(a);
    a = annotation(id(11), a2, {spanOf(a2.text, QStringLiteral("denied that the pier had been unsafe before the storm"))}, QStringLiteral("claim"), K::Claim,
        "2031-04-05T11:03:00.000Z");
    a.attributes.insert(QStringLiteral("stance"), QStringLiteral("denies"));
    a.attributes.insert(QStringLiteral("speaker"), QStringLiteral("Zoë Marrow"));
    list.append(a);
    a = annotation(id(12), a3, {spanOf(a3.text, QStringLiteral("المتحدث باسم الميناء"))}, QStringLiteral("person"), K::Entity, "2031-04-05T12:00:00.000Z");
    list.append(a);
    a = annotation(id(13), a3, {spanOf(a3.text, QStringLiteral("1200 مسافر"))}, QStringLiteral("figure"), K::Entity, "2031-04-05T12:01:00.000Z");
    list.append(a);
    a = annotation(id(14), a3, {spanOf(a3.text, QStringLiteral("שלום 👋"))}, QString(), K::Note, "2031-04-05T12:02:00.000Z");
    a.note = QStringLiteral("Greeting in Hebrew, with a waving hand");
    list.append(a);
    a = annotation(id(15), a1, {spanOf(a1.text, QStringLiteral("harbour master"))}, QStringLiteral("person"), K::Entity, "2031-04-05T12:03:00.000Z");
    a.status = Annotation::Status::Rejected;
    a.suggestionSource = QStringLiteral("rules");
    a.score = 0.4;
    list.append(a);
    changes.annotations.added = list;
    for (const Annotation &added : std::as_const(list))
        fixture.annotationIds.append(added.id);

    const auto link = [&](int n, const char *type, int source, int target, const char *created) {
        Link l;
        l.id = QStringLiteral("9e4d7a20-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        l.type = QString::fromLatin1(type);
        l.sourceId = id(source);
        l.targetId = id(target);
        l.author = QStringLiteral("ana");
        l.created = at(created);
        l.modified = l.created;
        fixture.linkIds.append(l.id);
        return l;
    };
    Link corroborates = link(1, "corroborates", 3, 13, "2031-04-06T08:00:00.000Z");
    corroborates.note = QStringLiteral("Same figure, two outlets");
    changes.links.added = {
        corroborates,
        link(2, "same-as", 2, 10, "2031-04-06T08:01:00.000Z"),
        link(3, "contradicts", 8, 9, "2031-04-06T08:02:00.000Z"),
        link(4, "elaborates", 5, 4, "2031-04-06T08:03:00.000Z"),
        link(5, "same-as", 1, 6, "2031-04-06T08:04:00.000Z"),
    };
    changes.memos = {{a1.id, QString(), QStringLiteral("Check the passenger figure against the operator.")},
        {QString(), QString(), QStringLiteral("Storm coverage, April 2031.")}};
    const bool applied = project.annotator()->applyChanges(changes, QStringLiteral("Fixture"));
    Q_ASSERT(applied);
    Q_UNUSED(applied)
    return fixture;
}

/// The project's annotation layer as canonical JSON (model/annotations/statedump.h).
inline QByteArray stateDump(const Project &project)
{
    return StateDump::of(project.store().database());
}

// Validators ----------------------------------------------------------------------------------------

/// The result of running a validator: empty when it passed, else why not (or why it could not run).
struct Validation {
    bool ran = false;
    bool passed = false;
    QString output;
};

/// Runs \a program with \a arguments; not ran (with the reason) when the program or the shared
/// folder is missing.
inline Validation runValidator(const QString &program, const QStringList &arguments)
{
    Validation result;
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        result.output = QStringLiteral("%1 is not installed").arg(program);
        return result;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, arguments);
    if (!process.waitForFinished(120000)) {
        result.output = QStringLiteral("%1 did not finish").arg(program);
        return result;
    }
    result.ran = true;
    result.output = QString::fromUtf8(process.readAll());
    result.passed = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (process.exitCode() == 2) { // the validators' "usage error / missing tool"
        result.ran = false;
        result.passed = false;
    }
    return result;
}

inline QString validatorsDir()
{
    return QStringLiteral(GLOSS_SHARED_DIR "/validators");
}

/// QSKIPs (naming what is missing) unless the validators folder and \a tool exist.
#define GLOSS_REQUIRE_VALIDATOR(tool)                                                                                                                          \
    do {                                                                                                                                                       \
        if (!QDir(FormatsTest::validatorsDir()).exists())                                                                                                      \
            QSKIP(qPrintable(QStringLiteral("the conformance validators are not at %1 (GLOSS_SHARED_DIR)").arg(FormatsTest::validatorsDir())));                \
        if (QStandardPaths::findExecutable(QStringLiteral(tool)).isEmpty())                                                                                    \
            QSKIP(tool " is not installed, so this export cannot be validated");                                                                               \
    } while (false)

inline Validation validateW3c(const QString &file)
{
    return runValidator(QStringLiteral("node"), {validatorsDir() + QStringLiteral("/w3c-annotation/validate-w3c-annotation.mjs"), file});
}

inline Validation validateQdpx(const QString &file)
{
    return runValidator(QStringLiteral("bash"), {validatorsDir() + QStringLiteral("/refi-qda/validate-qdpx.sh"), file});
}

inline Validation validateBrat(const QString &txt, const QString &ann)
{
    return runValidator(QStringLiteral("python3"), {validatorsDir() + QStringLiteral("/brat/validate-brat.py"), txt, ann});
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace FormatsTest
