#include "cuelegend.h"

#include <QCoreApplication>

namespace Gloss::Cues
{

namespace
{

CueLegendEntry makeEntry(CueKind kind, const char *name, const char *description, const char *formatName)
{
    return {kind, QCoreApplication::translate("Gloss::Cues::CueLegend", name), QCoreApplication::translate("Gloss::Cues::CueLegend", description),
        QString::fromLatin1(formatName)};
}

} // namespace

const QList<CueLegendEntry> &CueLegend::entries()
{
    // Indexed by CueKind: entry() relies on that order.
    static const QList<CueLegendEntry> list{
        makeEntry(CueKind::Quote, QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Quotation"),
            QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Words given as someone's own, quote marks included"), "Quote"),
        makeEntry(CueKind::Attribution, QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Attribution"),
            QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Who says so: said, told, according to, in a statement"), "Attribution"),
        makeEntry(CueKind::Hedge, QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Hedge"),
            QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Uncertainty: reportedly, allegedly, may, is believed to"), "Hedge"),
        makeEntry(CueKind::Figure, QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Figure"),
            QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Numbers and quantities: 1,200, five million, 40 to 50, 12 tonnes"), "Figure"),
        makeEntry(CueKind::Money, QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Money"),
            QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Amounts of money: $3 billion, €1.2m, 500,000 rubles"), "Money"),
        makeEntry(CueKind::Percent, QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Percentage"),
            QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Percentages: 12%, 12 percent, 12 per cent"), "Percent"),
        makeEntry(CueKind::Date, QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Date"),
            QT_TRANSLATE_NOOP("Gloss::Cues::CueLegend", "Dates and times: June 8, 2024, Tuesday, last week"), "Date"),
    };
    return list;
}

const CueLegendEntry &CueLegend::entry(CueKind kind)
{
    return entries().at(int(kind));
}

std::optional<CueKind> CueLegend::kindForFormatName(QStringView formatName)
{
    for (const CueLegendEntry &e : entries()) {
        if (e.formatName == formatName)
            return e.kind;
    }
    return std::nullopt;
}

KSyntaxHighlighting::Format CueLegend::format(CueKind kind, const KSyntaxHighlighting::Definition &definition)
{
    const QString &name = entry(kind).formatName;
    const auto formats = definition.formats();
    for (const KSyntaxHighlighting::Format &f : formats) {
        if (f.name() == name)
            return f;
    }
    return {};
}

QColor CueLegend::color(CueKind kind, const KSyntaxHighlighting::Theme &theme, const KSyntaxHighlighting::Definition &definition)
{
    const KSyntaxHighlighting::Format f = format(kind, definition);
    if (!f.isValid())
        return {};
    return f.textColor(theme);
}

} // namespace Gloss::Cues
