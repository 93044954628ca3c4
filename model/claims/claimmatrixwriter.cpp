#include "claimmatrixwriter.h"

#include "claimmatrix.h"
#include "formats/csvexporter.h"

#include <QJsonArray>

namespace Gloss
{

namespace
{
QString number(double value)
{
    return QString::number(value, 'g', 15);
}

QString csvRow(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString field(const QString &text)
{
    return Formats::CsvExporter::field(text);
}
} // namespace

QString ClaimMatrixWriter::valueText(const NormalisedValue &value)
{
    QString text;
    switch (value.type) {
    case NormalisedValue::Type::None:
        return {};
    case NormalisedValue::Type::Date:
        return value.date;
    case NormalisedValue::Type::Number:
        text = number(value.value);
        break;
    case NormalisedValue::Type::Range:
        text = number(value.value) + QLatin1Char('-') + number(value.high);
        break;
    }
    if (value.approximate)
        text.prepend(QLatin1Char('~'));
    if (!value.unit.isEmpty())
        text += QLatin1Char(' ') + value.unit;
    return text;
}

QByteArray ClaimMatrixWriter::toCsv(const ClaimMatrix &matrix)
{
    QStringList header
        = {QStringLiteral("cluster"), QStringLiteral("representative_id"), QStringLiteral("quote"), QStringLiteral("claim_type"), QStringLiteral("claims"),
            QStringLiteral("discrepancy"), QStringLiteral("contradicted"), QStringLiteral("outlets"), QStringLiteral("independent_outlets")};
    for (const QString &outlet : matrix.outlets()) {
        header.append(field(outlet + QStringLiteral(": stance")));
        header.append(field(outlet + QStringLiteral(": value")));
    }
    QString csv = csvRow(header);
    for (const ClaimRow &row : matrix.rows()) {
        QStringList fields = {row.cluster.id, row.cluster.representativeId, field(row.quote), row.claimType, QString::number(row.cluster.claimIds.size()),
            row.discrepancy ? QStringLiteral("yes") : QStringLiteral("no"), row.contradicted ? QStringLiteral("yes") : QStringLiteral("no"),
            QString::number(row.mentioningOutlets), QString::number(row.independentOutlets)};
        for (const ClaimCell &cell : row.cells) {
            QString stance = ClaimCell::stanceName(cell.stance);
            if (cell.copied)
                stance += QStringLiteral(" (copy)");
            QStringList values;
            for (const NormalisedValue &value : cell.values)
                values.append(valueText(value));
            fields.append(field(stance));
            fields.append(field(values.join(QStringLiteral("; "))));
        }
        csv += csvRow(fields);
    }
    return csv.toUtf8();
}

QJsonObject ClaimMatrixWriter::toJson(const ClaimMatrix &matrix)
{
    const QStringList outlets = matrix.outlets();
    QJsonArray clusters;
    for (const ClaimRow &row : matrix.rows()) {
        QJsonObject cells;
        for (int i = 0; i < outlets.size(); ++i) {
            const ClaimCell &cell = row.cells.at(i);
            QJsonArray values;
            for (const NormalisedValue &value : cell.values) {
                QJsonObject object = QJsonObject::fromVariantMap(value.toMap());
                object.insert(QStringLiteral("text"), valueText(value));
                values.append(object);
            }
            cells.insert(outlets.at(i),
                QJsonObject{{QStringLiteral("stance"), ClaimCell::stanceName(cell.stance)},
                    {QStringLiteral("claims"), QJsonArray::fromStringList(cell.claimIds)}, {QStringLiteral("values"), values},
                    {QStringLiteral("copied"), cell.copied}});
        }
        QJsonArray discrepant;
        for (const auto &pair : row.discrepantClaims)
            discrepant.append(QJsonArray{pair.first, pair.second});
        clusters.append(QJsonObject{{QStringLiteral("id"), row.cluster.id}, {QStringLiteral("representative"), row.cluster.representativeId},
            {QStringLiteral("quote"), row.quote}, {QStringLiteral("claimType"), row.claimType},
            {QStringLiteral("claims"), QJsonArray::fromStringList(row.cluster.claimIds)}, {QStringLiteral("discrepancy"), row.discrepancy},
            {QStringLiteral("contradicted"), row.contradicted}, {QStringLiteral("discrepantClaims"), discrepant},
            {QStringLiteral("mentioningOutlets"), row.mentioningOutlets}, {QStringLiteral("independentOutlets"), row.independentOutlets},
            {QStringLiteral("cells"), cells}});
    }
    return QJsonObject{{QStringLiteral("outlets"), QJsonArray::fromStringList(outlets)}, {QStringLiteral("clusters"), clusters},
        {QStringLiteral("conflicts"), matrix.conflictCount()}};
}

} // namespace Gloss
