// JSON strings, both ways: the parser checks them (UTF-8, escapes, surrogate pairs) and keeps their span;
// Document::decode resolves the escapes only when a string is read.
#include "jsonparser_p.h"

using namespace Qt::StringLiterals;

namespace saskati::json {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The UTF-16 code unit that four hexadecimal digits (already checked) stand for.
char16_t hex4(const char *digits)
{
    char16_t v = 0;
    for (int k = 0; k < 4; ++k) {
        const char c = digits[k];
        v = char16_t(v << 4) | char16_t(c <= '9' ? c - '0' : (c >= 'a' ? c - 'a' + 10 : c - 'A' + 10));
    }
    return v;
}

// The escape at `s` (a backslash and what follows) as one UTF-16 unit at `out`; returns what follows it.
const unsigned char *unescape(const unsigned char *s, char16_t *out)
{
    switch (s[1]) {
    case 'b':
        *out = u'\b';
        break;
    case 'f':
        *out = u'\f';
        break;
    case 'n':
        *out = u'\n';
        break;
    case 'r':
        *out = u'\r';
        break;
    case 't':
        *out = u'\t';
        break;
    case 'u':
        *out = hex4(reinterpret_cast<const char *>(s + 2));
        return s + 6;
    default:
        *out = char16_t(s[1]);
        break;
    }
    return s + 2;
}

} // namespace

bool Parser::parseString(qsizetype *start, qsizetype *length, bool *hasEscapes)
{
    const qsizetype open = m_pos;
    ++m_pos; // opening quote
    *start = m_pos;
    *hasEscapes = false;
    while (true) {
        if (m_pos >= m_size)
            return setError(open, u"the file ends inside this string: the JSON is truncated (add the closing "
                                  u"quote and what follows)"_s);
        const unsigned char c = static_cast<unsigned char>(m_src[m_pos]);
        if (c == '"')
            break;
        if (c == '\\') {
            *hasEscapes = true;
            if (!parseEscape(open))
                return false;
            continue;
        }
        if (c < 0x20)
            return setError(m_pos, c == '\n' ? u"line break inside a string: write \\n or close the string "
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

// One escape sequence at m_pos (a backslash and what follows) inside the string opened at `open`; advances
// past it. A \u escape of half a surrogate pair is an error unless its other half follows at once.
bool Parser::parseEscape(qsizetype open)
{
    if (m_pos + 1 >= m_size)
        return setError(open, u"this string is never closed: add the closing quote (\")"_s);
    const char e = m_src[m_pos + 1];
    if (e == 'u') {
        if (!isUnicodeEscape(m_pos))
            return setError(m_pos, u"\\u must be followed by four hexadecimal digits"_s);
        const char16_t unit = hex4(m_src + m_pos + 2);
        if (QChar::isLowSurrogate(unit))
            return loneSurrogate(m_pos, unit);
        if (QChar::isHighSurrogate(unit)) {
            // Only a high half followed at once by a low half makes a character.
            if (!isUnicodeEscape(m_pos + 6) || !QChar::isLowSurrogate(hex4(m_src + m_pos + 8)))
                return loneSurrogate(m_pos, unit);
            m_pos += 6;
        }
        m_pos += 6;
    } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
               e == 't') {
        m_pos += 2;
    } else {
        return setError(m_pos, u"unknown escape sequence in a string; write \\\\ for a backslash"_s);
    }
    return true;
}

// Validates one UTF-8 sequence starting at m_pos; advances past it.
bool Parser::skipUtf8()
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

// A backslash, 'u' and four hexadecimal digits at `at`.
bool Parser::isUnicodeEscape(qsizetype at) const
{
    return m_size - at >= 6 && m_src[at] == '\\' && m_src[at + 1] == 'u' && isHex(m_src[at + 2]) &&
           isHex(m_src[at + 3]) && isHex(m_src[at + 4]) && isHex(m_src[at + 5]);
}

bool Parser::loneSurrogate(qsizetype at, char16_t unit)
{
    m_errorKind = ParseError::Kind::Surrogate;
    const QString escape = u"\\u"_s + QString::number(unit, 16).rightJustified(4, u'0');
    return setError(
        at, u"%1 is half of a UTF-16 surrogate pair without its other half: it stands for no "
            u"character; write the character itself, or both halves as in \\ud83d\\ude00"_s.arg(escape));
}

QString Document::decode(qsizetype start, qsizetype length, bool hasEscapes) const
{
    if (!hasEscapes)
        return QString::fromUtf8(m_source.constData() + start, length);
    QString out(length, Qt::Uninitialized);
    char16_t *begin = reinterpret_cast<char16_t *>(out.data());
    out.resize(decodeTo(begin, start, length, true) - begin);
    return out;
}

// The parser has checked the bytes (UTF-8, escapes, surrogate pairs), so this only converts them.
char16_t *Document::decodeTo(char16_t *out, qsizetype start, qsizetype length, bool hasEscapes) const
{
    const auto *s = reinterpret_cast<const unsigned char *>(m_source.constData() + start);
    const auto *const end = s + length;
    while (s < end) {
        const unsigned char c = *s;
        if (c < 0x80 && (c != '\\' || !hasEscapes)) {
            *out++ = c;
            ++s;
        } else if (c == '\\') {
            s = unescape(s, out++);
        } else if (c < 0xE0) {
            *out++ = char16_t(((c & 0x1F) << 6) | (s[1] & 0x3F));
            s += 2;
        } else if (c < 0xF0) {
            *out++ = char16_t(((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
            s += 3;
        } else {
            const char32_t cp =
                char32_t(((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F));
            *out++ = QChar::highSurrogate(cp);
            *out++ = QChar::lowSurrogate(cp);
            s += 4;
        }
    }
    return out;
}

} // namespace saskati::json
