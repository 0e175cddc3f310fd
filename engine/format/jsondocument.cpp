// Document: parsing a whole text into nodes (the grammar is in jsonparser.cpp, strings in jsonstring.cpp,
// the value handles in jsonvalue.cpp), and the bridge to Qt's own JSON types.
#include "jsondocument.h"

#include "jsonparser_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace saskati::json {

Document Document::parse(const QByteArray &utf8, ParseError *error, int maxDepth)
{
    Document document;
    document.m_source = utf8;
    // Most scenario values are short; one node per ~24 bytes avoids regrowth on typical files.
    document.m_nodes.reserve(size_t(utf8.size() / 24 + 16));
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
