#pragma once

#include "jsontree.h"
#include "result.h"
#include "scenarioloader.h"

#include <memory>

namespace saskati {

/// A scenario file open for editing. It holds the file's JSON (json::Tree: every member in its place,
/// comments and numbers as written), changes it only through edits that can each be undone and redone, and
/// writes it in the one file layout, so that opening and saving without edits gives the same bytes and an
/// edit changes only its lines. What it holds is checked by the loader that plays scenarios (the editor does
/// not fork the format): validate() reads the text save() would write, and says which value each diagnostic
/// is about.
class ScenarioDocument {
public:
    /// One change: the value at `path` before and after. An edit that inserts a value has a null `before` and
    /// `inserted`; one that removes it, `removed`.
    struct Edit {
        QString description; // for the undo menu: "Edit the title (en)"
        json::Path path;
        json::Tree before;
        json::Tree after;
        enum class Kind { Set, Insert, Remove } kind = Kind::Set;
        qsizetype memberIndex = -1; // an object member inserted or removed: its place among the members
        int group = 0;              // edits of one group (not 0) are undone and redone together
    };
    /// A diagnostic of validate() with the value it is about (its innermost value at the reported position).
    struct Finding {
        Diagnostic diagnostic;
        json::Path path;
    };

    /// Opens `file`; fails (with file:line:column) when it is not JSON. `catalog` checks references.
    static Result<ScenarioDocument> open(const QString &file, std::shared_ptr<const Catalog> catalog);
    /// A document not read from disk (a template, an import); `file` is where it will be saved.
    ScenarioDocument(QString file, json::Tree root, std::shared_ptr<const Catalog> catalog);

    const QString &file() const { return m_file; }
    const json::Tree &root() const { return m_root; }
    /// The value at `path`, or null.
    const json::Tree *at(const json::Path &path) const { return m_root.at(path); }
    /// The path of the object whose "id" is `id` (a scene, choice, segment, ending...); empty when none.
    json::Path pathOfId(const QString &id) const;

    /// Replaces the value at `path` (a member that does not exist yet is added to its object). Typing into
    /// one field makes one undo step: an edit of the same path right after the last one merges with it.
    Result<void> set(const json::Path &path, json::Tree value, const QString &description);
    /// Inserts `value` into the array at `arrayPath` at `index` (its size: at the end).
    Result<void> insert(const json::Path &arrayPath, qsizetype index, json::Tree value,
                        const QString &description);
    /// Removes the array element or object member at `path`.
    Result<void> remove(const json::Path &path, const QString &description);

    bool canUndo() const { return m_done > 0; }
    bool canRedo() const { return m_done < m_edits.size(); }
    QString undoText() const { return canUndo() ? m_edits.at(m_done - 1).description : QString(); }
    QString redoText() const { return canRedo() ? m_edits.at(m_done).description : QString(); }
    void undo();
    void redo();
    /// Ends typing in a field: the next edit of the same path is an undo step of its own.
    void closeEdit() { m_mergeable = false; }
    /// The edits made until endGroup() are one undo step named `description` ("Add a scene after 'kitchen'").
    /// A group begun inside another joins it.
    void beginGroup(const QString &description);
    void endGroup();

    /// True when the document differs from what was last opened or saved (undoing back to it clears it).
    bool isModified() const { return m_done != m_savedAt; }
    /// The file's text as save() writes it.
    QByteArray text() const { return json::canonicalText(m_root); }
    /// Writes the file whole or not at all. A scenario with errors is saved too, as a draft: it will not load
    /// for play until they are fixed (isDraft()).
    Result<void> save();

    /// Loads the text as the app would play it: the scenario when it has no errors, and every diagnostic with
    /// the value it is about (the loader's, then the fairness warnings of contentlint.h when it loads).
    struct Validation {
        std::shared_ptr<const Scenario> scenario;
        QList<Finding> findings;
        bool isDraft() const { return !scenario; }
    };
    Validation validate() const;
    /// The scenario as it would play from `sceneId` with the variables starting at `variables` (id -> value;
    /// others as declared): for previewing a scene without playing up to it. Null when it does not load.
    std::shared_ptr<const Scenario> previewFrom(const QString &sceneId,
                                                const QList<std::pair<QString, int>> &variables) const;

private:
    /// Drops what could be redone, applies `edit` and makes it the last undo step.
    void push(Edit edit);
    void apply(const Edit &edit, bool forward);

    QString m_file;
    json::Tree m_root;
    std::shared_ptr<const Catalog> m_catalog;
    QList<Edit> m_edits;
    qsizetype m_done = 0;    // edits applied; those after it can be redone
    qsizetype m_savedAt = 0; // m_done when last opened or saved (-1: a state no longer reachable)
    bool m_mergeable = false;
    int m_group = 0; // the group edits join now, or 0
    int m_groupDepth = 0;
    int m_lastGroup = 0;
    QString m_groupDescription;
};

/// The edits made while it lives are one undo step (ScenarioDocument::beginGroup).
class EditGroup {
public:
    EditGroup(ScenarioDocument &document, const QString &description)
        : m_document(document)
    {
        m_document.beginGroup(description);
    }
    ~EditGroup() { m_document.endGroup(); }
    EditGroup(const EditGroup &) = delete;
    EditGroup &operator=(const EditGroup &) = delete;

private:
    ScenarioDocument &m_document;
};

} // namespace saskati
