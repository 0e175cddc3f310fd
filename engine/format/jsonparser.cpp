// The JSON grammar: values, literals, numbers, arrays and objects with their nesting limit, duplicate keys,
// and where and why parsing stopped. Strings are in jsonstring.cpp.
#include "jsonparser_p.h"

#include <charconv>
#include <cstring>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace saskati::json {

bool Parser::run(ParseError *error)
{
    if (m_size >= 2 &&
        ((m_src[0] == '\xFF' && m_src[1] == '\xFE') || (m_src[0] == '\xFE' && m_src[1] == '\xFF'))) {
        m_errorKind = ParseError::Kind::NotText;
        return fail(
            0,
            u"the file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8"_s,
            error);
    }
    skipWhitespace();
    if (m_pos >= m_size)
        return fail(m_pos, u"the file is empty: a scenario file holds one JSON object"_s, error);
    if (!parseValue(0))
        return fail(m_errorOffset, m_errorMessage, error);
    skipWhitespace();
    if (m_pos < m_size)
        return fail(m_pos, u"unexpected text after the end of the JSON value; remove it"_s, error);
    return true;
}

bool Parser::fail(qsizetype offset, const QString &message, ParseError *error)
{
    if (!error)
        return false;
    error->offset = offset;
    error->message = message;
    error->kind = m_errorKind;
    // JSON text never holds a NUL byte. One at or before the place the parser stopped is what stopped
    // it (UTF-16 text, binary data), whatever the grammar error it looks like there.
    const void *nul = std::memchr(m_src, 0, size_t(std::min(offset + 1, m_size)));
    if (nul) {
        error->offset = static_cast<const char *>(nul) - m_src;
        error->message = u"NUL byte at byte offset %1; the file is not text (binary data, or text saved "
                         u"as UTF-16?): save it as UTF-8 JSON"_s.arg(error->offset);
        error->kind = ParseError::Kind::NotText;
    }
    return false;
}

bool Parser::setError(qsizetype offset, const QString &message)
{
    m_errorOffset = offset;
    m_errorMessage = message;
    return false;
}

void Parser::skipWhitespace()
{
    while (m_pos < m_size) {
        const char c = m_src[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            break;
        ++m_pos;
    }
}

qint32 Parser::newNode(Type type)
{
    Document::Node node;
    node.type = type;
    node.contentStart = qint32(m_pos);
    m_doc.m_nodes.push_back(node);
    return qint32(m_doc.m_nodes.size() - 1);
}

bool Parser::unexpected()
{
    if (m_pos >= m_size)
        return setError(m_pos,
                        u"the file ends too early: the JSON is truncated (a bracket, brace or quote is "
                        u"missing)"_s);
    const unsigned char c = static_cast<unsigned char>(m_src[m_pos]);
    if (c < 0x20 || c >= 0x80)
        return setError(m_pos, u"unexpected byte 0x%1: this is not JSON text (binary data or a wrong "
                               u"encoding?); save the file as UTF-8 JSON"_s.arg(int(c), 2, 16, QChar(u'0')));
    return setError(m_pos, u"unexpected character '%1'"_s.arg(QChar(char16_t(c))));
}

bool Parser::parseValue(int depth)
{
    if (m_pos >= m_size)
        return unexpected();
    switch (m_src[m_pos]) {
    case '{':
        return parseContainer(depth, Type::Object, '}');
    case '[':
        return parseContainer(depth, Type::Array, ']');
    case '"': {
        const qint32 index = newNode(Type::String);
        qsizetype start = 0, length = 0;
        bool escapes = false;
        if (!parseString(&start, &length, &escapes))
            return false;
        auto &n = m_doc.m_nodes[size_t(index)];
        n.contentStart = qint32(start);
        n.lengthOrCount = qint32(length);
        n.hasEscapes = escapes;
        return true;
    }
    case 't':
        return parseLiteral("true", Type::Bool, true);
    case 'f':
        return parseLiteral("false", Type::Bool, false);
    case 'n':
        return parseLiteral("null", Type::Null, false);
    default:
        return parseNumber();
    }
}

bool Parser::parseLiteral(const char *word, Type type, bool value)
{
    const qsizetype length = qsizetype(std::char_traits<char>::length(word));
    if (m_size - m_pos < length || std::char_traits<char>::compare(m_src + m_pos, word, size_t(length)) != 0)
        return setError(m_pos, u"unknown word: expected a value (a string in quotes, a number, an object, an "
                               u"array, true, false or null)"_s);
    const qint32 index = newNode(type);
    m_doc.m_nodes[size_t(index)].boolean = value;
    m_pos += length;
    return true;
}

bool Parser::parseNumber()
{
    const qsizetype start = m_pos;
    qsizetype p = m_pos;
    if (p < m_size && m_src[p] == '-')
        ++p;
    if (p >= m_size || !isDigit(m_src[p])) {
        m_pos = start;
        return unexpected();
    }
    if (m_src[p] == '0')
        ++p;
    else
        while (p < m_size && isDigit(m_src[p]))
            ++p;
    if (p < m_size && m_src[p] == '.') {
        ++p;
        if (p >= m_size || !isDigit(m_src[p]))
            return setError(p, u"a digit must follow the decimal point"_s);
        while (p < m_size && isDigit(m_src[p]))
            ++p;
    }
    if (p < m_size && (m_src[p] == 'e' || m_src[p] == 'E')) {
        ++p;
        if (p < m_size && (m_src[p] == '+' || m_src[p] == '-'))
            ++p;
        if (p >= m_size || !isDigit(m_src[p]))
            return setError(p, u"a digit must follow the exponent"_s);
        while (p < m_size && isDigit(m_src[p]))
            ++p;
    }
    double value = 0; // read again from the text when asked for
    const auto result = std::from_chars(m_src + start, m_src + p, value);
    if (result.ec == std::errc::result_out_of_range)
        return setError(start, u"the number is too large"_s);
    const qint32 index = newNode(Type::Number);
    m_doc.m_nodes[size_t(index)].contentStart =
        qint32(start); // the number as written, for byte-stable rewriting
    m_doc.m_nodes[size_t(index)].lengthOrCount = qint32(p - start);
    m_pos = p;
    return true;
}

bool Parser::enter(int depth)
{
    if (depth + 1 > m_maxDepth)
        return setError(m_pos, u"nested too deeply (more than %1 levels): a scenario never needs this; check "
                               u"for runaway brackets"_s.arg(m_maxDepth));
    return true;
}

// An array or an object, from its opening bracket or brace: its elements or members, separated by commas, up
// to `close`. Each is linked to the container as the next child.
bool Parser::parseContainer(int depth, Type type, char close)
{
    if (!enter(depth))
        return false;
    const qint32 index = newNode(type);
    ++m_pos;
    skipWhitespace();
    if (m_pos < m_size && m_src[m_pos] == close) {
        ++m_pos;
        return true;
    }
    const bool isArray = type == Type::Array;
    qint32 last = -1;
    qint32 count = 0;
    while (true) {
        skipWhitespace();
        const qint32 child = qint32(m_doc.m_nodes.size());
        if (!(isArray ? parseElement(depth) : parseMember(depth)))
            return false;
        if (last >= 0) // the first child is the node after the container's
            m_doc.m_nodes[size_t(last)].nextSibling = child;
        last = child;
        ++count;
        skipWhitespace();
        if (m_pos >= m_size)
            return setError(
                m_pos,
                isArray ? u"the file ends inside an array: the JSON is truncated (add the closing ']')"_s
                        : u"the file ends inside an object: the JSON is truncated (add the closing '}')"_s);
        if (m_src[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_src[m_pos] == close) {
            ++m_pos;
            break;
        }
        return setError(m_pos, isArray ? u"expected ',' or ']' after an array element"_s
                                       : u"expected ',' or '}' after an object member"_s);
    }
    m_doc.m_nodes[size_t(index)].lengthOrCount = count;
    if (!isArray)
        checkDuplicates(index);
    return true;
}

// One element of an array at depth `depth`. A ']' where it should start follows a comma.
bool Parser::parseElement(int depth)
{
    if (m_pos < m_size && m_src[m_pos] == ']')
        return setError(m_pos, u"a comma before ']' is not allowed in JSON: remove the trailing comma"_s);
    return parseValue(depth + 1);
}

// One "key": value member of an object at depth `depth`, where its key should start. The value's node keeps
// where its key was written.
bool Parser::parseMember(int depth)
{
    if (m_pos >= m_size)
        return setError(m_pos,
                        u"the file ends inside an object: the JSON is truncated (add the closing '}')"_s);
    if (m_src[m_pos] != '"')
        return setError(m_pos, m_src[m_pos] == '}'
                                   ? u"a comma before '}' is not allowed in JSON: remove the trailing comma"_s
                                   : u"expected a key in double quotes"_s);
    const qsizetype keyStart = m_pos;
    qsizetype contentStart = 0, keyLength = 0;
    bool keyEscapes = false;
    if (!parseString(&contentStart, &keyLength, &keyEscapes))
        return false;
    skipWhitespace();
    if (m_pos >= m_size || m_src[m_pos] != ':')
        return m_pos >= m_size ? unexpected() : setError(m_pos, u"expected ':' after the key"_s);
    ++m_pos;
    skipWhitespace();
    const qint32 child = qint32(m_doc.m_nodes.size());
    if (!parseValue(depth + 1))
        return false;
    auto &c = m_doc.m_nodes[size_t(child)];
    c.keyStart = qint32(keyStart);
    c.keyLength = qint32(keyLength);
    c.keyHasEscapes = keyEscapes;
    return true;
}

void Parser::checkDuplicates(qint32 object)
{
    const auto &nodes = m_doc.m_nodes;
    const qint32 count = nodes[size_t(object)].lengthOrCount;
    const qint32 firstChild = object + 1;
    if (count < 2)
        return;
    auto keyView = [&](const Document::Node &n) {
        return std::string_view(m_src + n.keyStart + 1, size_t(n.keyLength));
    };
    if (count <= 16) {
        // Typical scenario objects are small: pairwise comparison beats hashing and allocates nothing.
        for (qint32 i = firstChild; i >= 0; i = nodes[size_t(i)].nextSibling) {
            for (qint32 j = firstChild; j != i; j = nodes[size_t(j)].nextSibling) {
                if (keyView(nodes[size_t(i)]) == keyView(nodes[size_t(j)])) {
                    reportDuplicate(nodes[size_t(i)]);
                    break;
                }
            }
        }
        return;
    }
    std::unordered_set<std::string_view> seen;
    seen.reserve(size_t(count));
    for (qint32 i = firstChild; i >= 0; i = nodes[size_t(i)].nextSibling)
        if (!seen.insert(keyView(nodes[size_t(i)])).second)
            reportDuplicate(nodes[size_t(i)]);
}

void Parser::reportDuplicate(const Document::Node &n)
{
    m_doc.m_duplicateKeys.push_back({n.keyStart, m_doc.decode(n.keyStart + 1, n.keyLength, n.keyHasEscapes)});
}

} // namespace saskati::json
