#include "claimeditordock.h"

#include "claimform.h"
#include "editing/debouncedfield.h"
#include "editing/tagcombobox.h"
#include "project.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Gloss::Ui
{

namespace
{
enum Page { PlaceholderPage, EditorPage };

QString kindText(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Entity:
        return ClaimEditorDock::tr("Entity");
    case Annotation::Kind::Claim:
        return ClaimEditorDock::tr("Claim");
    case Annotation::Kind::Cue:
        return ClaimEditorDock::tr("Cue");
    case Annotation::Kind::Note:
        return ClaimEditorDock::tr("Note");
    case Annotation::Kind::Other:
        break;
    }
    return ClaimEditorDock::tr("Other");
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString detailsText(const Annotation &annotation)
{
    QStringList parts;
    switch (annotation.status) {
    case Annotation::Status::Accepted:
        parts.append(ClaimEditorDock::tr("Accepted"));
        break;
    case Annotation::Status::Suggested:
        parts.append(ClaimEditorDock::tr("Suggested by %1 (score %2)").arg(annotation.suggestionSource, QString::number(annotation.score, 'f', 2)));
        break;
    case Annotation::Status::Rejected:
        parts.append(ClaimEditorDock::tr("Rejected suggestion of %1").arg(annotation.suggestionSource));
        break;
    }
    if (!annotation.author.isEmpty())
        parts.append(annotation.author);
    if (annotation.created.isValid())
        parts.append(ClaimEditorDock::tr("created %1").arg(timeText(annotation.created)));
    if (annotation.modified.isValid() && annotation.modified != annotation.created)
        parts.append(ClaimEditorDock::tr("modified %1").arg(timeText(annotation.modified)));
    return parts.join(QStringLiteral(" · "));
}

/// \a text shortened in the middle to about \a length code units, never splitting a surrogate pair.
QString elidedInMiddle(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    qsizetype head = length / 2;
    qsizetype tail = length - head;
    if (head > 0 && text.at(head - 1).isHighSurrogate())
        --head;
    if (text.at(text.size() - tail).isLowSurrogate())
        --tail;
    return text.left(head) + QStringLiteral(" … ") + text.right(tail);
}
} // namespace

ClaimEditorDock::ClaimEditorDock(QWidget *parent) : QDockWidget(tr("Annotation"), parent), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("claimEditorDock"));
    toggleViewAction()->setObjectName(QStringLiteral("toggleClaimEditorDockAction"));
    toggleViewAction()->setText(tr("Annotation Editor"));

    m_stack->setObjectName(QStringLiteral("annotationEditorStack"));
    m_placeholder->setObjectName(QStringLiteral("annotationPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->insertWidget(PlaceholderPage, m_placeholder);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("annotationEditorPage"));
    buildEditor(page);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("annotationEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->insertWidget(EditorPage, scroll);
    setWidget(m_stack);

    setProject(nullptr);
}

ClaimEditorDock::~ClaimEditorDock()
{
    flush();
}

void ClaimEditorDock::buildEditor(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);

    m_quote = new QLabel(page);
    m_quote->setObjectName(QStringLiteral("annotationQuote"));
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_quote->setFrameShape(QFrame::StyledPanel);
    m_quote->setMargin(4);
    QFont quoteFont = m_quote->font();
    quoteFont.setItalic(true);
    m_quote->setFont(quoteFont);
    layout->addWidget(m_quote);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tag = new TagComboBox(page);
    m_tag->setObjectName(QStringLiteral("annotationTagCombo"));
    connect(m_tag, &TagComboBox::tagChosen, this, &ClaimEditorDock::chooseTag);
    form->addRow(tr("T&ag:"), m_tag);
    m_kind = new QLabel(page);
    m_kind->setObjectName(QStringLiteral("annotationKindLabel"));
    form->addRow(tr("Kind:"), m_kind);
    layout->addLayout(form);

    m_details = new QLabel(page);
    m_details->setObjectName(QStringLiteral("annotationDetailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_details);

    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(QStringLiteral("annotationNoteEdit"));
    m_note->setPlaceholderText(tr("Your note on this annotation"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    auto *noteLabel = new QLabel(tr("&Note:"), page);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    m_noteField = new DebouncedField(m_note, this);
    connect(m_noteField, &DebouncedField::committed, this, &ClaimEditorDock::saveNote);

    m_claim = new ClaimForm(page);
    layout->addWidget(m_claim);
}

Annotator *ClaimEditorDock::annotator() const
{
    return m_project ? m_project->annotator() : nullptr;
}

void ClaimEditorDock::setProject(Project *project)
{
    flush();
    if (Annotator *previous = annotator())
        disconnect(previous, nullptr, this, nullptr);
    m_project = project;
    m_annotationId.clear();
    m_articleId.clear();
    Annotator *current = annotator();
    m_claim->setAnnotator(current);
    m_noteField->reset(QString());
    if (current) {
        connect(current, &Annotator::annotationsAdded, this, &ClaimEditorDock::onAnnotationsAdded);
        connect(current, &Annotator::annotationsChanged, this, &ClaimEditorDock::onAnnotationsChanged);
        connect(current, &Annotator::annotationsRemoved, this, &ClaimEditorDock::onAnnotationsRemoved);
        connect(current, &Annotator::tagSchemaChanged, this, &ClaimEditorDock::onTagSchemaChanged);
        connect(current, &Annotator::reloaded, this, [this] {
            m_tag->setSchema(annotator()->tagSchema());
            showCurrent(false);
        });
        m_tag->setSchema(current->tagSchema());
    } else {
        m_tag->setSchema(TagSchema());
    }
    applyReadOnly();
    showCurrent(false);
}

void ClaimEditorDock::setAnnotation(const QString &annotationId)
{
    if (annotationId == m_annotationId) {
        showCurrent(true);
        return;
    }
    flush();
    m_annotationId = annotationId;
    showCurrent(false);
}

void ClaimEditorDock::focusNote()
{
    if (!isVisible())
        show();
    raise();
    if (m_stack->currentIndex() == EditorPage)
        m_note->setFocus(Qt::ShortcutFocusReason);
}

void ClaimEditorDock::focusClaim()
{
    if (!isVisible())
        show();
    raise();
    if (m_stack->currentIndex() == EditorPage)
        m_claim->focusFirstField();
}

void ClaimEditorDock::flush()
{
    if (!m_project)
        return;
    m_noteField->flush();
    m_claim->flush();
}

void ClaimEditorDock::showCurrent(bool keepTyping)
{
    Annotator *current = annotator();
    if (!current) {
        showPlaceholder(tr("No project is open."));
        return;
    }
    if (m_annotationId.isEmpty()) {
        showPlaceholder(tr("Select an annotation in the reader or the list"));
        return;
    }
    const std::optional<Annotation> found = current->annotation(m_annotationId);
    if (!found) {
        showPlaceholder(tr("The annotation was deleted."));
        return;
    }
    showAnnotation(*found, keepTyping);
}

void ClaimEditorDock::showAnnotation(const Annotation &annotation, bool keepTyping)
{
    m_articleId = annotation.articleId;
    const QString quote = annotation.spans.size() > 1 ? annotation.spanQuotes().join(QStringLiteral(" … ")) : annotation.quote;
    m_quote->setText(elidedInMiddle(quote, MaxQuoteLength));
    m_quote->setToolTip(quote.size() > MaxQuoteLength ? elidedInMiddle(quote, MaxQuoteLength * 4) : QString());
    m_tag->setCurrentTag(annotation.tagId);
    m_kind->setText(kindText(annotation.kind));
    QString details = detailsText(annotation);
    if (m_project && m_project->isReadOnly())
        details += QStringLiteral(" · ") + tr("read-only project");
    m_details->setText(details);
    if (keepTyping)
        m_noteField->refresh(annotation.note);
    else
        m_noteField->reset(annotation.note);
    m_claim->showAnnotation(annotation, keepTyping);
    m_stack->setCurrentIndex(EditorPage);
}

void ClaimEditorDock::showPlaceholder(const QString &text)
{
    // Typing for an annotation that is gone has nowhere to go.
    m_noteField->reset(QString());
    m_claim->clear();
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(PlaceholderPage);
}

void ClaimEditorDock::applyReadOnly()
{
    const bool readOnly = !m_project || m_project->isReadOnly();
    m_noteField->setReadOnly(readOnly);
    m_tag->setEnabled(!readOnly);
    m_claim->setReadOnly(readOnly);
}

void ClaimEditorDock::onAnnotationsAdded(const QString &articleId, const QList<Annotation> &annotations)
{
    for (const Annotation &annotation : annotations) {
        // Undo of a deletion brings the annotation back.
        if (annotation.id == m_annotationId)
            showAnnotation(annotation, false);
    }
    if (articleId == m_articleId)
        m_claim->followArticleChanges(annotations, {});
}

void ClaimEditorDock::onAnnotationsChanged(const QString &articleId, const QList<Annotation> &annotations)
{
    for (const Annotation &annotation : annotations) {
        if (annotation.id == m_annotationId)
            showAnnotation(annotation, true);
    }
    if (articleId == m_articleId)
        m_claim->followArticleChanges(annotations, {});
}

void ClaimEditorDock::onAnnotationsRemoved(const QString &articleId, const QStringList &ids)
{
    if (ids.contains(m_annotationId))
        showPlaceholder(tr("The annotation was deleted."));
    else if (articleId == m_articleId)
        m_claim->followArticleChanges({}, ids);
}

void ClaimEditorDock::onTagSchemaChanged()
{
    m_tag->setSchema(annotator()->tagSchema());
    showCurrent(true);
    m_claim->refreshSpeakers();
}

void ClaimEditorDock::saveNote(const QString &text)
{
    if (Annotator *current = annotator(); current && !m_annotationId.isEmpty() && !m_project->isReadOnly())
        current->setNote(m_annotationId, text);
}

void ClaimEditorDock::chooseTag(const QString &tagId)
{
    if (Annotator *current = annotator(); current && !m_annotationId.isEmpty() && !m_project->isReadOnly())
        current->setTag({m_annotationId}, tagId);
}

} // namespace Gloss::Ui
