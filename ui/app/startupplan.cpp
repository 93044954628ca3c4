#include "startupplan.h"

#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Gloss::Ui
{

bool StartupPlan::isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(ProjectStore::FileSuffix), Qt::CaseInsensitive) == 0;
}

StartupPlan StartupPlan::forPaths(const QStringList &paths, const QString &dataDir)
{
    StartupPlan plan;
    if (paths.isEmpty()) {
        plan.projectPath = QDir(dataDir).filePath(QStringLiteral("samples.gloss"));
        plan.importPaths = {sampleFolder()};
        plan.isSampleSet = true;
        return plan;
    }
    QStringList articles;
    for (const QString &path : paths) {
        if (plan.projectPath.isEmpty() && isProjectFile(path))
            plan.projectPath = QFileInfo(path).absoluteFilePath();
        else
            articles.append(QFileInfo(path).absoluteFilePath());
    }
    if (plan.projectPath.isEmpty())
        plan.projectPath = projectForArticles(articles, dataDir);
    plan.importPaths = articles;
    return plan;
}

QString StartupPlan::projectForArticles(const QStringList &articlePaths, const QString &dataDir)
{
    QStringList absolute;
    for (const QString &path : articlePaths)
        absolute.append(QFileInfo(path).absoluteFilePath());
    absolute.sort();
    const QFileInfo first(absolute.value(0));
    const QString folder = first.isDir() ? first.absoluteFilePath() : first.absolutePath();
    QString name = QFileInfo(folder).fileName();
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"), QRegularExpression::UseUnicodePropertiesOption);
    name.replace(unsafe, QStringLiteral("-"));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("articles");
    const QByteArray hash = QCryptographicHash::hash(absolute.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QDir(dataDir).filePath(QStringLiteral("projects/") + name + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".gloss"));
}

} // namespace Gloss::Ui
