#pragma once
// Shared by the GUI tests: a small set of original articles (a fictional story told by several
// fictional outlets), a project built from them, and isolated settings.

#include "article.h"
#include "store/projectstore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace GlossTest
{

inline Gloss::Article makeArticle(
    const QString &title, const QString &outlet, const QString &published, const QString &byline, const QString &url, const QString &text)
{
    Gloss::Article article;
    article.title = title;
    article.outlet = outlet;
    article.published = published;
    article.byline = byline;
    article.url = url;
    article.language = QStringLiteral("en");
    article.text = text;
    article.id = Gloss::Article::idForText(text);
    return article;
}

/// Six short articles written for the tests: the closing of the (fictional) Tarrow toll bridge.
inline QList<Gloss::Article> storyArticles()
{
    return {
        makeArticle(QStringLiteral("Tarrow bridge shut after crack found in main span"), QStringLiteral("Harbour Courier"), QStringLiteral("2031-03-04"),
            QStringLiteral("Ilse Marrow"), QStringLiteral("https://courier.example/tarrow-bridge-shut"),
            QStringLiteral("Engineers closed the Tarrow toll bridge on Tuesday after a crack was found in its main span.\n\n"
                           "\"We will not reopen it until we know the cause,\" said Dana Whitlock, the county's chief engineer.\n\n"
                           "About 14,000 vehicles cross the bridge each day, according to the county. The ferry will run every 20 minutes.\n\n"
                           "Repairs could cost $12 million, officials said.")),
        makeArticle(QStringLiteral("Commuters face long detour as Tarrow crossing closes"), QStringLiteral("Valley Ledger"), QStringLiteral("2031-03-05"),
            QStringLiteral("By Tomas Reyl"), QStringLiteral("https://ledger.example/news/tarrow-detour"),
            QStringLiteral("Drivers who used the Tarrow crossing now face a detour of 38 kilometres.\n\n"
                           "The council said 12,500 vehicles a day would be affected, fewer than earlier estimates.\n\n"
                           "Shop owners on the east bank reported a 30% drop in customers within two days.")),
        makeArticle(QStringLiteral("Ferry service doubled while bridge is repaired"), QStringLiteral("Coastline Radio"), QStringLiteral("2031-03-06"),
            QString(), QString(),
            QStringLiteral("The ferry between Tarrow and Illen will now sail every ten minutes, the operator said on Thursday.\n\n"
                           "Tickets stay at 3 euros. A spokesperson described the demand as \"unlike anything we have seen\".\n\n"
                           "The council has not said when the bridge will reopen.")),
        makeArticle(QStringLiteral("Engineer warned of bridge corrosion in 2029 report"), QStringLiteral("Harbour Courier"), QStringLiteral("2031-03-08"),
            QStringLiteral("Ilse Marrow"), QStringLiteral("https://courier.example/corrosion-report"),
            QStringLiteral("A report written in 2029 warned that corrosion in the main span was spreading, documents show.\n\n"
                           "The report estimated repairs at $4 million at the time. The county allegedly postponed the work twice.\n\n"
                           "\"Nobody told us it was urgent,\" a council member said.")),
        makeArticle(QStringLiteral("Council approves emergency fund for Tarrow repairs"), QStringLiteral("Valley Ledger"), QStringLiteral("2031-03-11"),
            QStringLiteral("Tomas Reyl"), QStringLiteral("https://ledger.example/news/emergency-fund"),
            QStringLiteral("The council voted 9 to 2 on Monday to release an emergency fund of $15 million.\n\n"
                           "Repairs are expected to take eight months, according to the chief engineer.\n\n"
                           "The ferry subsidy will continue until the bridge reopens.")),
        makeArticle(QStringLiteral("Opinion: the Tarrow closure was years in the making"), QStringLiteral("The Illen Review"), QStringLiteral("2031-03-12"),
            QStringLiteral("Marta Oyelaran"), QString(),
            QStringLiteral("Every resident of Illen knows the sound the bridge made in winter.\n\n"
                           "The warnings were there. The money was not. Reportedly, the repair budget was cut by 40 percent in 2030.\n\n"
                           "Now the ferry queues stretch past the harbour wall.")),
    };
}

/// Creates a project at \a path holding \a articles; returns the error, or an empty string.
inline QString createProject(const QString &path, const QList<Gloss::Article> &articles)
{
    Gloss::ProjectStore store;
    if (!store.open(path))
        return store.lastError();
    if (!store.addArticles(articles))
        return store.lastError();
    return {};
}

/// Keeps QSettings of the test in \a dir (nothing is read from or written to the user's settings).
inline void isolateSettings(const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

} // namespace GlossTest
