#include "scenariodocument.h"

#include "scenarioparts.h"

#include "contentlint.h"
#include "jsonfile.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The byte offset of a 1-based line and code-point column in UTF-8 text.
qsizetype offsetOf(const QByteArray &text, int line, int column)
{
    qsizetype offset = 0;
    for (int l = 1; l < line && offset >= 0; ++l) {
        offset = text.indexOf('\n', offset);
        if (offset >= 0)
            ++offset;
    }
    if (offset < 0)
        return text.size();
    for (int c = 1; c < column && offset < text.size(); ++c) {
        ++offset;
        while (offset < text.size() && (uchar(text.at(offset)) & 0xC0) == 0x80) // continuation bytes
            ++offset;
    }
    return offset;
}

void findId(const json::Tree &node, const QString &id, json::Path *path, json::Path *found)
{
    if (!found->isEmpty())
        return;
    if (node.isObject()) {
        if (const json::Tree *own = node.member(u"id");
            own && own->type() == json::Type::String && own->toString() == id) {
            *found = *path;
            return;
        }
        for (const auto &[key, value] : node.members()) {
            path->append({key, -1});
            findId(value, id, path, found);
            path->removeLast();
        }
    } else if (node.isArray()) {
        for (size_t i = 0; i < node.items().size(); ++i) {
            path->append({QString(), qsizetype(i)});
            findId(node.items()[i], id, path, found);
            path->removeLast();
        }
    }
}

json::Path parentOf(const json::Path &path)
{
    return path.mid(0, path.size() - 1);
}

} // namespace

ScenarioDocument::ScenarioDocument(QString file, json::Tree root, std::shared_ptr<const Catalog> catalog)
    : m_file(std::move(file))
    , m_root(std::move(root))
    , m_catalog(std::move(catalog))
{}

Result<ScenarioDocument> ScenarioDocument::open(const QString &file, std::shared_ptr<const Catalog> catalog)
{
    Diagnostics diagnostics;
    const JsonFile json = readJsonFile(file, &diagnostics);
    for (const Diagnostic &d : diagnostics)
        if (d.isError())
            return Error(d.message + u"; the file was not opened"_s, d.file, d.line, d.column);
    if (!json.ok)
        return Error(u"%1 could not be read"_s.arg(file), file);
    return ScenarioDocument(file, json::Tree::from(json.document.root()), std::move(catalog));
}

json::Path ScenarioDocument::pathOfId(const QString &id) const
{
    json::Path path, found;
    findId(m_root, id, &path, &found);
    return found;
}

Result<void> ScenarioDocument::set(const json::Path &path, json::Tree value, const QString &description)
{
    if (path.isEmpty())
        return Error(u"the whole document cannot be replaced by an edit"_s);
    const json::Tree *parent = m_root.at(parentOf(path));
    const json::PathStep &last = path.last();
    const bool member = !last.key.isEmpty();
    if (!parent || (member && !parent->isObject()) || (!member && !parent->isArray()))
        return Error(u"there is no %1 to edit"_s.arg(json::pathText(path)));
    const json::Tree *current = m_root.at(path);
    if (!current && !member)
        return Error(u"there is no %1 to edit"_s.arg(json::pathText(path)));
    // Typing into one field: one undo step.
    if (current && m_mergeable && m_done == m_edits.size() && m_done > 0) {
        Edit &previous = m_edits[m_done - 1];
        if (previous.kind == Edit::Kind::Set && previous.path == path &&
            previous.description == description) {
            previous.after = value;
            *m_root.at(path) = std::move(value);
            if (m_savedAt == m_done)
                m_savedAt = -1; // the saved state is no longer one of the steps
            return {};
        }
    }
    Edit edit;
    edit.description = description;
    edit.path = path;
    edit.after = std::move(value);
    if (current) {
        edit.before = *current;
    } else {
        edit.kind = Edit::Kind::Insert;
        // A new member goes where the format's order puts it (after "licence" for "variables"...), else last.
        const auto &members = parent->members();
        const QString after = authoring::placeOf(*parent, last.key);
        const auto it =
            std::find_if(members.begin(), members.end(), [&](const auto &m) { return m.first == after; });
        edit.memberIndex =
            it == members.end() ? qsizetype(members.size()) : qsizetype(it - members.begin()) + 1;
    }
    const bool typing = edit.kind == Edit::Kind::Set && m_group == 0;
    push(std::move(edit));
    m_mergeable = typing;
    return {};
}

Result<void> ScenarioDocument::insert(const json::Path &arrayPath, qsizetype index, json::Tree value,
                                      const QString &description)
{
    const json::Tree *array = m_root.at(arrayPath);
    if (!array || !array->isArray())
        return Error(u"%1 is not a list"_s.arg(json::pathText(arrayPath)));
    if (index < 0 || index > qsizetype(array->items().size()))
        return Error(u"%1 has no place %2"_s.arg(json::pathText(arrayPath)).arg(index));
    Edit edit;
    edit.description = description;
    edit.path = arrayPath;
    edit.path.append({QString(), index});
    edit.after = std::move(value);
    edit.kind = Edit::Kind::Insert;
    push(std::move(edit));
    return {};
}

Result<void> ScenarioDocument::remove(const json::Path &path, const QString &description)
{
    const json::Tree *current = path.isEmpty() ? nullptr : m_root.at(path);
    if (!current)
        return Error(u"there is no %1 to remove"_s.arg(json::pathText(path)));
    Edit edit;
    edit.description = description;
    edit.path = path;
    edit.before = *current;
    edit.kind = Edit::Kind::Remove;
    if (!path.last().key.isEmpty()) {
        const auto &members = m_root.at(parentOf(path))->members();
        for (size_t i = 0; i < members.size(); ++i)
            if (members[i].first == path.last().key)
                edit.memberIndex = qsizetype(i);
    }
    push(std::move(edit));
    return {};
}

void ScenarioDocument::beginGroup(const QString &description)
{
    if (m_groupDepth++ == 0) { // a group inside a group joins it, under the outer name
        m_group = ++m_lastGroup;
        m_groupDescription = description;
    }
    m_mergeable = false;
}

void ScenarioDocument::endGroup()
{
    if (m_groupDepth > 0 && --m_groupDepth == 0)
        m_group = 0;
    m_mergeable = false;
}

void ScenarioDocument::push(Edit edit)
{
    if (m_savedAt > m_done)
        m_savedAt = -1; // the saved state was among the steps a new edit drops
    if (m_group != 0) {
        edit.group = m_group;
        edit.description = m_groupDescription;
    }
    m_edits.resize(m_done);
    m_edits.append(std::move(edit));
    apply(m_edits.last(), true);
    ++m_done;
    m_mergeable = false;
}

void ScenarioDocument::apply(const Edit &edit, bool forward)
{
    json::Tree *parent = m_root.at(parentOf(edit.path));
    const json::PathStep &last = edit.path.last();
    const auto put = [&](const json::Tree &value) {
        if (!last.key.isEmpty()) {
            auto &members = parent->members();
            members.emplace(members.begin() + std::min(edit.memberIndex, qsizetype(members.size())), last.key,
                            value);
        } else {
            parent->items().insert(parent->items().begin() + last.index, value);
        }
    };
    const auto take = [&] {
        if (!last.key.isEmpty())
            parent->removeMember(last.key);
        else
            parent->items().erase(parent->items().begin() + last.index);
    };
    switch (edit.kind) {
    case Edit::Kind::Set:
        *m_root.at(edit.path) = forward ? edit.after : edit.before;
        break;
    case Edit::Kind::Insert:
        forward ? put(edit.after) : take();
        break;
    case Edit::Kind::Remove:
        forward ? take() : put(edit.before);
        break;
    }
}

void ScenarioDocument::undo()
{
    if (!canUndo())
        return;
    const int group = m_edits.at(m_done - 1).group;
    do {
        --m_done;
        apply(m_edits.at(m_done), false);
    } while (group != 0 && m_done > 0 && m_edits.at(m_done - 1).group == group);
    m_mergeable = false;
}

void ScenarioDocument::redo()
{
    if (!canRedo())
        return;
    const int group = m_edits.at(m_done).group;
    do {
        apply(m_edits.at(m_done), true);
        ++m_done;
    } while (group != 0 && m_done < m_edits.size() && m_edits.at(m_done).group == group);
    m_mergeable = false;
}

Result<void> ScenarioDocument::save()
{
    const QByteArray bytes = text();
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(
            u"%1 could not be saved (%2); the file on disk is as it was"_s.arg(m_file, file.errorString()),
            m_file);
    m_savedAt = m_done;
    m_mergeable = false;
    return {};
}

ScenarioDocument::Validation ScenarioDocument::validate() const
{
    const QByteArray bytes = text();
    const LoadResult loaded = ScenarioLoader(m_catalog).loadBytes(m_file, bytes);
    Validation validation;
    validation.scenario = loaded.scenario;
    // The fairness warnings of `saskati-cli lint` too (the best choice as the longest or the first): the
    // author sees them where the other findings are.
    Diagnostics diagnostics = loaded.diagnostics;
    if (loaded.scenario)
        diagnostics += lintContent(*loaded.scenario);
    if (diagnostics.isEmpty())
        return validation;
    // Where each value was written, only when there is something to point at (it costs a copy of every path).
    QList<json::Span> spans;
    json::canonicalText(m_root, &spans);
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        // The innermost value written where the diagnostic points: spans come outer first.
        const qsizetype offset = offsetOf(bytes, d.line, d.column);
        json::Path about;
        for (const json::Span &span : spans)
            if (span.start <= offset && offset < span.end)
                about = span.path;
        validation.findings.append({d, about});
    }
    return validation;
}

std::shared_ptr<const Scenario>
ScenarioDocument::previewFrom(const QString &sceneId, const QList<std::pair<QString, int>> &variables) const
{
    ScenarioLoader loader(m_catalog);
    loader.setPlayFrom(sceneId, variables);
    return loader.loadBytes(m_file, text()).scenario;
}

} // namespace saskati
