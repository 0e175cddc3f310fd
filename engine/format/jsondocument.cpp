// Document: parsing a whole text into nodes (the grammar is in jsonparser.cpp, strings in jsonstring.cpp,
// the value handles in jsonvalue.cpp), and the bridge to Qt's own JSON types.
#include "jsondocument.h"

#include <limits>

#include "jsonparser_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace saskati::json {

Document Document::parse(const QByteArray &utf8, ParseError *error, int maxDepth)
{
    Document document;
    document.m_source = utf8;
    if (utf8.size() >= std::numeric_limits<qint32>::max()) {
        if (error)
            *error = ParseError{0, QStringLiteral("the file is 2 GiB or larger: too large to read"),
                                ParseError::Kind::Syntax};
        return Document();
    }
    // Scenario files have about one value per 13 bytes.
    document.m_nodes.reserve(size_t(utf8.size() / 12 + 16));
    ParseError localError;
    Parser parser(document, maxDepth);
    if (!parser.run(&localError)) {
        if (error)
            *error = localError;
        return Document();
    }
    if (error)
        *error = ParseError();
    return document;
}

void Document::release(Value first, Value end)
{
    if (first.m_document != this || end.m_document != this || !first.isValid() || !end.isValid())
        return;
    m_nodes.release(size_t(first.m_index), size_t(end.m_index));
}

void Document::Nodes::release(size_t from, size_t to)
{
    for (size_t chunk = (from + chunkSize - 1) >> chunkBits; (chunk + 1) << chunkBits <= to; ++chunk)
        m_chunks[chunk].reset();
}

QJsonValue toQJsonValue(Value v)
{
    switch (v.type()) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return v.toBool();
    case Type::Number:
        return v.toDouble();
    case Type::String:
        return v.toString();
    case Type::Array: {
        QJsonArray a;
        for (Value item : v)
            a.append(toQJsonValue(item));
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (Value item : v)
            o.insert(item.key(), toQJsonValue(item));
        return o;
    }
    }
    return {};
}

} // namespace saskati::json
