#include "tagmenu.h"

#include "tags/tagschema.h"

#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace Gloss::Ui::TagMenu
{

namespace
{
void addLevel(QMenu *menu, const TagSchema &schema, const QString &parentId, const std::function<void(const QString &)> &chosen)
{
    for (const Tag &tag : schema.children(parentId)) {
        const bool hasChildren = !schema.children(tag.id).isEmpty();
        QMenu *target = menu;
        if (hasChildren) {
            target = menu->addMenu(swatch(tag.colour), tag.name);
            target->setObjectName(QStringLiteral("tagMenu_") + tag.id);
        }
        QAction *action = target->addAction(swatch(tag.colour), tag.name);
        action->setObjectName(QStringLiteral("tagAction_") + tag.id);
        action->setToolTip(tag.description);
        if (!tag.key.isEmpty())
            action->setShortcut(QKeySequence(tag.key));
        // Only a hint: the keys are handled by the reader, not by these menu entries.
        action->setShortcutContext(Qt::WidgetShortcut);
        const QString id = tag.id;
        QObject::connect(action, &QAction::triggered, menu, [chosen, id] { chosen(id); });
        if (hasChildren) {
            target->addSeparator();
            addLevel(target, schema, tag.id, chosen);
        }
    }
}
} // namespace

void fill(QMenu *menu, const TagSchema &schema, const std::function<void(const QString &)> &chosen)
{
    addLevel(menu, schema, QString(), chosen);
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour.isValid() ? colour : QColor(Qt::gray));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

} // namespace Gloss::Ui::TagMenu
