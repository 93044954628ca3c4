// A second program on a project, for the crash-safety and second-instance tests.
//
//   gloss_crashwriter write PROJECT   adds annotations one by one, forever; after each one is committed
//                                     prints "saved <id>" (flushed), so whatever it printed must be in
//                                     the file however it dies
//   gloss_crashwriter hold PROJECT    opens the project read-write, prints "open rw" or "open ro <reason>",
//                                     then waits until killed
#include "import/articleimporter.h"
#include "project.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <random>

using namespace Gloss;

namespace
{
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

const QString ArticleText = QStringLiteral("The night shift at the container terminal logged 412 arrivals 🚢 and 38 departures, "
                                           "while the tug crews reported gusts above 90 kilometres an hour 𠀋 along the breakwater. "
                                           "A spokesperson for the port said the figures were provisional.");
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3 || (arguments.at(1) != QLatin1String("write") && arguments.at(1) != QLatin1String("hold"))) {
        std::fputs("usage: gloss_crashwriter write|hold PROJECT\n", stderr);
        return 2;
    }
    Project project;
    QString error;
    if (!project.open(arguments.at(2), ProjectStore::Mode::ReadWrite, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (arguments.at(1) == QLatin1String("hold")) {
        say(project.isReadOnly() ? QStringLiteral("open ro ") + project.readOnlyReason() : QStringLiteral("open rw"));
        while (true)
            QThread::sleep(1);
    }
    if (project.isReadOnly()) {
        std::fprintf(stderr, "opened read-only: %s\n", qPrintable(project.readOnlyReason()));
        return 1;
    }

    Article article;
    article.title = QStringLiteral("Terminal log");
    article.text = ArticleText;
    article.id = Article::idForText(ArticleText);
    if (!project.store().containsArticle(article.id)) {
        ImportBatch batch;
        batch.articles = {article};
        if (project.addArticles(batch).addedIds.isEmpty()) {
            std::fputs("cannot add the article\n", stderr);
            return 1;
        }
    }
    QObject::connect(&project, &Project::message, &project, [](const Message &message) { std::fprintf(stderr, "%s\n", qPrintable(message.toString())); });

    const QStringList tags = {QStringLiteral("figure"), QStringLiteral("place"), QStringLiteral("organisation"), QStringLiteral("claim-quantity")};
    std::mt19937 random(std::random_device{}());
    std::uniform_int_distribution<int> start(0, int(ArticleText.size()) - 21);
    std::uniform_int_distribution<int> length(1, 20);
    for (int i = 0;; ++i) {
        const int from = start(random);
        const std::optional<QString> id = project.annotator()->addAnnotation(article.id, {Span{from, from + length(random)}}, tags.at(i % tags.size()));
        if (!id)
            return 1;
        say(QStringLiteral("saved ") + *id);
        // Now and then an edit of the same annotation and its undo, so that the kill also lands in those.
        if (i % 3 == 0) {
            project.annotator()->setNote(*id, QStringLiteral("checked"));
            project.undoStack()->undo();
        }
    }
}
