// ScenarioEditor: what is named across the scenario — a variable or a planted detail renamed everywhere it is
// used, a language added to every text or taken from them — and a conversation state's portrait. Each is one
// undo step.
#include "scenarioeditor.h"

#include "idreferences.h"
#include "reader.h"
#include "scenarioparts.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

json::Path member(json::Path path, const QString &key)
{
    path.append(json::PathStep{key, -1});
    return path;
}

} // namespace

bool ScenarioEditor::renameId(const QString &objectPath, const QString &newId)
{
    const auto p = pathOf(objectPath);
    const json::Tree *object = objectAt(p);
    if (!object)
        return false;
    const QString list = p->size() == 2 ? p->first().key : QString();
    if (list != u"variables" && list != u"plantedDetails")
        return fail(tr("Only a variable or a planted detail is renamed where it is used."));
    const json::Tree *current = object->member(u"id");
    const QString oldId = current ? current->toString() : QString();
    if (newId == oldId)
        return true;
    if (!isValidIdentifier(newId))
        return fail(
            tr("'%1' cannot be a name: use lowercase letters (a–z), digits, '-', '_' and '.', starting "
               "with a letter or digit.")
                .arg(newId));
    const bool variable = list == u"variables";
    const bool taken =
        variable ? idsOf(u"variables").contains(newId) : authoring::idsIn(m_document->root()).contains(newId);
    if (taken)
        return fail(tr("'%1' is already used in this scenario: choose another name.").arg(newId));

    const auto uses = oldId.isEmpty() ? QList<json::Path>()
                                      : authoring::usesOf(m_document->root(),
                                                          variable ? authoring::NamedId::Variable
                                                                   : authoring::NamedId::PlantedDetail,
                                                          oldId);
    QList<Change> values{{member(*p, u"id"_s), json::Tree::string(newId)}};
    for (const json::Path &use : uses)
        values.append({use, json::Tree::string(newId)});
    return setEach(tr("Rename %1 to %2").arg(oldId, newId), values);
}

bool ScenarioEditor::addLanguage(const QString &language)
{
    if (!isOpen())
        return fail(tr("Nothing is open to edit."));
    if (!isValidIdentifier(language) || language.size() > 8)
        return fail(
            tr("'%1' is not a language code: write its two or three letters, e.g. ru or uk.").arg(language));
    const QStringList before = languages();
    if (before.contains(language))
        return fail(tr("The scenario already has %1.").arg(language));
    // Every text of the languages declared now: a text written before any was declared keeps lv and en.
    const auto texts = authoring::localizedTexts(m_document->root(), before);
    json::Tree declared = json::Tree::array();
    for (const QString &code : before + QStringList{language})
        declared.items().push_back(json::Tree::string(code));
    QList<Change> values{{json::Path{json::PathStep{u"languages"_s, -1}}, std::move(declared)}};
    // A translation already written (in a language declared only now) is kept.
    for (const json::Path &text : texts)
        if (!m_document->root().at(text)->member(language))
            values.append({member(text, language), json::Tree::string(QString())});
    return setEach(tr("Add the language %1").arg(language), values);
}

bool ScenarioEditor::removeLanguage(const QString &language)
{
    if (!isOpen())
        return fail(tr("Nothing is open to edit."));
    const QStringList before = languages();
    if (!before.contains(language))
        return fail(tr("The scenario has no %1 to remove.").arg(language));
    if (before.size() == 1)
        return fail(tr("%1 is the scenario's only language: add another before removing it.").arg(language));
    json::Tree declared = json::Tree::array();
    for (const QString &code : before)
        if (code != language)
            declared.items().push_back(json::Tree::string(code));
    QList<Change> changes{{json::Path{json::PathStep{u"languages"_s, -1}}, std::move(declared)}};
    const json::Tree &root = m_document->root();
    for (const json::Path &text : authoring::localizedTexts(root, before))
        if (root.at(text)->member(language))
            changes.append({member(text, language), std::nullopt});
    // Its recordings go from the lines (their files stay beside the scenario); a voice left with none goes.
    for (const json::Path &voice : authoring::voices(root)) {
        const json::Tree *recordings = root.at(voice);
        if (!recordings->member(language))
            continue;
        // A voice left with only comment keys would be a voice with no recording: it goes whole.
        const bool onlyThisOne = std::ranges::count_if(recordings->members(), [](const auto &m) {
                                     return !m.first.startsWith(u"//") && !m.first.startsWith(u"$");
                                 }) == 1;
        changes.append({onlyThisOne ? voice : member(voice, language), std::nullopt});
    }
    return setEach(tr("Remove the language %1").arg(language), changes);
}

bool ScenarioEditor::setEach(const QString &description, const QList<Change> &values)
{
    // One undo step, and the views told once: a language added to 10,000 scenes is some 100,000 values.
    m_document->closeEdit();
    std::optional<Error> failed;
    qsizetype applied = 0;
    {
        EditGroup group(*m_document, description);
        for (const auto &[path, value] : values) {
            const Result<void> done =
                value ? m_document->set(path, *value, {}) : m_document->remove(path, {});
            if (!done) {
                failed = done.error();
                break;
            }
            ++applied;
        }
    }
    if (failed) { // nothing half done stays: the edits made are undone together
        if (applied > 0)
            m_document->undo();
        changedDocument();
        return fail(failed->message);
    }
    return check(Result<void>());
}

bool ScenarioEditor::setPortrait(const QString &statePath, const QString &fileOrUrl)
{
    const auto p = pathOf(statePath);
    const json::Tree *state = objectAt(p);
    if (!state)
        return false;
    json::Tree changed = *state;
    if (fileOrUrl.isEmpty()) {
        changed.removeMember(u"portrait");
        changed.removeMember(u"portraitAlt");
    } else {
        const QUrl url(fileOrUrl);
        const Result<QString> brought =
            AuthorFolder::bringPicture(m_document->file(), url.isLocalFile() ? url.toLocalFile() : fileOrUrl);
        if (!brought)
            return fail(brought.error().message);
        changed.setMember(u"portrait"_s, json::Tree::string(*brought));
        if (!changed.member(u"portraitAlt"))
            changed.setMember(u"portraitAlt"_s, authoring::localized(languages()), u"portrait");
    }
    m_document->closeEdit();
    return check(m_document->set(*p, std::move(changed),
                                 fileOrUrl.isEmpty() ? tr("Remove the portrait") : tr("Choose a portrait")));
}

} // namespace saskati
