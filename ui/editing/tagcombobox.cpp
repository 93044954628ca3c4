#include "tagcombobox.h"

#include "tags/tagschema.h"

#include <QPainter>
#include <QPixmap>

namespace Gloss::Ui
{

namespace
{
constexpr int IndentPerLevel = 3; // spaces; the popup has no tree, so depth shows as indentation
constexpr int UnknownRole = Qt::UserRole + 1;

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(140));
    painter.setBrush(colour.isValid() ? colour : QColor(Qt::gray));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}
} // namespace

TagComboBox::TagComboBox(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0 && !itemData(index, UnknownRole).toBool())
            Q_EMIT tagChosen(itemData(index).toString());
    });
}

void TagComboBox::setSchema(const TagSchema &schema)
{
    const QString current = currentTag();
    m_filling = true;
    clear();
    addItem(tr("No tag"), QString());
    setItemData(0, tr("An untagged note"), Qt::ToolTipRole);
    for (const Tag &tag : schema.treeOrder()) {
        const QString indent(IndentPerLevel * std::max(0, schema.depth(tag.id)), QLatin1Char(' '));
        addItem(swatch(tag.colour), indent + tag.name, tag.id);
        setItemData(count() - 1, schema.path(tag.id), Qt::ToolTipRole);
    }
    m_filling = false;
    setCurrentTag(current);
}

void TagComboBox::setCurrentTag(const QString &tagId)
{
    m_filling = true;
    // A placeholder for an unknown tag is only kept while it is the current one.
    for (int i = count() - 1; i >= 0; --i) {
        if (itemData(i, UnknownRole).toBool() && itemData(i).toString() != tagId)
            removeItem(i);
    }
    int index = findData(tagId);
    if (index < 0) {
        addUnknown(tagId);
        index = count() - 1;
    }
    setCurrentIndex(index);
    m_filling = false;
}

QString TagComboBox::currentTag() const
{
    return currentData().toString();
}

void TagComboBox::addUnknown(const QString &tagId)
{
    addItem(tr("Unknown tag"), tagId);
    setItemData(count() - 1, true, UnknownRole);
    setItemData(count() - 1, tr("The tag %1 is not in the tag schema").arg(tagId), Qt::ToolTipRole);
}

} // namespace Gloss::Ui
