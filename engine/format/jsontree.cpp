#include "jsontree.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saskati::json {

Tree Tree::boolean(bool value)
{
    Tree t;
    t.m_type = Type::Bool;
    t.m_boolean = value;
    return t;
}

Tree Tree::number(double value)
{
    Tree t;
    t.m_type = Type::Number;
    t.m_number = value;
    // Whole numbers as integers; others in the shortest form that reads back the same.
    t.m_numberText = value == double(qint64(value)) && std::abs(value) < 1e15
                         ? QByteArray::number(qint64(value))
                         : QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    return t;
}

Tree Tree::numberWritten(QByteArray text)
{
    Tree t;
    t.m_type = Type::Number;
    t.m_number = text.toDouble();
    t.m_numberText = std::move(text);
    return t;
}

Tree Tree::string(QString value)
{
    Tree t;
    t.m_type = Type::String;
    t.m_string = std::move(value);
    return t;
}

Tree Tree::array(std::vector<Tree> items)
{
    Tree t;
    t.m_type = Type::Array;
    t.m_items = std::move(items);
    return t;
}

Tree Tree::object(std::vector<std::pair<QString, Tree>> members)
{
    Tree t;
    t.m_type = Type::Object;
    t.m_members = std::move(members);
    return t;
}

Tree Tree::from(Value value)
{
    if (!value.isValid())
        return {};
    switch (value.type()) {
    case Type::Null:
        return {};
    case Type::Bool:
        return boolean(value.toBool());
    case Type::Number:
        return numberWritten(value.numberText());
    case Type::String:
        return string(value.toString());
    case Type::Array: {
        std::vector<Tree> items;
        items.reserve(size_t(value.size()));
        for (Value item : value)
            items.push_back(from(item));
        return array(std::move(items));
    }
    case Type::Object: {
        std::vector<std::pair<QString, Tree>> members;
        members.reserve(size_t(value.size()));
        for (Value member : value)
            members.emplace_back(member.key(), from(member));
        return object(std::move(members));
    }
    }
    return {};
}

const Tree *Tree::member(QStringView key) const
{
    for (const auto &[name, value] : m_members)
        if (name == key)
            return &value;
    return nullptr;
}

Tree *Tree::member(QStringView key)
{
    return const_cast<Tree *>(std::as_const(*this).member(key));
}

void Tree::setMember(const QString &key, Tree value, QStringView after)
{
    if (Tree *existing = member(key)) {
        *existing = std::move(value);
        return;
    }
    auto position = m_members.end();
    if (!after.isEmpty())
        for (auto it = m_members.begin(); it != m_members.end(); ++it)
            if (it->first == after) {
                position = it + 1;
                break;
            }
    m_members.emplace(position, key, std::move(value));
}

bool Tree::removeMember(QStringView key)
{
    for (auto it = m_members.begin(); it != m_members.end(); ++it)
        if (it->first == key) {
            m_members.erase(it);
            return true;
        }
    return false;
}

const Tree *Tree::at(const Path &path) const
{
    const Tree *node = this;
    for (const PathStep &step : path) {
        if (!step.key.isEmpty() || step.index < 0) {
            node = node->isObject() ? node->member(step.key) : nullptr;
        } else {
            node = node->isArray() && step.index < qsizetype(node->m_items.size())
                       ? &node->m_items[size_t(step.index)]
                       : nullptr;
        }
        if (!node)
            return nullptr;
    }
    return node;
}

Tree *Tree::at(const Path &path)
{
    return const_cast<Tree *>(std::as_const(*this).at(path));
}

QString pathText(const Path &path)
{
    QString text;
    for (const PathStep &step : path)
        text += step.key.isEmpty() && step.index >= 0 ? u"[%1]"_s.arg(step.index)
                                                      : (text.isEmpty() ? QString() : u"."_s) + step.key;
    return text;
}

std::optional<Path> parsePath(QStringView text)
{
    Path path;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            bool ok = false;
            const qsizetype index = close > i ? text.mid(i + 1, close - i - 1).toLongLong(&ok) : -1;
            if (!ok || index < 0)
                return std::nullopt;
            path.append({QString(), index});
            i = close + 1;
            continue;
        }
        if (text.at(i) == u'.') {
            if (path.isEmpty())
                return std::nullopt;
            ++i;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end) != u'.' && text.at(end) != u'[')
            ++end;
        if (end == i)
            return std::nullopt;
        path.append({text.mid(i, end - i).toString(), -1});
        i = end;
    }
    return path;
}

bool Tree::operator==(const Tree &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_boolean == other.m_boolean;
    case Type::Number:
        return m_numberText == other.m_numberText;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
        return m_items == other.m_items;
    case Type::Object:
        return m_members == other.m_members;
    }
    return false;
}

namespace {

void writeString(const QString &text, QByteArray *out)
{
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    const char *data = utf8.constData();
    qsizetype run = 0; // the start of the bytes not written yet: copied in runs, escapes between them
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out->append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out->append(escaped, 6);
        }
        }
    }
    out->append(data + run, utf8.size() - run);
    out->append('"');
}

void write(const Tree &tree, int depth, QByteArray *out, Path *path, QList<Span> *spans)
{
    qsizetype spanIndex = -1;
    if (spans) {
        spanIndex = spans->size();
        spans->append({*path, out->size(), 0});
    }
    const auto close = [&] {
        if (spans)
            (*spans)[spanIndex].end = out->size();
    };
    const auto newline = [out](int level) {
        out->append('\n');
        out->append(qsizetype(2 * level), ' ');
    };
    switch (tree.type()) {
    case Type::Null:
        out->append("null");
        return close();
    case Type::Bool:
        out->append(tree.toBool() ? "true" : "false");
        return close();
    case Type::Number:
        out->append(tree.numberText());
        return close();
    case Type::String:
        writeString(tree.toString(), out);
        return close();
    case Type::Array:
        if (tree.items().empty()) {
            out->append("[]");
            return close();
        }
        out->append('[');
        for (size_t i = 0; i < tree.items().size(); ++i) {
            if (i > 0)
                out->append(',');
            newline(depth + 1);
            if (path)
                path->append({QString(), qsizetype(i)});
            write(tree.items()[i], depth + 1, out, path, spans);
            if (path)
                path->removeLast();
        }
        newline(depth);
        out->append(']');
        return close();
    case Type::Object:
        if (tree.members().empty()) {
            out->append("{}");
            return close();
        }
        out->append('{');
        for (size_t i = 0; i < tree.members().size(); ++i) {
            if (i > 0)
                out->append(',');
            newline(depth + 1);
            writeString(tree.members()[i].first, out);
            out->append(": ");
            if (path)
                path->append({tree.members()[i].first, -1});
            write(tree.members()[i].second, depth + 1, out, path, spans);
            if (path)
                path->removeLast();
        }
        newline(depth);
        out->append('}');
        return close();
    }
}

} // namespace

QByteArray canonicalText(const Tree &root)
{
    return canonicalText(root, nullptr);
}

QByteArray canonicalText(const Tree &root, QList<Span> *spans)
{
    QByteArray out;
    Path path;
    write(root, 0, &out, spans ? &path : nullptr, spans);
    out.append('\n');
    return out;
}

} // namespace saskati::json
