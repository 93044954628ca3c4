#include "annotationtooltip.h"

#include "annotations/claim.h"
#include "tags/tagschema.h"

#include <QCoreApplication>
#include <QLocale>

namespace Gloss::Ui::AnnotationTooltip
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Gloss::Ui::AnnotationTooltip", text);
}

QString elided(const QString &text, int limit)
{
    QString simple = text.simplified();
    if (simple.size() > limit)
        simple = simple.left(limit - 1) + QChar(0x2026);
    return simple.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:gray;padding-right:8px'>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}

QString valueText(const NormalisedValue &value)
{
    QString text;
    switch (value.type) {
    case NormalisedValue::Type::None:
        return text;
    case NormalisedValue::Type::Number:
        text = QLocale().toString(value.value, 'g', 12);
        break;
    case NormalisedValue::Type::Range:
        text = QLocale().toString(value.value, 'g', 12) + QStringLiteral("–") + QLocale().toString(value.high, 'g', 12);
        break;
    case NormalisedValue::Type::Date:
        text = value.date;
        break;
    }
    if (!value.unit.isEmpty())
        text += QLatin1Char(' ') + value.unit;
    return value.approximate ? QStringLiteral("≈ ") + text : text;
}

QString claimRows(const Annotation &annotation)
{
    const Claim claim = Claim::fromAttributes(annotation.attributes);
    QString rows;
    if (!claim.speaker.isEmpty())
        rows += row(tr("Speaker"), elided(claim.speaker, 80));
    if (claim.stance != Claim::Stance::Unspecified)
        rows += row(tr("Stance"), Claim::stanceName(claim.stance).toHtmlEscaped());
    if (claim.certainty != Claim::Certainty::Unspecified)
        rows += row(tr("Certainty"), Claim::certaintyName(claim.certainty).toHtmlEscaped());
    if (claim.claimType != Claim::Type::Unspecified)
        rows += row(tr("Claim type"), Claim::typeName(claim.claimType).toHtmlEscaped());
    const QString value = valueText(claim.value);
    if (!value.isEmpty())
        rows += row(tr("Value"), elided(value, 80));
    return rows;
}
} // namespace

QString html(const QList<const Annotation *> &annotations, const TagSchema &schema)
{
    QString html;
    for (const Annotation *annotation : annotations) {
        const Tag *tag = schema.tag(annotation->tagId);
        const QString colour = tag && tag->colour.isValid() ? tag->colour.name() : QStringLiteral("#c89b3c");
        const QString name = tag ? schema.path(tag->id) : (annotation->tagId.isEmpty() ? tr("Note") : annotation->tagId);
        if (!html.isEmpty())
            html += QStringLiteral("<hr/>");
        html += QStringLiteral("<p><span style='color:%1'>&#9632;</span> <b>%2</b>").arg(colour, name.toHtmlEscaped());
        if (annotation->status == Annotation::Status::Suggested)
            html += QStringLiteral(" <i>%1</i>")
                        .arg(tr("suggested by %1, %2%").arg(annotation->suggestionSource).arg(qRound(annotation->score * 100)))
                        .toHtmlEscaped();
        html += QStringLiteral("<br/>“%1”</p><table>").arg(elided(annotation->quote, 160));
        if (annotation->kind == Annotation::Kind::Claim)
            html += claimRows(*annotation);
        if (!annotation->note.isEmpty())
            html += row(tr("Note"), elided(annotation->note, 300));
        html += row(tr("By"), elided(annotation->author, 60));
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace Gloss::Ui::AnnotationTooltip
