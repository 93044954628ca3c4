#pragma once

#include <QDockWidget>

namespace KSyntaxHighlighting
{
class Theme;
}

class QLabel;

namespace Gloss::Ui
{

/// The legend of the cue colours (View ▸ Legend): each kind of cue the reader colours, its name in
/// the colour and weight the current theme gives it, on the reader's page colour, and a description.
class LegendDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit LegendDock(QWidget *parent = nullptr);

    /// Shows the colours of \a theme.
    void setTheme(const KSyntaxHighlighting::Theme &theme);

    /// The name labels, in legend order (for tests).
    QList<QLabel *> nameLabels() const { return m_names; }

private:
    QWidget *m_page = nullptr;
    QList<QLabel *> m_names;
};

} // namespace Gloss::Ui
