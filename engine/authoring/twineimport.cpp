#include "twineimport.h"

#include "jsondocument.h"
#include "scenarioparts.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

struct Link {
    QString text;
    QString target;
    int line = 0; // in the file
    int column = 0;
};

struct Passage {
    QString name;
    QStringList tags;
    int line = 0; // of the header
    QStringList body;
    QList<Link> links;
};

// An id for a passage name: letters, digits and '-' (the format's ids), unique in the scenario.
QString idFor(const QString &name, QSet<QString> *taken)
{
    const QString id = authoring::idFromWords(name, u"p"_s);
    QString unique = id;
    for (int n = 2; taken->contains(unique); ++n)
        unique = id + u'-' + QString::number(n);
    taken->insert(unique);
    return unique;
}

// The header's name, with Twee's escapes (\[ \] \{ \} \\) resolved, and where the tags and metadata begin.
QString headerName(const QString &header, qsizetype *end)
{
    QString name;
    qsizetype i = 0;
    for (; i < header.size(); ++i) {
        const QChar c = header.at(i);
        if (c == u'\\' && i + 1 < header.size()) {
            name += header.at(++i);
            continue;
        }
        if (c == u'[' || c == u'{')
            break;
        name += c;
    }
    *end = i;
    return name.trimmed();
}

QStringList headerTags(const QString &header, qsizetype from)
{
    const qsizetype open = header.indexOf(u'[', from);
    const qsizetype close = open < 0 ? -1 : header.indexOf(u']', open);
    if (open < 0 || close < 0)
        return {};
    return header.mid(open + 1, close - open - 1).split(u' ', Qt::SkipEmptyParts);
}

// A link's text and target, in any of Twine's three arrow forms.
Link parseLink(const QString &inner)
{
    if (const qsizetype bar = inner.indexOf(u'|'); bar >= 0)
        return {inner.left(bar), inner.mid(bar + 1)};
    if (const qsizetype arrow = inner.lastIndexOf(u"->"_s); arrow >= 0)
        return {inner.left(arrow), inner.mid(arrow + 2)};
    if (const qsizetype back = inner.indexOf(u"<-"_s); back >= 0)
        return {inner.mid(back + 2), inner.left(back)};
    return {inner, inner};
}

json::Tree text(const QString &language, const QString &value)
{
    return json::Tree::object({{language, json::Tree::string(value)}});
}

// One import, in steps: the passages, the story's own passages (title, data), ids, links, then the skeleton.
class TweeImporter {
public:
    TweeImporter(const QString &fileName, const QString &language)
        : m_fileName(fileName)
        , m_language(language)
    {}

    TwineImport run(const QByteArray &twee)
    {
        readPassages(twee);
        takeStoryPassages();
        if (m_story.isEmpty()) {
            m_result.report.append(
                Diagnostic(m_fileName, 1, 1, Diagnostic::Severity::Error,
                           u"no passage found: a Twee file has passages that start with '::'"_s));
            return m_result;
        }
        assignIds();
        for (Passage &p : m_story)
            readLinks(p);
        m_result.passages = int(m_story.size());
        m_result.scenario = skeleton();
        std::stable_sort(m_result.report.begin(), m_result.report.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                         });
        return m_result;
    }

private:
    void warn(int line, int column, const QString &message)
    {
        m_result.report.append(Diagnostic(m_fileName, line, column, Diagnostic::Severity::Warning, message));
    }

    json::Tree text(const QString &value) const { return saskati::text(m_language, value); }

    // Headers start passages; text before the first header is no passage (the specification ignores it).
    void readPassages(const QByteArray &twee)
    {
        const QStringList lines = QString::fromUtf8(twee).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.startsWith(u"::"_s)) {
                Passage p;
                qsizetype end = 0;
                p.name = headerName(line.mid(2), &end);
                p.tags = headerTags(line.mid(2), end);
                p.line = i + 1;
                m_passages.append(p);
            } else if (!m_passages.isEmpty()) {
                m_passages.last().body.append(line);
            }
        }
        for (Passage &p : m_passages)
            while (!p.body.isEmpty() && p.body.last().trimmed().isEmpty())
                p.body.removeLast();
    }

    // StoryTitle and StoryData describe the story; script and stylesheet passages belong to a story format.
    void takeStoryPassages()
    {
        for (const Passage &p : std::as_const(m_passages)) {
            if (p.name == u"StoryTitle") {
                m_title = p.body.join(u' ').trimmed();
            } else if (p.name == u"StoryData") {
                json::ParseError error;
                const json::Document data = json::Document::parse(p.body.join(u'\n').toUtf8(), &error);
                if (error.isError())
                    warn(p.line + 1, 1,
                         u"StoryData is not JSON (%1); the start passage is taken from elsewhere"_s.arg(
                             error.message));
                else
                    m_start = data.root().member(u"start").toString();
            } else if (p.tags.contains(u"script"_s) || p.tags.contains(u"stylesheet"_s)) {
                warn(p.line, 1,
                     u"passage '%1' is a story format's %2; a scenario has none, so it was left out"_s.arg(
                         p.name, p.tags.contains(u"script"_s) ? u"script"_s : u"stylesheet"_s));
            } else {
                m_story.append(p);
            }
        }
    }

    // Ids for every passage first: links point forward too.
    void assignIds()
    {
        for (const Passage &p : std::as_const(m_story)) {
            if (!m_idOf.contains(p.name))
                m_idOf.insert(p.name, idFor(p.name, &m_taken));
            else
                warn(p.line, 4,
                     u"a second passage named '%1': links reach only the first; rename one"_s.arg(p.name));
        }
    }

    // The links and the text around them; what a scenario cannot hold is reported.
    void readLinks(Passage &p)
    {
        static const QRegularExpression macro(
            uR"(\(([a-z][a-z0-9-]*):|<<\s*([A-Za-z][\w-]*)|(?<![\w$])\$[A-Za-z_][\w]*|\{\{)"_s);
        static const QRegularExpression link(uR"(\[\[(.*?)\]\])"_s);
        QStringList prose;
        for (int l = 0; l < p.body.size(); ++l) {
            const QString &line = p.body.at(l);
            const int lineNumber = p.line + 1 + l;
            QString rest = line;
            for (auto it = link.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                QString inner = m.captured(1);
                if (const qsizetype setter = inner.indexOf(u"]["_s); setter >= 0) {
                    warn(lineNumber, int(m.capturedStart()) + 1,
                         u"passage '%1': the link's setter '%2' changes a story variable, which a scenario "
                         u"cannot; use the choice's effects"_s.arg(p.name, inner.mid(setter + 2)));
                    inner = inner.left(setter);
                }
                Link parsed = parseLink(inner);
                parsed.line = lineNumber;
                parsed.column = int(m.capturedStart()) + 1;
                p.links.append(parsed);
                rest.replace(m.captured(0), parsed.text);
            }
            for (auto it = macro.globalMatch(rest); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString what = m.captured(0).startsWith(u'$')
                                         ? u"variable '%1'"_s.arg(m.captured(0))
                                         : u"macro '%1'"_s.arg(m.captured(0).trimmed());
                warn(lineNumber, int(line.indexOf(m.captured(0))) + 1,
                     u"passage '%1': the story format's %2 has no place in a scenario and was kept as text; "
                     u"use "
                     u"the scenario's variables, conditions and effects"_s.arg(p.name, what));
            }
            // A line of links only is the list of choices, not part of what is said.
            QString withoutLinks = line;
            withoutLinks.remove(link);
            if (!line.contains(u"[["_s) || !withoutLinks.trimmed().isEmpty())
                prose.append(rest);
        }
        p.body = prose;
    }

    json::Tree choiceOf(const Passage &p, const Link &l)
    {
        ++m_result.links;
        if (!m_idOf.contains(l.target)) {
            warn(l.line, l.column,
                 u"passage '%1' links to '%2', which is no passage; the choice leads there until you add it "
                 u"or "
                 u"change the link"_s.arg(p.name, l.target));
            if (!m_missingIds.contains(l.target))
                m_missingIds.insert(l.target, idFor(l.target, &m_taken));
        }
        const QString target = m_idOf.value(l.target, m_missingIds.value(l.target));
        return json::Tree::object(
            {{u"id"_s, json::Tree::string(idFor(m_idOf.value(p.name) + u"-to-"_s + l.target, &m_taken))},
             {u"text"_s, text(l.text.trimmed())},
             {u"points"_s, json::Tree::number(0)},
             {u"feedback"_s, text(u"TODO"_s)},
             {m_endings.contains(l.target) ? u"ending"_s : u"next"_s, json::Tree::string(target)}});
    }

    // A passage with links is a scene; one without, an ending.
    void addPassage(const Passage &p, std::vector<json::Tree> *scenes, std::vector<json::Tree> *endings)
    {
        const QString said = p.body.join(u'\n').trimmed();
        for (const QString &tag : p.tags)
            if (!QStringList{u"interview"_s, u"referral"_s, u"assessment"_s, u"conversation"_s}.contains(tag))
                warn(p.line, 1,
                     u"passage '%1': tag '%2' has no meaning in a scenario and was left out"_s.arg(p.name,
                                                                                                   tag));
        if (m_endings.contains(p.name)) {
            endings->push_back(json::Tree::object({{u"id"_s, json::Tree::string(m_idOf.value(p.name))},
                                                   {u"outcome"_s, json::Tree::string(u"partial"_s)},
                                                   {u"title"_s, text(p.name)},
                                                   {u"debrief"_s, text(said)}}));
            return;
        }
        std::vector<json::Tree> choices;
        for (const Link &l : p.links)
            choices.push_back(choiceOf(p, l));
        std::vector<std::pair<QString, json::Tree>> scene{
            {u"id"_s, json::Tree::string(m_idOf.value(p.name))}};
        for (const QString &kind : {u"referral"_s, u"assessment"_s, u"conversation"_s})
            if (p.tags.contains(kind))
                scene.emplace_back(u"kind"_s, json::Tree::string(kind));
        scene.emplace_back(u"title"_s, text(p.name));
        scene.emplace_back(u"setting"_s, text(said));
        scene.emplace_back(u"choices"_s, json::Tree::array(std::move(choices)));
        scenes->push_back(json::Tree::object(std::move(scene)));
    }

    // The skeleton: the passages, and TODO where the format needs what Twine does not have.
    json::Tree skeleton()
    {
        for (const Passage &p : std::as_const(m_story))
            if (p.links.isEmpty())
                m_endings.insert(p.name);
        std::vector<json::Tree> scenes, endings;
        for (const Passage &p : std::as_const(m_story))
            addPassage(p, &scenes, &endings);
        QString start =
            m_start.isEmpty() ? (m_idOf.contains(u"Start"_s) ? u"Start"_s : m_story.first().name) : m_start;
        if (!m_idOf.contains(start)) {
            warn(
                1, 1,
                u"the start passage '%1' does not exist; the first passage starts the scenario"_s.arg(start));
            start = m_story.first().name;
        }
        const QString title = m_title.isEmpty() ? QFileInfo(m_fileName).completeBaseName() : m_title;
        QSet<QString> noIds;
        const QString todo = u"TODO"_s;
        return json::Tree::object({
            {u"// about"_s,
             json::Tree::string(
                 u"Imported from Twine (%1): complete the TODOs, the second language, the cues and "
                 u"the key in the editor."_s.arg(QFileInfo(m_fileName).fileName()))},
            {u"formatVersion"_s, json::Tree::number(2)},
            {u"id"_s, json::Tree::string(idFor(title, &noIds))},
            {u"version"_s, json::Tree::number(1)},
            {u"languages"_s, json::Tree::array({json::Tree::string(m_language)})},
            {u"title"_s, text(title)},
            {u"summary"_s, text(todo)},
            {u"form"_s, json::Tree::string(u"none"_s)},
            {u"subject"_s, json::Tree::string(u"adult"_s)},
            {u"audience"_s, json::Tree::array({json::Tree::string(u"social-worker"_s)})},
            {u"estimatedMinutes"_s, json::Tree::number(10)},
            {u"objectives"_s,
             json::Tree::array({json::Tree::object(
                 {{u"id"_s, json::Tree::string(u"objective-1"_s)}, {u"text"_s, text(todo)}})})},
            {u"contentWarning"_s, text(todo)},
            {u"author"_s, json::Tree::string(todo)},
            {u"licence"_s, json::Tree::string(u"CC-BY-SA-4.0"_s)},
            {u"cast"_s, json::Tree::array()},
            {u"start"_s, json::Tree::string(m_idOf.value(start))},
            {u"scenes"_s, json::Tree::array(std::move(scenes))},
            {u"endings"_s, json::Tree::array(std::move(endings))},
        });
    }

    QString m_fileName;
    QString m_language;
    TwineImport m_result;
    QList<Passage> m_passages, m_story;
    QString m_title, m_start;
    QSet<QString> m_taken, m_endings;
    QHash<QString, QString> m_idOf, m_missingIds;
};

} // namespace

TwineImport importTwee(const QString &fileName, const QByteArray &twee, const QString &language)
{
    return TweeImporter(fileName, language).run(twee);
}

} // namespace saskati
