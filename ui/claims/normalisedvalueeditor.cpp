#include "normalisedvalueeditor.h"

#include "editing/debouncedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

#include <cmath>

namespace Gloss::Ui
{

namespace
{
// ISO 8601, possibly reduced: "2024", "2024-06", "2024-06-08", "2024-06-08T10:00Z"; empty is allowed too.
const QString DatePattern = QStringLiteral(R"((\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?)?)?)?)");
} // namespace

NormalisedValueEditor::NormalisedValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_type(new QComboBox(this))
    , m_approximate(new QCheckBox(tr("Approximate (\"about\", \"more than\")"), this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_type->setObjectName(QStringLiteral("valueTypeCombo"));
    m_type->addItem(tr("None"), int(NormalisedValue::Type::None));
    m_type->addItem(tr("Number"), int(NormalisedValue::Type::Number));
    m_type->addItem(tr("Range"), int(NormalisedValue::Type::Range));
    m_type->addItem(tr("Date"), int(NormalisedValue::Type::Date));
    m_type->setToolTip(tr("The figure or date the claim states, normalised so that outlets can be compared"));
    m_layout->addRow(tr("&Value:"), m_type);

    m_number = addLineEdit(QStringLiteral("valueNumberEdit"), tr("5000000"));
    m_high = addLineEdit(QStringLiteral("valueHighEdit"), tr("upper bound"));
    m_unit = addLineEdit(QStringLiteral("valueUnitEdit"), tr("shells, USD, %"));
    m_date = addLineEdit(QStringLiteral("valueDateEdit"), tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    for (QLineEdit *number : {m_number, m_high}) {
        auto *validator = new QDoubleValidator(number);
        validator->setNotation(QDoubleValidator::StandardNotation);
        number->setValidator(validator);
    }
    m_date->setValidator(new QRegularExpressionValidator(QRegularExpression(DatePattern), m_date));
    m_layout->addRow(tr("&Number:"), m_number);
    m_layout->addRow(tr("&Up to:"), m_high);
    m_layout->addRow(tr("U&nit:"), m_unit);
    m_layout->addRow(tr("&Date:"), m_date);
    m_approximate->setObjectName(QStringLiteral("valueApproximateCheck"));
    m_layout->addRow(QString(), m_approximate);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        report();
    });
    connect(m_approximate, &QCheckBox::toggled, this, &NormalisedValueEditor::report);
    updateRows();
}

QLineEdit *NormalisedValueEditor::addLineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    auto *field = new DebouncedField(edit, this);
    connect(field, &DebouncedField::committed, this, &NormalisedValueEditor::report);
    m_fields.append(field);
    return edit;
}

void NormalisedValueEditor::setValue(const NormalisedValue &value, bool keepTyping)
{
    {
        const QSignalBlocker typeBlocker(m_type);
        const QSignalBlocker approximateBlocker(m_approximate);
        m_type->setCurrentIndex(m_type->findData(int(value.type)));
        m_approximate->setChecked(value.approximate);
    }
    const bool numeric = value.type == NormalisedValue::Type::Number || value.type == NormalisedValue::Type::Range;
    const QStringList texts = {numeric ? formatNumber(value.value) : QString(),
        value.type == NormalisedValue::Type::Range ? formatNumber(value.high) : QString(), value.unit, value.date};
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        DebouncedField *field = m_fields.at(i);
        // A field that already means the stored value is left as it is: "5000000.0" typed for 5000000,
        // empty for the 0 saved when the type was chosen, "tonnes " (saved trimmed) while typing on.
        const QString typed = field->text().trimmed();
        const std::optional<double> shown = typed.isEmpty() ? std::optional<double>(0.0) : parseNumber(typed);
        const bool sameNumber = i < 2 && numeric && shown && !texts.at(i).isEmpty() && *shown == *parseNumber(texts.at(i));
        if (keepTyping && (sameNumber || (i >= 2 && typed == texts.at(i))))
            continue;
        if (keepTyping)
            field->refresh(texts.at(i));
        else
            field->reset(texts.at(i));
    }
    updateRows();
}

std::optional<NormalisedValue> NormalisedValueEditor::value() const
{
    NormalisedValue value;
    value.type = NormalisedValue::Type(m_type->currentData().toInt());
    if (value.type == NormalisedValue::Type::None)
        return value;
    value.approximate = m_approximate->isChecked();
    value.unit = m_unit->text().trimmed();
    if (value.type == NormalisedValue::Type::Date) {
        if (!m_date->hasAcceptableInput())
            return std::nullopt;
        value.date = m_date->text().trimmed();
        return value;
    }
    // An empty number field counts as 0 so that choosing a type is saved before anything is typed.
    const std::optional<double> low = m_number->text().trimmed().isEmpty() ? 0.0 : parseNumber(m_number->text());
    if (!low)
        return std::nullopt;
    value.value = *low;
    if (value.type == NormalisedValue::Type::Range) {
        const std::optional<double> high = m_high->text().trimmed().isEmpty() ? 0.0 : parseNumber(m_high->text());
        if (!high)
            return std::nullopt;
        value.high = *high;
    }
    return value;
}

void NormalisedValueEditor::setReadOnly(bool readOnly)
{
    m_type->setEnabled(!readOnly);
    m_approximate->setEnabled(!readOnly);
    for (DebouncedField *field : std::as_const(m_fields))
        field->setReadOnly(readOnly);
}

void NormalisedValueEditor::flush()
{
    for (DebouncedField *field : std::as_const(m_fields))
        field->flush();
}

QString NormalisedValueEditor::formatNumber(double number)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(number, 'g', 15);
}

std::optional<double> NormalisedValueEditor::parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double number = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        number = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

void NormalisedValueEditor::report()
{
    // Other fields' pending typing goes out with this change rather than after it.
    for (DebouncedField *field : std::as_const(m_fields)) {
        const QSignalBlocker blocker(field);
        field->flush();
    }
    if (const std::optional<NormalisedValue> current = value())
        Q_EMIT edited(*current);
}

void NormalisedValueEditor::updateRows()
{
    const auto type = NormalisedValue::Type(m_type->currentData().toInt());
    const bool numeric = type == NormalisedValue::Type::Number || type == NormalisedValue::Type::Range;
    m_layout->setRowVisible(m_number, numeric);
    m_layout->setRowVisible(m_high, type == NormalisedValue::Type::Range);
    m_layout->setRowVisible(m_unit, numeric);
    m_layout->setRowVisible(m_date, type == NormalisedValue::Type::Date);
    m_layout->setRowVisible(m_approximate, type != NormalisedValue::Type::None);
    if (auto *label = qobject_cast<QLabel *>(m_layout->labelForField(m_number)))
        label->setText(type == NormalisedValue::Type::Range ? tr("&From:") : tr("&Number:"));
}

} // namespace Gloss::Ui
