#pragma once

#include "jsondocument.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace saskati::json {

/// One step into a JSON value: a member's key, or (with an empty key) an array element's index.
struct PathStep {
    QString key;
    qsizetype index = -1;
    bool operator==(const PathStep &) const = default;
};
/// Where a value is inside a document, from its root: ("scenes", 2, "choices", 0, "text", "lv").
using Path = QList<PathStep>;
/// A path in words, for messages and tests: "scenes[2].choices[0].text.lv".
QString pathText(const Path &path);
/// The path pathText() wrote ("scenes[2].choices[0].text.lv"); nullopt when `text` is not one.
std::optional<Path> parsePath(QStringView text);

/// An editable JSON value that keeps what a person wrote: the order of an object's members (comment keys
/// "// ..." among them) and each number as written. The authoring document edits these; canonicalText()
/// writes them in the one layout scenario and catalogue files use (docs/scenario-format.md, section 8).
class Tree {
public:
    Tree() = default; // null
    static Tree boolean(bool value);
    static Tree number(double value);
    /// A number written as given ("0.25"); `text` must be a JSON number.
    static Tree numberWritten(QByteArray text);
    static Tree string(QString value);
    static Tree array(std::vector<Tree> items = {});
    static Tree object(std::vector<std::pair<QString, Tree>> members = {});
    /// A copy of a parsed value, every member in its order, every number as written.
    static Tree from(Value value);

    Type type() const { return m_type; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool toBool() const { return m_boolean; }
    double toDouble() const { return m_number; }
    const QByteArray &numberText() const { return m_numberText; }
    const QString &toString() const { return m_string; }

    // Arrays.
    const std::vector<Tree> &items() const { return m_items; }
    std::vector<Tree> &items() { return m_items; }
    // Objects, in the order written.
    const std::vector<std::pair<QString, Tree>> &members() const { return m_members; }
    std::vector<std::pair<QString, Tree>> &members() { return m_members; }
    /// The member named `key`, or null when there is none.
    const Tree *member(QStringView key) const;
    Tree *member(QStringView key);
    /// Sets the member `key`: in its place when it exists, else appended (or after `after` when that exists).
    void setMember(const QString &key, Tree value, QStringView after = {});
    /// Removes the member `key`; false when there was none.
    bool removeMember(QStringView key);
    /// The value at `path` below this one, or null when the path leads nowhere.
    const Tree *at(const Path &path) const;
    Tree *at(const Path &path);

    bool operator==(const Tree &other) const;

private:
    Type m_type = Type::Null;
    bool m_boolean = false;
    double m_number = 0;
    QByteArray m_numberText;
    QString m_string;
    std::vector<Tree> m_items;
    std::vector<std::pair<QString, Tree>> m_members;
};

/// The file layout of scenarios and catalogues: two spaces per level, one member or item per line, ": " after
/// a key, empty arrays and objects as [] and {}, text as UTF-8 with only '"', '\' and control characters
/// escaped, numbers as written, a final newline. (It is what Python's json.dumps(indent=2,
/// ensure_ascii=False) writes, so files made by hand or by a script stay as they are.)
QByteArray canonicalText(const Tree &root);

/// Where a value was written in canonicalText's output: its path and its bytes [start, end).
struct Span {
    Path path;
    qsizetype start = 0;
    qsizetype end = 0;
};
/// canonicalText, noting the span of every value in the order written (a value before the values inside it).
QByteArray canonicalText(const Tree &root, QList<Span> *spans);

} // namespace saskati::json
