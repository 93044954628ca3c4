#include "claimmatrixmodel.h"

#include "claims/claimmatrixwriter.h"

namespace Gloss
{

ClaimMatrixModel::ClaimMatrixModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ClaimMatrixModel::setMatrix(const ClaimMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

int ClaimMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix.rowCount();
}

int ClaimMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_matrix.outlets().size());
}

QVariant ClaimMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRow &row = m_matrix.row(index.row());
    switch (role) {
    case ClusterIdRole:
        return row.cluster.id;
    case RepresentativeIdRole:
        return row.cluster.representativeId;
    case DiscrepancyRole:
        return row.discrepancy;
    case ContradictedRole:
        return row.contradicted;
    default:
        break;
    }
    if (index.column() == ClaimColumn) {
        switch (role) {
        case Qt::DisplayRole: {
            QString text = row.quote;
            if (row.conflict())
                text.prepend(QStringLiteral("⚠ "));
            return text;
        }
        case Qt::ToolTipRole: {
            QStringList lines = {QStringLiteral("%1: %2 claims in %3 outlets (%4 independent)")
                                     .arg(row.cluster.id)
                                     .arg(row.cluster.claimIds.size())
                                     .arg(row.mentioningOutlets)
                                     .arg(row.independentOutlets)};
            if (row.discrepancy)
                lines.append(QStringLiteral("The figures differ"));
            if (row.contradicted)
                lines.append(QStringLiteral("Linked as contradicting"));
            return lines.join(QLatin1Char('\n'));
        }
        case ClaimIdsRole:
            return row.cluster.claimIds;
        case IndependentOutletsRole:
            return row.independentOutlets;
        case OutletRole:
            return QString();
        default:
            return {};
        }
    }
    const ClaimCell &cell = row.cells.at(index.column() - 1);
    QStringList values;
    for (const NormalisedValue &value : cell.values)
        values.append(ClaimMatrixWriter::valueText(value));
    switch (role) {
    case Qt::DisplayRole: {
        if (cell.stance == ClaimCell::Stance::NotMentioned)
            return QString();
        QString text = ClaimCell::stanceName(cell.stance);
        if (!values.isEmpty())
            text += QStringLiteral(": ") + values.join(QStringLiteral("; "));
        if (cell.copied)
            text += QStringLiteral(" (copy)");
        return text;
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2").arg(m_matrix.outlets().at(index.column() - 1), ClaimCell::stanceName(cell.stance));
    case ClaimIdsRole:
        return cell.claimIds;
    case StanceRole:
        return int(cell.stance);
    case ValuesRole:
        return values;
    case CopiedRole:
        return cell.copied;
    case OutletRole:
        return m_matrix.outlets().at(index.column() - 1);
    default:
        return {};
    }
}

QVariant ClaimMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_matrix.rowCount() ? QVariant(m_matrix.row(section).cluster.id) : QVariant();
    if (section == ClaimColumn)
        return QStringLiteral("Claim");
    return section > 0 && section <= m_matrix.outlets().size() ? QVariant(m_matrix.outlets().at(section - 1)) : QVariant();
}

QHash<int, QByteArray> ClaimMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClusterIdRole, "clusterId");
    names.insert(RepresentativeIdRole, "representativeId");
    names.insert(ClaimIdsRole, "claimIds");
    names.insert(StanceRole, "stance");
    names.insert(ValuesRole, "values");
    names.insert(CopiedRole, "copied");
    names.insert(DiscrepancyRole, "discrepancy");
    names.insert(ContradictedRole, "contradicted");
    names.insert(IndependentOutletsRole, "independentOutlets");
    names.insert(OutletRole, "outlet");
    return names;
}

} // namespace Gloss
