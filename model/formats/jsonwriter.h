#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

namespace Gloss::Formats
{

/// A streaming JSON writer into UTF-8 bytes, indented for people to read. Exports write hundreds of
/// thousands of records: building a QJsonDocument first would double the memory and the time.
/// Containers opened "inline" stay on one line ([0, 5] for a span). The caller nests correctly.
class JsonWriter final
{
public:
    explicit JsonWriter(bool indented = true) : m_indented(indented) { }

    void beginObject(bool inlined = false) { open('{', inlined); }
    void endObject() { close('}'); }
    void beginArray(bool inlined = false) { open('[', inlined); }
    void endArray() { close(']'); }
    /// The key of the next value inside an object.
    void key(QStringView name);
    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char *text) { value(QString::fromUtf8(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    /// Any QJsonValue (attribute maps), written in the same layout.
    void value(const QJsonValue &json);

    /// key() then value().
    template<typename T>
    void field(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }

    /// Reserves room for about \a bytes of output.
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    /// The document so far (ends with a newline once the outermost container is closed).
    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    /// Appends \a text as a JSON string literal (with quotes) to \a out.
    static void appendString(QByteArray &out, QStringView text);

private:
    void open(char bracket, bool inlined);
    void close(char bracket);
    void beforeValue();
    void newline();

    struct Level {
        bool first = true;
        bool inlined = false;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
    bool m_indented = true;
};

} // namespace Gloss::Formats
