#include "tagremovaldialog.h"

#include "tags/tagschema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Gloss::Ui
{

TagRemovalDialog::TagRemovalDialog(const TagSchema &schema, const QString &tagId, int annotationCount, QWidget *parent)
    : QDialog(parent)
    , m_tagId(tagId)
    , m_delete(new QRadioButton(annotationCount == 1 ? tr("Delete its annotation") : tr("Delete its %1 annotations").arg(annotationCount), this))
    , m_retag(new QRadioButton(tr("Move its annotations to:"), this))
    , m_target(new QComboBox(this))
{
    setObjectName(QStringLiteral("tagRemovalDialog"));
    setWindowTitle(tr("Delete Tag"));
    const Tag *tag = schema.tag(tagId);
    const QString name = tag ? tag->name : tagId;
    const bool hasChildren = !schema.children(tagId).isEmpty();

    auto *question = new QLabel(this);
    question->setObjectName(QStringLiteral("tagRemovalQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    question->setText(hasChildren ? tr("Delete the tag “%1”? Its child tags move up in its place.").arg(name) : tr("Delete the tag “%1”?").arg(name));

    m_delete->setObjectName(QStringLiteral("deleteAnnotationsRadio"));
    m_retag->setObjectName(QStringLiteral("retagAnnotationsRadio"));
    m_target->setObjectName(QStringLiteral("retagTargetCombo"));
    for (const Tag &other : schema.treeOrder()) {
        if (other.id != tagId)
            m_target->addItem(schema.path(other.id), other.id);
    }
    m_target->setPlaceholderText(tr("Choose a tag"));
    // With a parent, moving the annotations up to it is the default; otherwise nothing is guessed.
    const bool hasParent = tag && !tag->parentId.isEmpty();
    m_target->setCurrentIndex(hasParent ? m_target->findData(tag->parentId) : -1);
    (hasParent ? m_retag : m_delete)->setChecked(true);
    m_retag->setEnabled(m_target->count() > 0);
    m_target->setEnabled(m_target->count() > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("tagRemovalButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Delete Tag"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this, ok] { ok->setEnabled(m_delete->isChecked() || m_target->currentIndex() >= 0); };
    connect(m_target, &QComboBox::activated, this, [this] { m_retag->setChecked(true); });
    connect(m_target, &QComboBox::currentIndexChanged, this, updateOk);
    connect(m_retag, &QRadioButton::toggled, this, updateOk);
    updateOk();

    auto *choices = new QGridLayout;
    choices->addWidget(m_delete, 0, 0, 1, 2);
    choices->addWidget(m_retag, 1, 0);
    choices->addWidget(m_target, 1, 1);
    choices->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(choices);
    layout->addWidget(buttons);
}

Annotator::TagRemoval TagRemovalDialog::removal() const
{
    return m_retag->isChecked() ? Annotator::TagRemoval::RetagAnnotations : Annotator::TagRemoval::DeleteAnnotations;
}

QString TagRemovalDialog::retagTo() const
{
    return removal() == Annotator::TagRemoval::RetagAnnotations ? m_target->currentData().toString() : QString();
}

} // namespace Gloss::Ui
