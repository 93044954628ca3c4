#pragma once

#include "annotations/claim.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Gloss
{

class ClaimMatrix;

/// The claim x outlet matrix as text for `gloss claims` and for copying out of the claims view:
/// CSV (one row per cluster; per outlet a stance and a value column) and JSON.
class ClaimMatrixWriter final
{
public:
    /// A figure or date for people: "5000000 shell", "~10000000 shell", "40-50 warhead", "2024-06-08".
    static QString valueText(const NormalisedValue &value);
    /// UTF-8, RFC 4180, header first: cluster, representative_id, quote, claim_type, claims,
    /// discrepancy, contradicted, outlets, independent_outlets, then "<outlet>: stance" and
    /// "<outlet>: value" for each outlet.
    static QByteArray toCsv(const ClaimMatrix &matrix);
    /// {"outlets": [...], "clusters": [{"id", "representative", "quote", "claimType", "claims",
    /// "discrepancy", "contradicted", "discrepantClaims", "mentioningOutlets", "independentOutlets",
    /// "cells": {outlet: {"stance", "claims", "values", "copied"}}}], "conflicts": n}
    static QJsonObject toJson(const ClaimMatrix &matrix);
};

} // namespace Gloss
