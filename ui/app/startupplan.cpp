#include "startupplan.h"

#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Gloss::Ui
{

namespace
{
QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

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
            plan.projectPath = absoluteClean(path);
        else
            articles.append(absoluteClean(path));
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
        absolute.append(absoluteClean(path));
    absolute.sort();
    const QFileInfo first(absolute.value(0));
    // A path without a suffix is taken as a folder even before it exists.
    const QString folder = first.isDir() || first.suffix().isEmpty() ? first.absoluteFilePath() : first.absolutePath();
    QString name = QFileInfo(folder).fileName();
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"), QRegularExpression::UseUnicodePropertiesOption);
    name.replace(unsafe, QStringLiteral("-"));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("articles");
    const QByteArray hash = QCryptographicHash::hash(absolute.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QDir(dataDir).filePath(QStringLiteral("projects/") + name + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".gloss"));
}

} // namespace Gloss::Ui
