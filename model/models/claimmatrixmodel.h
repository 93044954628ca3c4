#pragma once

#include "claims/claimmatrix.h"

#include <QAbstractTableModel>

namespace Gloss
{

/// The claim x outlet matrix (ClaimMatrix) as a table for the claims view: one row per claim cluster;
/// column 0 the representative quote (with a conflict mark), then one column per outlet showing its
/// stance and figures. Set a new matrix after the project's claims or links change (a reset: the
/// matrix is rebuilt as a whole, which takes milliseconds).
class ClaimMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int ClaimColumn = 0; ///< the cluster's representative quote; outlets start at 1

    enum Role {
        ClusterIdRole = Qt::UserRole + 1, ///< QString: "C1" ...
        RepresentativeIdRole, ///< QString: annotation id of the representative claim
        ClaimIdsRole, ///< QStringList: column 0 all claims of the cluster; outlet columns that outlet's
        StanceRole, ///< int: ClaimCell::Stance (outlet columns)
        ValuesRole, ///< QStringList: the outlet's figures as text (ClaimMatrixWriter::valueText)
        CopiedRole, ///< bool: the outlet's claims are near-duplicate copies of another outlet's passage
        DiscrepancyRole, ///< bool: figures of the cluster differ (whole row)
        ContradictedRole, ///< bool: a contradicts link inside the cluster (whole row)
        IndependentOutletsRole, ///< int: outlets mentioning the cluster, copies counted once (column 0)
        OutletRole, ///< QString: the column's outlet (empty for column 0)
    };
    Q_ENUM(Role)

    explicit ClaimMatrixModel(QObject *parent = nullptr);

    void setMatrix(const ClaimMatrix &matrix);
    const ClaimMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    ClaimMatrix m_matrix;
};

} // namespace Gloss
