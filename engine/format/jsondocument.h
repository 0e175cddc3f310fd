#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <memory>
#include <vector>

namespace saskati::json {

enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

class Document;

/// A read-only handle to one value of a Document, which knows the byte offset it was written at.
/// Handles are cheap to copy; they stay valid as long as their Document lives.
class Value {
public:
    Value() = default;

    bool isValid() const { return m_document != nullptr && m_index >= 0; }
    Type type() const;
    bool isNull() const { return isValid() && type() == Type::Null; }
    bool isBool() const { return isValid() && type() == Type::Bool; }
    bool isNumber() const { return isValid() && type() == Type::Number; }
    bool isString() const { return isValid() && type() == Type::String; }
    bool isArray() const { return isValid() && type() == Type::Array; }
    bool isObject() const { return isValid() && type() == Type::Object; }
    /// Byte offset of the value's first character in the source.
    qsizetype offset() const;

    bool toBool() const;
    double toDouble() const;
    /// The decoded string (escapes resolved); empty for non-strings.
    QString toString() const;
    /// Strings: the bytes written between the quotes, escapes as written; at least the decoded string's
    /// length in UTF-16 units. 0 for other values.
    qsizetype writtenSize() const;
    /// Strings: writes the decoded string (escapes resolved) to `out`, which has room for writtenSize()
    /// units, without making a QString; returns the end of what was written.
    char16_t *decodeTo(char16_t *out) const;
    /// Numbers: the number as written in the source ("0.25", "1e-3"); empty for other values.
    QByteArray numberText() const;

    /// For members of an object: the key, and the byte offset of the key's opening quote.
    QString key() const;
    /// Compares the key without decoding it (no allocation).
    bool keyEquals(QStringView key) const;
    qsizetype keyOffset() const;

    /// Arrays and objects: number of elements or members.
    qsizetype size() const;
    /// Objects: the member with this key, or an invalid Value.
    Value member(QStringView key) const;
    /// First element or member; walk on with next().
    Value first() const;
    Value next() const;

    class Iterator;
    Iterator begin() const;
    Iterator end() const;

private:
    friend class Document;
    Value(const Document *document, qint32 index)
        : m_document(document)
        , m_index(index)
    {}

    const Document *m_document = nullptr;
    qint32 m_index = -1;
};

class Value::Iterator {
public:
    explicit Iterator(Value value)
        : m_value(value)
    {}
    Value operator*() const { return m_value; }
    Iterator &operator++()
    {
        m_value = m_value.next();
        return *this;
    }
    bool operator!=(const Iterator &other) const { return m_value.m_index != other.m_value.m_index; }

private:
    Value m_value;
};

inline Value::Iterator Value::begin() const
{
    return Iterator(first());
}
inline Value::Iterator Value::end() const
{
    return Iterator(Value(m_document, -1));
}

/// Where and why a JSON text could not be parsed.
struct ParseError {
    enum class Kind : quint8 {
        Syntax,   ///< the text breaks JSON's grammar or is not UTF-8
        NotText,  ///< a NUL byte where the parser stopped or before it, or a UTF-16 byte-order mark
        Surrogate ///< a \u escape of half a UTF-16 surrogate pair, which is no character
    };
    qsizetype offset = -1;
    QString message;
    Kind kind = Kind::Syntax;
    bool isError() const { return offset >= 0; }
};

/// A duplicate key inside one object: JSON parsers silently keep one of them, Saskati reports it.
struct DuplicateKey {
    qsizetype offset;
    QString key;
};

/// A JSON DOM that remembers the byte offset of every value and key, so that mistakes in files people write
/// can be reported at FILE:LINE:COLUMN. Strictly RFC 8259, UTF-8 only, with a nesting limit; like I-JSON
/// (RFC 7493), it refuses a \u escape of an unpaired surrogate, which names no character. When parsing fails
/// at or after a NUL byte, the error is the first NUL byte (kind NotText): such a file is not text.
class Document {
public:
    static constexpr int defaultMaxDepth = 64;

    static Document parse(const QByteArray &utf8, ParseError *error, int maxDepth = defaultMaxDepth);

    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }
    const std::vector<DuplicateKey> &duplicateKeys() const { return m_duplicateKeys; }
    /// For a reader done with the values from `first` up to `end` (not included, both in the order written):
    /// gives back the memory of whole chunks of nodes among them, so that a very large file's tree does not
    /// stay whole beside what is read from it. Nothing among them may be read again; values before `first`
    /// (the parents) and from `end` on stay.
    void release(Value first, Value end);
    const QByteArray &source() const { return m_source; }

private:
    friend class Value;
    friend class Parser;

    // 24 bytes: a scenario file has a value every 13 bytes or so, and the nodes are most of the memory a
    // large file takes to read. Positions fit in 32 bits: parse() refuses files of 2 GiB and more. A
    // container's first child is the node after it (nodes are made in the order written), and a number is
    // read again from its text when asked for (numbers are few).
    struct Node {
        // Strings: the content's span without quotes (the value starts at its quote, one before). Numbers:
        // the text's span. Others: contentStart is where the value starts.
        qint32 contentStart = 0;
        qint32 lengthOrCount = 0; // strings and numbers: the span's length; arrays and objects: the children
        qint32 keyStart = -1;     // opening quote of the key
        qint32 keyLength = 0;     // without quotes
        qint32 nextSibling = -1;
        Type type = Type::Null;
        bool boolean = false;
        bool hasEscapes = false;
        bool keyHasEscapes = false;

        qsizetype offset() const { return type == Type::String ? contentStart - 1 : contentStart; }
    };
    static_assert(sizeof(Node) == 24);

    /// The nodes in chunks of a fixed size, which release() can free.
    class Nodes {
    public:
        static constexpr size_t chunkBits = 12; // 4,096 nodes, 96 KiB
        static constexpr size_t chunkSize = size_t(1) << chunkBits;

        Node &operator[](size_t i) { return m_chunks[i >> chunkBits][i & (chunkSize - 1)]; }
        const Node &operator[](size_t i) const { return m_chunks[i >> chunkBits][i & (chunkSize - 1)]; }
        size_t size() const { return m_size; }
        bool empty() const { return m_size == 0; }
        void reserve(size_t nodes) { m_chunks.reserve(nodes / chunkSize + 1); }
        void push_back(const Node &node)
        {
            if ((m_size & (chunkSize - 1)) == 0)
                m_chunks.emplace_back(new Node[chunkSize]);
            (*this)[m_size++] = node;
        }
        /// Frees the chunks wholly inside nodes [from, to).
        void release(size_t from, size_t to);

    private:
        std::vector<std::unique_ptr<Node[]>> m_chunks;
        size_t m_size = 0;
    };

    QString decode(qsizetype start, qsizetype length, bool hasEscapes) const;
    char16_t *decodeTo(char16_t *out, qsizetype start, qsizetype length, bool hasEscapes) const;

    QByteArray m_source;
    Nodes m_nodes;
    std::vector<DuplicateKey> m_duplicateKeys;
};

// Inline: readers call these for every value they walk past.
inline Type Value::type() const
{
    return m_document->m_nodes[size_t(m_index)].type;
}

inline Value Value::first() const
{
    if (!isArray() && !isObject())
        return Value(m_document, -1);
    return Value(m_document, m_document->m_nodes[size_t(m_index)].lengthOrCount > 0 ? m_index + 1 : -1);
}

inline Value Value::next() const
{
    if (!isValid())
        return Value(m_document, -1);
    return Value(m_document, m_document->m_nodes[size_t(m_index)].nextSibling);
}

/// The same value as Qt's JSON type (for scripts' expectations and for comparing with QJsonDocument).
QJsonValue toQJsonValue(Value value);

} // namespace saskati::json
