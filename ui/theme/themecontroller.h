#pragma once

#include "themechoice.h"

#include <KSyntaxHighlighting/Theme>

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace Gloss::Ui
{

/// Owns the reader's theme choice (View ▸ Theme) and tells the views the theme to use: on a new
/// choice, and when the system palette changes while following the system.
class ThemeController final : public QObject
{
    Q_OBJECT
public:
    explicit ThemeController(QObject *parent = nullptr);

    ThemeChoice choice() const { return m_choice; }
    void setChoice(const ThemeChoice &choice);
    /// The theme in effect now.
    KSyntaxHighlighting::Theme theme() const { return m_theme; }

    /// Fills \a menu with the choices (Follow System, Light, Dark, then every theme by name) as
    /// checkable actions with object names, kept in step with the choice.
    void populateMenu(QMenu *menu);

    /// Looks at the system palette again (call on QEvent::ApplicationPaletteChange).
    void systemPaletteChanged();

Q_SIGNALS:
    void themeChanged(const KSyntaxHighlighting::Theme &theme);

private:
    void apply();
    void checkChoiceAction();
    QAction *addChoice(QMenu *menu, const QString &text, const ThemeChoice &choice, const QString &objectName);

    ThemeChoice m_choice;
    KSyntaxHighlighting::Theme m_theme;
    QActionGroup *m_group = nullptr;
};

} // namespace Gloss::Ui
