#pragma once

#include <QString>

#include <functional>

class QIcon;
class QColor;
class QMenu;

namespace Gloss
{
class TagSchema;
}

namespace Gloss::Ui
{

/// Menus listing the tag schema: a tag with sub-tags becomes a submenu whose first entry is the tag
/// itself. Each entry shows the tag's colour and its key as the shortcut hint.
namespace TagMenu
{
/// Adds the tags of \a schema to \a menu; choosing one calls \a chosen with its id.
void fill(QMenu *menu, const TagSchema &schema, const std::function<void(const QString &tagId)> &chosen);
/// A small square of \a colour, the swatch used for tags in menus and lists.
QIcon swatch(const QColor &colour);
} // namespace TagMenu

} // namespace Gloss::Ui
