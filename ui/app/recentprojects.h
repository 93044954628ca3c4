#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Gloss::Ui
{

/// The recently opened projects (File ▸ Open Recent), newest first, at most MaxEntries,
/// kept in QSettings under "recentProjects".
class RecentProjects final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 10;

    explicit RecentProjects(QObject *parent = nullptr);

    QStringList paths() const;
    /// Puts \a path first (removing an older entry of it).
    void add(const QString &path);
    void clear();

    /// Keeps \a menu filled with the entries (refreshed before it shows).
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void fillMenu(QMenu *menu);
    void store(const QStringList &paths);
};

} // namespace Gloss::Ui
