#include "preferencesdialog.h"

#include "project.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace Gloss::Ui
{

PreferencesDialog::PreferencesDialog(Project *project, QWidget *parent)
    : QDialog(parent), m_project(project), m_author(new QLineEdit(this)), m_snapToWords(new QCheckBox(tr("&Snap selections to whole words"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setText(author());
    m_author->setToolTip(tr("Recorded on the annotations, links and memos you make from now on; empty: your user name"));
    m_snapToWords->setObjectName(QStringLiteral("snapToWordsCheck"));
    m_snapToWords->setChecked(snapToWords());
    m_snapToWords->setToolTip(tr("Grow a selection to whole words, without surrounding spaces, before it is tagged"));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name (recorded on annotations):"), m_author);
    form->addRow(m_snapToWords);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

bool PreferencesDialog::snapToWords()
{
    return QSettings().value(QLatin1String(SnapToWordsKey), true).toBool();
}

QString PreferencesDialog::author()
{
    return Annotator::defaultAuthor();
}

void PreferencesDialog::accept()
{
    QSettings settings;
    const QString name = m_author->text().trimmed();
    // An empty name falls back to the user name of the system, which is not stored.
    if (name.isEmpty())
        settings.remove(QLatin1String(AuthorKey));
    else
        settings.setValue(QLatin1String(AuthorKey), name);
    settings.setValue(QLatin1String(SnapToWordsKey), m_snapToWords->isChecked());
    if (m_project)
        m_project->annotator()->setAuthor(name);
    QDialog::accept();
}

} // namespace Gloss::Ui
