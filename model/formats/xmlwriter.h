#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Gloss::Formats
{

/// A streaming XML writer into UTF-8 bytes, indented, for the REFI-QDA exports. QXmlStreamWriter
/// encodes through a codec call per write; a project of 100,000 selections needs the plain loop.
/// Characters XML 1.0 does not allow (control characters other than tab, line feed and carriage
/// return; lone surrogates) are written as U+FFFD, so the document always parses.
class XmlWriter final
{
public:
    XmlWriter() { m_out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"); }

    /// Element and attribute names are ASCII literals.
    void startElement(const char *name);
    /// An attribute of the element just started (before any child or text).
    void attribute(const char *name, QStringView value);
    /// Text content of the current element.
    void text(QStringView value);
    void endElement();
    /// startElement(), text(), endElement().
    void textElement(const char *name, QStringView value);

    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    QByteArray take();

private:
    enum class Escape { Text, Attribute };
    void closeStartTag();
    void newline(qsizetype depth);
    void appendEscaped(QStringView text, Escape escape);

    struct Level {
        const char *name = nullptr;
        bool hasChildren = false;
        bool hasText = false;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    bool m_startTagOpen = false;
};

} // namespace Gloss::Formats
