#include "catalog.h"

#include "jsonfile.h"
#include "reader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

const QStringList s_dimensionIds = {
    u"deceptive-recruitment"_s,   u"coercive-recruitment"_s,    u"recruitment-abuse-of-vulnerability"_s,
    u"exploitative-conditions"_s, u"coercion-at-destination"_s, u"abuse-of-vulnerability-at-destination"_s,
};

constexpr int catalogFormatVersion = 1;

// Reads the common frame of a catalogue file and calls `readItem` for each element of its list `listName`.
template <typename ReadItem>
void readCatalogFile(const QString &directory, const QString &fileName, const QString &listName,
                     QStringList *languages, Diagnostics *diagnostics, ReadItem readItem)
{
    const QString path = QDir(directory).filePath(fileName);
    JsonFile file = readJsonFile(path, diagnostics);
    if (!file.ok)
        return;
    Reporter reporter(path, &file.sourceMap, diagnostics);
    reporter.setFormatDocument(QStringLiteral("docs/catalog-format.md"));
    ObjectReader root(reporter, file.document.root(), u"the catalogue file"_s);
    if (!root.isObject())
        return;
    if (!readFormatVersion(root, u"catalogFormatVersion", catalogFormatVersion, catalogFormatVersion,
                           u"catalogue"_s) &&
        root.value(u"catalogFormatVersion", false).isValid())
        return;
    const QStringList fileLanguages = root.identifierList(u"languages", true);
    if (languages->isEmpty())
        *languages = fileLanguages;
    else if (fileLanguages != *languages)
        reporter.warning(root.offsetOf(u"languages"),
                         u"this file's languages (%1) differ from the rest of the "
                         u"catalogue (%2); give every catalogue file the same languages"_s.arg(
                             fileLanguages.join(u", "_s), languages->join(u", "_s)));
    QSet<QString> seen;
    for (json::Value item : root.array(listName, true)) {
        ObjectReader reader(reporter, item, u"an entry of '%1'"_s.arg(listName), &fileLanguages);
        const QString id = reader.identifier(u"id", true);
        if (id.isEmpty())
            continue;
        if (seen.contains(id)) {
            reporter.error(reader.offsetOf(u"id"),
                           u"the id '%1' is used twice in %2; ids must be unique"_s.arg(id, fileName));
            continue;
        }
        seen.insert(id);
        readItem(reader, id);
    }
}

} // namespace

QString dimensionId(Dimension dimension)
{
    return s_dimensionIds.at(int(dimension));
}
const QStringList &dimensionIds()
{
    return s_dimensionIds;
}

bool dimensionFromId(const QString &id, Dimension *dimension)
{
    const auto index = s_dimensionIds.indexOf(id);
    if (index < 0)
        return false;
    *dimension = Dimension(index);
    return true;
}

bool isRecruitmentDimension(Dimension d)
{
    return d == Dimension::DeceptiveRecruitment || d == Dimension::CoerciveRecruitment ||
           d == Dimension::RecruitmentByAbuseOfVulnerability;
}

bool isDestinationDimension(Dimension d)
{
    return d == Dimension::CoercionAtDestination || d == Dimension::AbuseOfVulnerabilityAtDestination;
}

QString strengthId(Strength strength)
{
    switch (strength) {
    case Strength::Weak:
        return u"weak"_s;
    case Strength::Medium:
        return u"medium"_s;
    case Strength::Strong:
        return u"strong"_s;
    }
    return {};
}

bool strengthFromId(const QString &id, Strength *strength)
{
    if (id == u"weak")
        *strength = Strength::Weak;
    else if (id == u"medium")
        *strength = Strength::Medium;
    else if (id == u"strong")
        *strength = Strength::Strong;
    else
        return false;
    return true;
}

QString breachSeverityId(BreachSeverity severity)
{
    return breachSeverityIds().at(int(severity));
}

const QStringList &breachSeverityIds()
{
    static const QStringList ids = {u"minor"_s, u"serious"_s, u"critical"_s};
    return ids;
}

namespace {

// takeaways.json, added with the prevention seminars (issue #20): optional, and its ids refer to the files
// read before it.
void readTakeaways(const QString &directory, Catalog *catalog, Diagnostics *diagnostics)
{
    if (!QFileInfo::exists(QDir(directory).filePath(u"takeaways.json"_s)))
        return;
    readCatalogFile(
        directory, u"takeaways.json"_s, u"takeaways"_s, &catalog->languages, diagnostics,
        [&](ObjectReader &r, const QString &id) {
            Takeaway takeaway{
                id, r.text(u"title", true), r.text(u"intro", false), r.identifierList(u"steps", true), {}};
            if (!catalog->roles.contains(id))
                r.reporter().error(r.offsetOf(u"id"),
                                   u"'%1' is not an audience role of roles.json; a take-away "
                                   u"is for one audience: use a role's id"_s.arg(id));
            // Each unknown id is reported where it is written.
            for (json::Value step : r.value(u"steps", false))
                if (step.isString() && !catalog->principles.contains(step.toString()))
                    r.reporter().error(step.offset(), u"step '%1' is not in principles.json; add it there "
                                                      u"or fix the id"_s.arg(step.toString()));
            for (json::Value item : r.array(u"help", true)) {
                ObjectReader h(r.reporter(), item, u"an entry of 'help'"_s, &catalog->languages);
                const Takeaway::Help help{h.identifier(u"institution", true), h.text(u"text", true)};
                if (!help.institution.isEmpty() && !catalog->institutions.contains(help.institution))
                    r.reporter().error(h.offsetOf(u"institution"),
                                       u"'%1' is not in institutions.json; add it "
                                       u"there or fix the id"_s.arg(help.institution));
                takeaway.help.append(help);
            }
            catalog->takeaways.insert(id, takeaway);
        });
}

// The options of one question: two to five, the right one among them.
void readCheckOptions(ObjectReader &q, const QStringList *languages, KnowledgeCheck::Question *question)
{
    const json::Value options = q.array(u"options", true);
    QSet<QString> ids;
    for (json::Value item : options) {
        ObjectReader o(q.reporter(), item, u"an option"_s, languages);
        const KnowledgeCheck::Option option{o.identifier(u"id", true), o.text(u"text", true)};
        if (ids.contains(option.id))
            q.reporter().error(o.offsetOf(u"id"), u"the option id '%1' is used twice in this question; "
                                                  u"give each option its own id"_s.arg(option.id));
        ids.insert(option.id);
        question->options.append(option);
    }
    if (options.isValid() && (question->options.size() < 2 || question->options.size() > 5))
        q.reporter().error(options.offset(),
                           u"a question has %1 options; give it two to five"_s.arg(question->options.size()));
    if (!question->answer.isEmpty() && !ids.contains(question->answer))
        q.reporter().error(q.offsetOf(u"answer"), u"the answer '%1' is not an option of this question; use "
                                                  u"the id of the right option"_s.arg(question->answer));
}

void readKnowledgeChecks(const QString &directory, Catalog *catalog, Diagnostics *diagnostics)
{
    if (!QFileInfo::exists(QDir(directory).filePath(u"knowledgechecks.json"_s)))
        return;
    QSet<QString> questionIds; // unique in the file: the results store keeps answers by question id
    readCatalogFile(
        directory, u"knowledgechecks.json"_s, u"knowledgeChecks"_s, &catalog->languages, diagnostics,
        [&](ObjectReader &r, const QString &id) {
            if (!catalog->roles.contains(id))
                r.reporter().error(r.offsetOf(u"id"),
                                   u"'%1' is not an audience role of roles.json; a knowledge "
                                   u"check is for one audience: use a role's id"_s.arg(id));
            KnowledgeCheck check{id, {}};
            const json::Value questions = r.array(u"questions", true);
            for (json::Value item : questions) {
                ObjectReader q(r.reporter(), item, u"a question"_s, &catalog->languages);
                KnowledgeCheck::Question question{
                    q.identifier(u"id", true),     q.identifierList(u"about", true),
                    q.text(u"text", true),         {},
                    q.identifier(u"answer", true), q.text(u"explanation", true)};
                if (questionIds.contains(question.id))
                    r.reporter().error(q.offsetOf(u"id"),
                                       u"the question id '%1' is used twice in "
                                       u"knowledgechecks.json; ids must be unique"_s.arg(question.id));
                questionIds.insert(question.id);
                for (json::Value about : q.value(u"about", false))
                    if (about.isString() && !catalog->indicators.contains(about.toString()) &&
                        !catalog->principles.contains(about.toString()))
                        r.reporter().error(
                            about.offset(),
                            u"'%1' is neither a warning sign of indicators.json nor a safe step "
                            u"of principles.json; name what the question is about"_s.arg(about.toString()));
                readCheckOptions(q, &catalog->languages, &question);
                check.questions.append(question);
            }
            if (questions.isValid() && (check.questions.size() < 3 || check.questions.size() > 10))
                r.reporter().error(questions.offset(),
                                   u"a knowledge check has %1 questions; give it three to "
                                   u"ten (five is usual)"_s.arg(check.questions.size()));
            catalog->knowledgeChecks.insert(id, check);
        });
}

} // namespace

const KnowledgeCheck::Option *KnowledgeCheck::Question::option(const QString &optionId) const
{
    for (const Option &o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

const KnowledgeCheck::Question *KnowledgeCheck::question(const QString &questionId) const
{
    for (const Question &q : questions)
        if (q.id == questionId)
            return &q;
    return nullptr;
}

Catalog loadCatalog(const QString &directory, Diagnostics *diagnostics)
{
    Catalog catalog;
    catalog.directory = directory;
    if (!QFileInfo(directory).isDir()) {
        diagnostics->append(Diagnostic{directory, 1, 1, Diagnostic::Severity::Error,
                                       u"the catalogue folder does not exist; pass --catalog DIR or put a "
                                       u"'catalog' folder beside the scenarios"_s});
        return catalog;
    }
    QStringList &langs = catalog.languages;

    readCatalogFile(directory, u"indicators.json"_s, u"indicators"_s, &langs, diagnostics,
                    [&](ObjectReader &r, const QString &id) {
                        Indicator indicator;
                        indicator.id = id;
                        const QString dimension = r.oneOf(u"dimension", true, s_dimensionIds);
                        dimensionFromId(dimension, &indicator.dimension);
                        const QString strength =
                            r.oneOf(u"strength", true, {u"strong"_s, u"medium"_s, u"weak"_s}, u"weak"_s);
                        strengthFromId(strength, &indicator.strength);
                        indicator.name = r.text(u"name", true);
                        indicator.description = r.text(u"description", false);
                        indicator.source = r.string(u"source", false);
                        indicator.verifiedOn = r.string(u"verifiedOn", false);
                        catalog.indicators.insert(id, indicator);
                    });
    readCatalogFile(directory, u"forms.json"_s, u"forms"_s, &langs, diagnostics,
                    [&](ObjectReader &r, const QString &id) {
                        TraffickingForm form{id, r.text(u"name", true), r.text(u"description", false)};
                        catalog.forms.insert(id, form);
                    });
    readCatalogFile(directory, u"institutions.json"_s, u"institutions"_s, &langs, diagnostics,
                    [&](ObjectReader &r, const QString &id) {
                        Institution institution;
                        institution.id = id;
                        institution.name = r.text(u"name", true);
                        institution.role = r.text(u"role", true);
                        institution.whenToInvolve = r.text(u"whenToInvolve", true);
                        institution.phone = r.string(u"phone", false);
                        institution.freePhone = r.string(u"freePhone", false);
                        institution.address = r.string(u"address", false);
                        institution.email = r.string(u"email", false);
                        institution.website = r.string(u"website", false);
                        institution.hours = r.string(u"hours", false);
                        institution.verifiedOn = r.string(u"verifiedOn", false);
                        institution.source = r.text(u"source", false);
                        catalog.institutions.insert(id, institution);
                    });
    readCatalogFile(
        directory, u"principles.json"_s, u"principles"_s, &langs, diagnostics,
        [&](ObjectReader &r, const QString &id) {
            ConductPrinciple principle{id, r.text(u"name", true), r.text(u"description", false), {}, {}, {}};
            if (r.value(u"breach", false).isValid())
                principle.breach = BreachSeverity(
                    breachSeverityIds().indexOf(r.oneOf(u"breach", true, breachSeverityIds(), u"serious"_s)));
            principle.source = r.string(u"source", false);
            principle.verifiedOn = r.string(u"verifiedOn", false);
            catalog.principles.insert(id, principle);
        });
    readCatalogFile(directory, u"roles.json"_s, u"roles"_s, &langs, diagnostics,
                    [&](ObjectReader &r, const QString &id) {
                        catalog.roles.insert(id, AudienceRole{id, r.text(u"name", true)});
                    });
    // Added with scenario format 2 (conversation scenes); a catalogue without it still serves version 1
    // files.
    if (QFileInfo::exists(QDir(directory).filePath(u"questiontypes.json"_s)))
        readCatalogFile(directory, u"questiontypes.json"_s, u"questionTypes"_s, &langs, diagnostics,
                        [&](ObjectReader &r, const QString &id) {
                            QuestionType type{id, r.text(u"name", true), r.text(u"description", false),
                                              r.boolean(u"recommended", true, false),
                                              r.string(u"source", true)};
                            catalog.questionTypes.insert(id, type);
                        });
    readTakeaways(directory, &catalog, diagnostics);
    readKnowledgeChecks(directory, &catalog, diagnostics);
    return catalog;
}

QString findCatalogFor(const QString &scenarioFile)
{
    QDir dir = QFileInfo(scenarioFile).absoluteDir();
    for (int level = 0; level < 4; ++level) {
        if (dir.exists(u"catalog"_s))
            return dir.filePath(u"catalog"_s);
        if (!dir.cdUp())
            break;
    }
    return QFileInfo(scenarioFile).absoluteDir().filePath(u"catalog"_s);
}

} // namespace saskati
