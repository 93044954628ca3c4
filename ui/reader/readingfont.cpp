#include "readingfont.h"

#include <QFontDatabase>
#include <QStringList>

namespace Gloss::Ui
{

QFont ReadingFont::body()
{
    static const QStringList preferred = {QStringLiteral("Source Serif 4"), QStringLiteral("Source Serif Pro"), QStringLiteral("Noto Serif"),
        QStringLiteral("Charter"), QStringLiteral("Georgia"), QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif")};
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : preferred) {
        if (installed.contains(family)) {
            font.setFamilies({family});
            break;
        }
    }
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(12.5);
    return font;
}

QFont ReadingFont::title(const QFont &body)
{
    QFont font = body;
    font.setPointSizeF(body.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace Gloss::Ui
