// The handle to one parsed value: its type, contents, key and place in the tree, read from Document's nodes.
#include "jsondocument.h"

#include <charconv>

namespace saskati::json {

#define NODE (m_document->m_nodes[size_t(m_index)])

qsizetype Value::offset() const
{
    return isValid() ? NODE.offset() : 0;
}
bool Value::toBool() const
{
    return isBool() && NODE.boolean;
}
double Value::toDouble() const
{
    if (!isNumber())
        return 0.0;
    // The parser checked the text and its range; numbers are few, so they are not kept parsed.
    const char *text = m_document->m_source.constData() + NODE.contentStart;
    double value = 0;
    std::from_chars(text, text + NODE.lengthOrCount, value);
    return value;
}

QString Value::toString() const
{
    if (!isString())
        return {};
    return m_document->decode(NODE.contentStart, NODE.lengthOrCount, NODE.hasEscapes);
}

qsizetype Value::writtenSize() const
{
    return isString() ? NODE.lengthOrCount : 0;
}

char16_t *Value::decodeTo(char16_t *out) const
{
    if (!isString())
        return out;
    return m_document->decodeTo(out, NODE.contentStart, NODE.lengthOrCount, NODE.hasEscapes);
}

QByteArray Value::numberText() const
{
    if (!isNumber())
        return {};
    return m_document->m_source.mid(NODE.contentStart, NODE.lengthOrCount);
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
    return (isArray() || isObject()) ? NODE.lengthOrCount : 0;
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

} // namespace saskati::json
