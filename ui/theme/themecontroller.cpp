#include "themecontroller.h"

#include "cues/cuerepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QPalette>
#include <QRegularExpression>

namespace Gloss::Ui
{

namespace
{
int systemWindowLightness()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness();
}
} // namespace

ThemeController::ThemeController(QObject *parent) : QObject(parent), m_theme(m_choice.resolve(systemWindowLightness()))
{
}

void ThemeController::setChoice(const ThemeChoice &choice)
{
    m_choice = choice;
    checkChoiceAction();
    apply();
}

void ThemeController::systemPaletteChanged()
{
    if (m_choice.mode == ThemeChoice::Mode::FollowSystem)
        apply();
}

void ThemeController::apply()
{
    const KSyntaxHighlighting::Theme theme = m_choice.resolve(systemWindowLightness());
    if (theme.name() == m_theme.name() && m_theme.isValid())
        return;
    m_theme = theme;
    Q_EMIT themeChanged(m_theme);
}

QAction *ThemeController::addChoice(QMenu *menu, const QString &text, const ThemeChoice &choice, const QString &objectName)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setData(choice.toString());
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, choice] { setChoice(choice); });
    return action;
}

void ThemeController::populateMenu(QMenu *menu)
{
    m_group = new QActionGroup(menu);
    m_group->setObjectName(QStringLiteral("themeActionGroup"));
    m_group->setExclusive(true);
    addChoice(menu, tr("Follow System"), {ThemeChoice::Mode::FollowSystem, {}}, QStringLiteral("themeFollowSystemAction"));
    addChoice(menu, tr("Light"), {ThemeChoice::Mode::Light, {}}, QStringLiteral("themeLightAction"));
    addChoice(menu, tr("Dark"), {ThemeChoice::Mode::Dark, {}}, QStringLiteral("themeDarkAction"));
    menu->addSeparator()->setObjectName(QStringLiteral("themeSeparator"));

    static const QRegularExpression notWord(QStringLiteral("[^A-Za-z0-9]+"));
    const auto themes = Cues::repository().themes();
    for (const KSyntaxHighlighting::Theme &theme : themes) {
        QString id = theme.name();
        id.replace(notWord, QStringLiteral("_"));
        addChoice(menu, theme.translatedName(), {ThemeChoice::Mode::Named, theme.name()}, QStringLiteral("themeNamedAction_") + id);
    }
    checkChoiceAction();
}

void ThemeController::checkChoiceAction()
{
    if (!m_group)
        return;
    const QString wanted = m_choice.toString();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == wanted);
}

} // namespace Gloss::Ui
