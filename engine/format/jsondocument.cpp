#include "jsondocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <charconv>
#include <cstring>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace saskati::json {

// ---- Value -----------------------------------------------------------------------------------------

#define NODE (m_document->m_nodes[size_t(m_index)])

Type Value::type() const
{
    return NODE.type;
}
qsizetype Value::offset() const
{
    return isValid() ? NODE.offset : 0;
}
bool Value::toBool() const
{
    return isBool() && NODE.boolean;
}
double Value::toDouble() const
{
    return isNumber() ? NODE.number : 0.0;
}

QString Value::toString() const
{
    if (!isString())
        return {};
    return m_document->decode(NODE.contentStart, NODE.contentLength, NODE.hasEscapes);
}

QString Value::key() const
{
    if (!isValid() || NODE.keyStart < 0)
        return {};
    return m_document->decode(NODE.keyStart + 1, NODE.keyLength, NODE.keyHasEscapes);
}

qsizetype Value::keyOffset() const
{
    return isValid() && NODE.keyStart >= 0 ? NODE.keyStart : offset();
}

qsizetype Value::size() const
{
    return (isArray() || isObject()) ? NODE.childCount : 0;
}

Value Value::first() const
{
    if (!isArray() && !isObject())
        return Value(m_document, -1);
    return Value(m_document, NODE.firstChild);
}

Value Value::next() const
{
    if (!isValid())
        return Value(m_document, -1);
    return Value(m_document, NODE.nextSibling);
}

bool Value::keyEquals(QStringView key) const
{
    if (!isValid() || NODE.keyStart < 0)
        return false;
    const auto &n = NODE;
    if (n.keyHasEscapes)
        return m_document->decode(n.keyStart + 1, n.keyLength, true) == key;
    // Keys in scenario files are ASCII; compare bytes without decoding.
    if (n.keyLength != key.size())
        return false;
    const char *bytes = m_document->m_source.constData() + n.keyStart + 1;
    for (qsizetype k = 0; k < n.keyLength; ++k)
        if (char16_t(static_cast<unsigned char>(bytes[k])) != key.at(k).unicode())
            return false;
    return true;
}

Value Value::member(QStringView key) const
{
    if (!isObject())
        return Value(m_document, -1);
    for (Value child = first(); child.isValid(); child = child.next())
        if (child.keyEquals(key))
            return child;
    return Value(m_document, -1);
}

#undef NODE

// ---- Parser ----------------------------------------------------------------------------------------

class Parser {
public:
    Parser(Document &document, int maxDepth)
        : m_doc(document)
        , m_src(document.m_source.constData())
        , m_size(document.m_source.size())
        , m_maxDepth(maxDepth)
    {}

    bool run(ParseError *error)
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

private:
    bool fail(qsizetype offset, const QString &message, ParseError *error)
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

    bool setError(qsizetype offset, const QString &message)
    {
        m_errorOffset = offset;
        m_errorMessage = message;
        return false;
    }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const char c = m_src[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                break;
            ++m_pos;
        }
    }

    qint32 newNode(Type type)
    {
        Document::Node node;
        node.type = type;
        node.offset = m_pos;
        m_doc.m_nodes.push_back(node);
        return qint32(m_doc.m_nodes.size() - 1);
    }

    bool unexpected()
    {
        if (m_pos >= m_size)
            return setError(m_pos,
                            u"the file ends too early: the JSON is truncated (a bracket, brace or quote is "
                            u"missing)"_s);
        const unsigned char c = static_cast<unsigned char>(m_src[m_pos]);
        if (c < 0x20 || c >= 0x80)
            return setError(m_pos,
                            u"unexpected byte 0x%1: this is not JSON text (binary data or a wrong "
                            u"encoding?); save the file as UTF-8 JSON"_s.arg(int(c), 2, 16, QChar(u'0')));
        return setError(m_pos, u"unexpected character '%1'"_s.arg(QChar(char16_t(c))));
    }

    bool parseValue(int depth)
    {
        if (m_pos >= m_size)
            return unexpected();
        switch (m_src[m_pos]) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"': {
            const qint32 index = newNode(Type::String);
            qsizetype start = 0, length = 0;
            bool escapes = false;
            if (!parseString(&start, &length, &escapes))
                return false;
            auto &n = m_doc.m_nodes[size_t(index)];
            n.contentStart = start;
            n.contentLength = length;
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

    bool parseLiteral(const char *word, Type type, bool value)
    {
        const qsizetype length = qsizetype(std::char_traits<char>::length(word));
        if (m_size - m_pos < length ||
            std::char_traits<char>::compare(m_src + m_pos, word, size_t(length)) != 0)
            return setError(m_pos,
                            u"unknown word: expected a value (a string in quotes, a number, an object, an "
                            u"array, true, false or null)"_s);
        const qint32 index = newNode(type);
        m_doc.m_nodes[size_t(index)].boolean = value;
        m_pos += length;
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool parseNumber()
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
        double value = 0;
        const auto result = std::from_chars(m_src + start, m_src + p, value);
        if (result.ec == std::errc::result_out_of_range)
            return setError(start, u"the number is too large"_s);
        const qint32 index = newNode(Type::Number);
        m_doc.m_nodes[size_t(index)].number = value;
        m_pos = p;
        return true;
    }

    // Validates one UTF-8 sequence starting at m_pos; advances past it.
    bool skipUtf8()
    {
        const auto *s = reinterpret_cast<const unsigned char *>(m_src);
        const unsigned char c = s[m_pos];
        int extra = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return setError(m_pos, u"invalid UTF-8 byte 0x%1: save the file in UTF-8 encoding"_s.arg(
                                       int(c), 2, 16, QChar(u'0')));
        }
        if (m_size - m_pos <= extra)
            return setError(m_pos, u"the file ends inside a UTF-8 character: the JSON is truncated"_s);
        for (int i = 1; i <= extra; ++i) {
            const unsigned char cc = s[m_pos + i];
            if ((cc & 0xC0) != 0x80)
                return setError(m_pos, u"invalid UTF-8 sequence: save the file in UTF-8 encoding"_s);
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return setError(m_pos, u"invalid UTF-8 sequence: save the file in UTF-8 encoding"_s);
        m_pos += extra + 1;
        return true;
    }

    static bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    // A backslash, 'u' and four hexadecimal digits at `at`.
    bool isUnicodeEscape(qsizetype at) const
    {
        return m_size - at >= 6 && m_src[at] == '\\' && m_src[at + 1] == 'u' && isHex(m_src[at + 2]) &&
               isHex(m_src[at + 3]) && isHex(m_src[at + 4]) && isHex(m_src[at + 5]);
    }

    char16_t hex4(qsizetype at) const
    {
        char16_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_src[at + k];
            v = char16_t(v << 4) | char16_t(c <= '9' ? c - '0' : (c >= 'a' ? c - 'a' + 10 : c - 'A' + 10));
        }
        return v;
    }

    bool loneSurrogate(qsizetype at, char16_t unit)
    {
        m_errorKind = ParseError::Kind::Surrogate;
        const QString escape = u"\\u"_s + QString::number(unit, 16).rightJustified(4, u'0');
        return setError(
            at, u"%1 is half of a UTF-16 surrogate pair without its other half: it stands for no "
                u"character; write the character itself, or both halves as in \\ud83d\\ude00"_s.arg(escape));
    }

    bool parseString(qsizetype *start, qsizetype *length, bool *hasEscapes)
    {
        const qsizetype open = m_pos;
        ++m_pos; // opening quote
        *start = m_pos;
        *hasEscapes = false;
        while (true) {
            if (m_pos >= m_size)
                return setError(open,
                                u"the file ends inside this string: the JSON is truncated (add the closing "
                                u"quote and what follows)"_s);
            const unsigned char c = static_cast<unsigned char>(m_src[m_pos]);
            if (c == '"')
                break;
            if (c == '\\') {
                *hasEscapes = true;
                if (m_pos + 1 >= m_size)
                    return setError(open, u"this string is never closed: add the closing quote (\")"_s);
                const char e = m_src[m_pos + 1];
                if (e == 'u') {
                    if (!isUnicodeEscape(m_pos))
                        return setError(m_pos, u"\\u must be followed by four hexadecimal digits"_s);
                    const char16_t unit = hex4(m_pos + 2);
                    if (QChar::isLowSurrogate(unit))
                        return loneSurrogate(m_pos, unit);
                    if (QChar::isHighSurrogate(unit)) {
                        // Only a high half followed at once by a low half makes a character.
                        if (!isUnicodeEscape(m_pos + 6) || !QChar::isLowSurrogate(hex4(m_pos + 8)))
                            return loneSurrogate(m_pos, unit);
                        m_pos += 6;
                    }
                    m_pos += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                           e == 'r' || e == 't') {
                    m_pos += 2;
                } else {
                    return setError(m_pos,
                                    u"unknown escape sequence in a string; write \\\\ for a backslash"_s);
                }
                continue;
            }
            if (c < 0x20)
                return setError(m_pos, c == '\n'
                                           ? u"line break inside a string: write \\n or close the string "
                                             u"with a quote (\")"_s
                                           : u"control character inside a string: remove it"_s);
            if (c >= 0x80) {
                if (!skipUtf8())
                    return false;
                continue;
            }
            ++m_pos;
        }
        *length = m_pos - *start;
        ++m_pos; // closing quote
        return true;
    }

    bool enter(int depth)
    {
        if (depth + 1 > m_maxDepth)
            return setError(m_pos,
                            u"nested too deeply (more than %1 levels): a scenario never needs this; check "
                            u"for runaway brackets"_s.arg(m_maxDepth));
        return true;
    }

    bool parseArray(int depth)
    {
        if (!enter(depth))
            return false;
        const qint32 index = newNode(Type::Array);
        ++m_pos;
        skipWhitespace();
        qint32 last = -1;
        qint32 count = 0;
        if (m_pos < m_size && m_src[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipWhitespace();
            const qint32 child = qint32(m_doc.m_nodes.size());
            if (!parseValue(depth + 1))
                return false;
            link(index, last, child);
            last = child;
            ++count;
            skipWhitespace();
            if (m_pos >= m_size)
                return setError(
                    m_pos, u"the file ends inside an array: the JSON is truncated (add the closing ']')"_s);
            if (m_src[m_pos] == ',') {
                ++m_pos;
                skipWhitespace();
                if (m_pos < m_size && m_src[m_pos] == ']')
                    return setError(
                        m_pos, u"a comma before ']' is not allowed in JSON: remove the trailing comma"_s);
                continue;
            }
            if (m_src[m_pos] == ']') {
                ++m_pos;
                break;
            }
            return setError(m_pos, u"expected ',' or ']' after an array element"_s);
        }
        m_doc.m_nodes[size_t(index)].childCount = count;
        return true;
    }

    void link(qint32 parent, qint32 last, qint32 child)
    {
        if (last < 0)
            m_doc.m_nodes[size_t(parent)].firstChild = child;
        else
            m_doc.m_nodes[size_t(last)].nextSibling = child;
    }

    bool parseObject(int depth)
    {
        if (!enter(depth))
            return false;
        const qint32 index = newNode(Type::Object);
        ++m_pos;
        skipWhitespace();
        if (m_pos < m_size && m_src[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        qint32 last = -1;
        qint32 count = 0;
        while (true) {
            skipWhitespace();
            if (m_pos >= m_size)
                return setError(
                    m_pos, u"the file ends inside an object: the JSON is truncated (add the closing '}')"_s);
            if (m_src[m_pos] != '"')
                return setError(
                    m_pos, m_src[m_pos] == '}'
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
            c.keyStart = keyStart;
            c.keyLength = keyLength;
            c.keyHasEscapes = keyEscapes;
            link(index, last, child);
            last = child;
            ++count;
            skipWhitespace();
            if (m_pos >= m_size)
                return setError(
                    m_pos, u"the file ends inside an object: the JSON is truncated (add the closing '}')"_s);
            if (m_src[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_src[m_pos] == '}') {
                ++m_pos;
                break;
            }
            return setError(m_pos, u"expected ',' or '}' after an object member"_s);
        }
        m_doc.m_nodes[size_t(index)].childCount = count;
        checkDuplicates(index);
        return true;
    }

    void checkDuplicates(qint32 object)
    {
        const auto &nodes = m_doc.m_nodes;
        const qint32 count = nodes[size_t(object)].childCount;
        if (count < 2)
            return;
        auto keyView = [&](const Document::Node &n) {
            return std::string_view(m_src + n.keyStart + 1, size_t(n.keyLength));
        };
        if (count <= 16) {
            // Typical scenario objects are small: pairwise comparison beats hashing and allocates nothing.
            for (qint32 i = nodes[size_t(object)].firstChild; i >= 0; i = nodes[size_t(i)].nextSibling) {
                for (qint32 j = nodes[size_t(object)].firstChild; j != i; j = nodes[size_t(j)].nextSibling) {
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
        for (qint32 i = nodes[size_t(object)].firstChild; i >= 0; i = nodes[size_t(i)].nextSibling)
            if (!seen.insert(keyView(nodes[size_t(i)])).second)
                reportDuplicate(nodes[size_t(i)]);
    }

    void reportDuplicate(const Document::Node &n)
    {
        m_doc.m_duplicateKeys.push_back(
            {n.keyStart, m_doc.decode(n.keyStart + 1, n.keyLength, n.keyHasEscapes)});
    }

    Document &m_doc;
    const char *m_src;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_maxDepth;
    qsizetype m_errorOffset = 0;
    QString m_errorMessage;
    ParseError::Kind m_errorKind = ParseError::Kind::Syntax;
};

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

QString Document::decode(qsizetype start, qsizetype length, bool hasEscapes) const
{
    const char *s = m_source.constData() + start;
    if (!hasEscapes)
        return QString::fromUtf8(s, length);
    QString out;
    out.reserve(length);
    qsizetype i = 0;
    auto hex4 = [&](qsizetype at) {
        char16_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = s[at + k];
            v = char16_t(v << 4) | char16_t(c <= '9' ? c - '0' : (c >= 'a' ? c - 'a' + 10 : c - 'A' + 10));
        }
        return v;
    };
    qsizetype runStart = 0;
    while (i < length) {
        if (s[i] != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(s + runStart, i - runStart);
        const char e = s[i + 1];
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            out += QChar(hex4(i + 2));
            i += 4;
            break;
        default:
            out += QChar(char16_t(e));
            break;
        }
        i += 2;
        runStart = i;
    }
    out += QString::fromUtf8(s + runStart, length - runStart);
    return out;
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
