#include "twinehtml.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The five escapes Twine writes, and numeric references.
QString unescapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&') {
            out += text.at(i);
            continue;
        }
        const qsizetype end = text.indexOf(u';', i);
        if (end < 0 || end - i > 10) {
            out += text.at(i);
            continue;
        }
        const QStringView entity = text.mid(i + 1, end - i - 1);
        static const QHash<QString, QChar> named{{u"amp"_s, u'&'},   {u"lt"_s, u'<'},
                                                 {u"gt"_s, u'>'},    {u"quot"_s, u'"'},
                                                 {u"apos"_s, u'\''}, {u"nbsp"_s, QChar(0xA0)}};
        bool ok = false;
        uint code = 0;
        if (entity.startsWith(u"#x") || entity.startsWith(u"#X"))
            code = entity.mid(2).toUInt(&ok, 16);
        else if (entity.startsWith(u'#'))
            code = entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            i = end;
        } else if (const auto it = named.constFind(entity.toString()); it != named.cend()) {
            out += *it;
            i = end;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(u"\\s"_s + QRegularExpression::escape(name) +
                                         uR"re(\s*=\s*("([^"]*)"|'([^']*)'))re"_s,
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(tag);
    return m.hasMatch() ? unescapeHtml(m.captured(2).isNull() ? m.captured(3) : m.captured(2)) : QString();
}

// A passage name in a Twee header: the characters Twee gives a meaning are escaped.
QString tweeName(const QString &name)
{
    QString escaped;
    for (const QChar c : name) {
        if (c == u'[' || c == u']' || c == u'{' || c == u'}' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

} // namespace

bool isTwineHtml(const QByteArray &bytes)
{
    return bytes.contains("<tw-storydata") || bytes.contains("<TW-STORYDATA");
}

TwineImport importTwineHtml(const QString &fileName, const QByteArray &bytes, const QString &language)
{
    const QString html = QString::fromUtf8(bytes);
    static const QRegularExpression story(uR"(<tw-storydata\b[^>]*>)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression passage(uR"((<tw-passagedata\b[^>]*>)(.*?)</tw-passagedata>)"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression userCode(
        uR"re(<(script|style)\b[^>]*\btype\s*=\s*"text/twine-[a-z]+"[^>]*>(.*?)</\1>)re"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch storyTag = story.match(html);
    if (!storyTag.hasMatch()) {
        TwineImport none;
        none.report.append(
            Diagnostic(fileName, 1, 1, Diagnostic::Severity::Error,
                       u"no <tw-storydata> element: this is not a story Twine 2 published; in Twine "
                       u"use Publish to File, or export the story as Twee"_s));
        return none;
    }
    // The same story as Twee 3, and for each of its lines the HTML line it came from.
    QString twee;
    QList<int> htmlLineOf{0}; // index: Twee line (1-based)
    auto add = [&](const QString &text, int htmlLine, bool advance) {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            twee += lines.at(i) + u'\n';
            htmlLineOf.append(htmlLine + (advance ? int(i) : 0));
        }
    };
    const QString tag = storyTag.captured(0);
    const int storyLine = lineAt(html, storyTag.capturedStart());
    const QString startNode = attribute(tag, u"startnode"_s);
    QString startName;
    QList<QRegularExpressionMatch> passages;
    for (auto it = passage.globalMatch(html, storyTag.capturedEnd()); it.hasNext();) {
        passages.append(it.next());
        if (attribute(passages.last().captured(1), u"pid"_s) == startNode)
            startName = attribute(passages.last().captured(1), u"name"_s);
    }
    add(u":: StoryTitle\n"_s + attribute(tag, u"name"_s) + u'\n', storyLine, false);
    QString data = u"{\"format\": \"%1\""_s.arg(attribute(tag, u"format"_s).replace(u'"', u'\''));
    if (!startName.isEmpty())
        data += u", \"start\": \"%1\""_s.arg(
            QString(startName).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s));
    add(u":: StoryData\n"_s + data + u"}\n"_s, storyLine, false);
    for (const QRegularExpressionMatch &p : std::as_const(passages)) {
        const QString header = p.captured(1);
        const QString tags = attribute(header, u"tags"_s).simplified();
        add(u":: "_s + tweeName(attribute(header, u"name"_s)) +
                (tags.isEmpty() ? QString() : u" ["_s + tags + u']'),
            lineAt(html, p.capturedStart(1)), false);
        add(unescapeHtml(p.captured(2)) + u'\n', lineAt(html, p.capturedStart(2)), true);
    }
    TwineImport imported = importTwee(fileName, twee.toUtf8(), language);
    for (Diagnostic &d : imported.report)
        d.line = d.line > 0 && d.line < htmlLineOf.size() ? htmlLineOf.at(d.line) : storyLine;
    // The story's own JavaScript and stylesheet have no place in a scenario.
    for (auto it = userCode.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch code = it.next();
        if (!code.captured(2).trimmed().isEmpty())
            imported.report.append(Diagnostic(
                fileName, lineAt(html, code.capturedStart()), 1, Diagnostic::Severity::Warning,
                u"the story's %1 was not brought in: a scenario has no scripts or styles"_s.arg(
                    code.captured(1).compare(u"script"_s, Qt::CaseInsensitive) == 0 ? u"JavaScript"_s
                                                                                    : u"stylesheet"_s)));
    }
    std::stable_sort(imported.report.begin(), imported.report.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return imported;
}

} // namespace saskati
