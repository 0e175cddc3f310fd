// XLIFF 1.2 files: the writer and the reader (xlifffile.h).
#include "xlifffile.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace saskati::authoring {

namespace {

const QString xliffNamespace = u"urn:oasis:names:tc:xliff:document:1.2"_s;

void writeUnit(QXmlStreamWriter &xml, const TranslationEntry &entry)
{
    xml.writeStartElement(u"trans-unit"_s);
    xml.writeAttribute(u"id"_s, entry.context);
    xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
    xml.writeTextElement(u"source"_s, entry.source);
    xml.writeStartElement(u"target"_s);
    xml.writeAttribute(u"state"_s, entry.translation.isEmpty() ? u"needs-translation"_s
                                   : entry.fuzzy               ? u"needs-review-translation"_s
                                                               : u"translated"_s);
    xml.writeCharacters(entry.translation);
    xml.writeEndElement();
    for (const QString &reference : entry.references) {
        const qsizetype colon = reference.lastIndexOf(u':');
        xml.writeStartElement(u"context-group"_s);
        xml.writeAttribute(u"purpose"_s, u"location"_s);
        xml.writeStartElement(u"context"_s);
        xml.writeAttribute(u"context-type"_s, u"sourcefile"_s);
        xml.writeCharacters(colon < 0 ? reference : reference.left(colon));
        xml.writeEndElement();
        if (colon >= 0) {
            xml.writeStartElement(u"context"_s);
            xml.writeAttribute(u"context-type"_s, u"linenumber"_s);
            xml.writeCharacters(reference.mid(colon + 1));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    for (const QString &note : entry.notes)
        xml.writeTextElement(u"note"_s, note);
    xml.writeEndElement();
}

} // namespace

QByteArray writeXliff(const TranslationFile &file)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(xliffNamespace);
    xml.writeStartElement(xliffNamespace, u"xliff"_s);
    xml.writeAttribute(u"version"_s, u"1.2"_s);
    xml.writeStartElement(u"file"_s);
    const QString original = file.headerField(u"X-Saskati-Original"_s);
    xml.writeAttribute(u"original"_s, original.isEmpty() ? u"scenario"_s : original);
    xml.writeAttribute(u"source-language"_s, file.headerField(u"X-Saskati-Source-Language"_s));
    xml.writeAttribute(u"target-language"_s, file.headerField(u"Language"_s));
    xml.writeAttribute(u"datatype"_s, u"plaintext"_s);
    xml.writeAttribute(u"tool-id"_s, u"saskati"_s);
    xml.writeStartElement(u"header"_s);
    xml.writeStartElement(u"tool"_s);
    xml.writeAttribute(u"tool-id"_s, u"saskati"_s);
    xml.writeAttribute(u"tool-name"_s, file.headerField(u"X-Generator"_s));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(u"body"_s);
    for (const TranslationEntry &entry : file.entries)
        writeUnit(xml, entry);
    xml.writeEndDocument();
    return out;
}

namespace {

// Reads one trans-unit (the reader is at its start element) into `entry`.
void readUnit(QXmlStreamReader &xml, TranslationEntry *entry)
{
    entry->context = xml.attributes().value(u"id"_s).toString();
    entry->line = int(xml.lineNumber());
    bool hasSource = false;
    QString file, line;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            entry->source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            hasSource = true;
        } else if (xml.name() == u"target") {
            entry->fuzzy = xml.attributes().value(u"state"_s).startsWith(u"needs-"_s) ||
                           xml.attributes().value(u"state"_s) == u"new";
            entry->translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"note") {
            entry->notes.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (xml.name() == u"context-group") {
            while (xml.readNextStartElement()) {
                const auto type = xml.attributes().value(u"context-type"_s);
                const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"sourcefile")
                    file = value;
                else if (type == u"linenumber")
                    line = value;
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!file.isEmpty())
        entry->references.append(line.isEmpty() ? file : file + u':' + line);
    if (entry->context.isEmpty() || !hasSource)
        xml.raiseError(entry->context.isEmpty()
                           ? u"a trans-unit without an id; give it the id it was exported with"_s
                           : u"trans-unit '%1' has no <source>; keep the one it was exported "
                             u"with"_s.arg(entry->context));
}

// The trans-units of a body or a group (a tool may group them), in order.
void readUnits(QXmlStreamReader &xml, TranslationFile *file)
{
    while (!xml.hasError() && xml.readNextStartElement()) {
        if (xml.name() == u"group") {
            readUnits(xml, file);
        } else if (xml.name() == u"trans-unit") {
            TranslationEntry entry;
            readUnit(xml, &entry);
            file->entries.append(entry);
        } else {
            xml.skipCurrentElement();
        }
    }
}

void readFileElement(QXmlStreamReader &xml, TranslationFile *file)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    file->header = {{u"Language"_s, attributes.value(u"target-language"_s).toString()},
                    {u"X-Saskati-Source-Language"_s, attributes.value(u"source-language"_s).toString()},
                    {u"X-Saskati-Original"_s, attributes.value(u"original"_s).toString()}};
    while (!xml.hasError() && xml.readNextStartElement()) {
        if (xml.name() == u"body")
            readUnits(xml, file);
        else
            xml.skipCurrentElement();
    }
}

} // namespace

TranslationFile readXliff(const QString &fileName, const QByteArray &text, Diagnostics *diagnostics)
{
    TranslationFile file;
    QXmlStreamReader xml(text);
    if (xml.readNextStartElement()) {
        if (xml.name() != u"xliff" || xml.attributes().value(u"version"_s) != u"1.2")
            xml.raiseError(
                u"this is not an XLIFF 1.2 file (its root must be <xliff version=\"1.2\">); export it "
                u"again with --format xliff"_s);
        else if (xml.readNextStartElement() && xml.name() == u"file")
            readFileElement(xml, &file);
        else if (!xml.hasError())
            xml.raiseError(u"an XLIFF file needs a <file> element; export it again with --format xliff"_s);
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        diagnostics->append(Diagnostic(fileName, int(xml.lineNumber()), int(xml.columnNumber()),
                                       Diagnostic::Severity::Error, xml.errorString()));
        return {};
    }
    if (xml.hasError()) {
        diagnostics->append(Diagnostic(fileName, int(xml.lineNumber()), int(xml.columnNumber()),
                                       Diagnostic::Severity::Error,
                                       u"the file ends before its XML does; %1"_s.arg(xml.errorString())));
        return {};
    }
    return file;
}

} // namespace saskati::authoring
