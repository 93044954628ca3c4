#include "legenddock.h"

#include "cues/cuelegend.h"
#include "theme/themepalette.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>

namespace Gloss::Ui
{

LegendDock::LegendDock(QWidget *parent) : QDockWidget(tr("Legend"), parent), m_page(new QWidget)
{
    setObjectName(QStringLiteral("legendDock"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleLegendDockAction"));
    toggleViewAction()->setText(tr("Legend"));

    m_page->setObjectName(QStringLiteral("legendPage"));
    m_page->setAutoFillBackground(true);
    auto *layout = new QGridLayout(m_page);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(6);
    int row = 0;
    for (const Cues::CueLegendEntry &entry : Cues::CueLegend::entries()) {
        auto *name = new QLabel(entry.name, m_page);
        name->setObjectName(QStringLiteral("legendName_") + entry.formatName);
        name->setTextFormat(Qt::PlainText);
        name->setAutoFillBackground(true);
        name->setContentsMargins(4, 1, 4, 1);
        auto *description = new QLabel(entry.description, m_page);
        description->setObjectName(QStringLiteral("legendDescription_") + entry.formatName);
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(description, row, 1, Qt::AlignTop);
        m_names.append(name);
        ++row;
    }
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(row, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("legendScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_page);
    setWidget(scroll);
}

void LegendDock::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    const QPalette page = ThemePalette::page(theme, palette());
    m_page->setPalette(page);
    const QList<Cues::CueLegendEntry> &entries = Cues::CueLegend::entries();
    for (int i = 0; i < m_names.size() && i < entries.size(); ++i) {
        QLabel *name = m_names.at(i);
        const KSyntaxHighlighting::Format format = Cues::CueLegend::format(entries.at(i).kind);
        QPalette palette = page;
        QFont font = name->font();
        if (format.isValid()) {
            palette.setColor(QPalette::WindowText, format.textColor(theme));
            if (format.hasBackgroundColor(theme))
                palette.setColor(QPalette::Window, format.backgroundColor(theme));
            font.setBold(format.isBold(theme));
            font.setItalic(format.isItalic(theme));
            font.setUnderline(format.isUnderline(theme));
        }
        name->setPalette(palette);
        name->setFont(font);
    }
}

} // namespace Gloss::Ui
