#pragma once

// Internal to the format chapter: the parser that builds a Document. Its grammar (values, numbers, arrays,
// objects, duplicate keys) is in jsonparser.cpp, its strings (UTF-8, escapes, surrogates) in jsonstring.cpp.

#include "jsondocument.h"

namespace saskati::json {

/// Strict RFC 8259 parser over a Document's source bytes: one node per value, each with its byte offset.
/// Stops at the first mistake, remembering where it is and what to write there.
class Parser {
public:
    Parser(Document &document, int maxDepth)
        : m_doc(document)
        , m_src(document.m_source.constData())
        , m_size(document.m_source.size())
        , m_maxDepth(maxDepth)
    {}

    bool run(ParseError *error);

private:
    bool fail(qsizetype offset, const QString &message, ParseError *error);
    bool setError(qsizetype offset, const QString &message);
    bool unexpected();
    void skipWhitespace();
    qint32 newNode(Type type);

    bool parseValue(int depth);
    bool parseLiteral(const char *word, Type type, bool value);
    bool parseNumber();
    bool enter(int depth);
    bool parseContainer(int depth, Type type, char close);
    bool parseElement(int depth);
    bool parseMember(int depth);
    void checkDuplicates(qint32 object);
    void reportDuplicate(const Document::Node &n);

    // jsonstring.cpp
    bool parseString(qsizetype *start, qsizetype *length, bool *hasEscapes);
    bool parseEscape(qsizetype open);
    bool skipUtf8();
    bool isUnicodeEscape(qsizetype at) const;
    bool loneSurrogate(qsizetype at, char16_t unit);

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    Document &m_doc;
    const char *m_src;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_maxDepth;
    qsizetype m_errorOffset = 0;
    QString m_errorMessage;
    ParseError::Kind m_errorKind = ParseError::Kind::Syntax;
};

} // namespace saskati::json
