#include "tagdetailform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Gloss::Ui
{

namespace
{
void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}
} // namespace

TagDetailForm::TagDetailForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_key(new QLineEdit(this)), m_kind(new QComboBox(this)), m_description(new QLineEdit(this))
{
    setObjectName(QStringLiteral("tagDetailForm"));
    m_name->setObjectName(QStringLiteral("tagNameEdit"));
    m_key->setObjectName(QStringLiteral("tagKeyEdit"));
    m_key->setMaxLength(1);
    // Capitals are accepted while typing and stored in lower case.
    m_key->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[1-9a-zA-Z]?")), m_key));
    m_key->setPlaceholderText(tr("none"));
    m_key->setToolTip(tr("The key that tags a selection with this tag: 1-9 or a letter. A key another tag has moves to this one."));
    m_kind->setObjectName(QStringLiteral("tagKindCombo"));
    m_kind->addItem(tr("Entity"), int(Tag::Kind::Entity));
    m_kind->addItem(tr("Claim"), int(Tag::Kind::Claim));
    m_kind->addItem(tr("Other"), int(Tag::Kind::Other));
    m_description->setObjectName(QStringLiteral("tagDescriptionEdit"));

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Key:"), m_key);
    layout->addRow(tr("K&ind:"), m_kind);
    layout->addRow(tr("&Description:"), m_description);

    connect(m_name, &QLineEdit::editingFinished, this, &TagDetailForm::finishName);
    connect(m_key, &QLineEdit::editingFinished, this, &TagDetailForm::finishKey);
    connect(m_description, &QLineEdit::editingFinished, this, &TagDetailForm::finishDescription);
    connect(m_kind, &QComboBox::activated, this, &TagDetailForm::finishKind);
    updateEnabled();
}

void TagDetailForm::setTag(const std::optional<Tag> &tag)
{
    m_tag = tag;
    setTextKeepingCursor(m_name, tag ? tag->name : QString());
    setTextKeepingCursor(m_key, tag ? tag->key : QString());
    setTextKeepingCursor(m_description, tag ? tag->description : QString());
    m_kind->setCurrentIndex(tag ? m_kind->findData(int(tag->kind)) : -1);
    updateEnabled();
}

void TagDetailForm::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabled();
}

void TagDetailForm::editName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void TagDetailForm::finishName()
{
    if (!m_tag || m_name->text() == m_tag->name)
        return;
    Tag changed = *m_tag;
    changed.name = m_name->text();
    Q_EMIT edited(changed);
}

void TagDetailForm::finishKey()
{
    const QString key = m_key->text().trimmed().toLower();
    if (!m_tag || key == m_tag->key)
        return;
    Tag changed = *m_tag;
    changed.key = key;
    Q_EMIT edited(changed);
}

void TagDetailForm::finishDescription()
{
    if (!m_tag || m_description->text() == m_tag->description)
        return;
    Tag changed = *m_tag;
    changed.description = m_description->text();
    Q_EMIT edited(changed);
}

void TagDetailForm::finishKind()
{
    const auto kind = Tag::Kind(m_kind->currentData().toInt());
    if (!m_tag || m_kind->currentIndex() < 0 || kind == m_tag->kind)
        return;
    Tag changed = *m_tag;
    changed.kind = kind;
    Q_EMIT edited(changed);
}

void TagDetailForm::updateEnabled()
{
    const bool enabled = m_tag && m_editable;
    for (QWidget *field :
        {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_description)})
        field->setEnabled(enabled);
}

} // namespace Gloss::Ui
