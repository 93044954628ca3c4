#pragma once

#include "annotations/claim.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace Gloss::Ui
{

class DebouncedField;

/// The normalised value of a claim (NormalisedValue): its type (none, number, range, date) and the
/// fields that type uses (number, upper bound, unit, "approximate", ISO date). The type and the check
/// box report at once, the text fields after a pause in typing or when they lose the focus.
class NormalisedValueEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit NormalisedValueEditor(QWidget *parent = nullptr);

    /// Shows \a value. With \a keepTyping, fields holding typing not yet reported keep it.
    void setValue(const NormalisedValue &value, bool keepTyping);
    /// The value the fields hold, or nothing when a number or the date is not valid.
    std::optional<NormalisedValue> value() const;
    void setReadOnly(bool readOnly);
    /// Reports pending typing now.
    void flush();

    /// "1500000", "2.5", in the user's locale without group separators; parsed back leniently.
    static QString formatNumber(double number);
    static std::optional<double> parseNumber(const QString &text);

Q_SIGNALS:
    /// The user changed the value; \a value is what the fields hold now.
    void edited(const Gloss::NormalisedValue &value);

private:
    QLineEdit *addLineEdit(const QString &objectName, const QString &placeholder);
    void report();
    void updateRows();

    QFormLayout *m_layout = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_high = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_date = nullptr;
    QCheckBox *m_approximate = nullptr;
    QList<DebouncedField *> m_fields; ///< number, upper bound, unit, date: the order setValue() relies on
};

} // namespace Gloss::Ui
