// gettext PO files: the writer and the reader (pofile.h).
#include "pofile.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace saskati::authoring {

namespace {

// Lines of a string written are kept under gettext's 79 columns, as its tools write them; a column is a
// character (Cyrillic takes two bytes, one column).
constexpr qsizetype wrapAt = 76;

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

// `keyword "text"`, or for a text with line breaks or longer than a line, `keyword ""` and a line for each
// piece, each piece ending at a line break or a space.
void writeString(QByteArray &out, const char *keyword, const QString &text)
{
    const QString all = escaped(text);
    out += keyword;
    if (!text.contains(u'\n') && qsizetype(strlen(keyword)) + all.size() <= wrapAt) {
        out += " \"" + all.toUtf8() + "\"\n";
        return;
    }
    out += " \"\"\n";
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf(u"\\n"_s, start);
        end = end < 0 ? all.size() : end + 2;
        if (end - start > wrapAt) {
            // At the last space that keeps the line short, else at the first after it (a very long word).
            qsizetype space = all.lastIndexOf(u' ', start + wrapAt);
            if (space <= start)
                space = all.indexOf(u' ', start + wrapAt);
            if (space > start && space + 1 < end)
                end = space + 1;
        }
        out += '"' + all.mid(start, end - start).toUtf8() + "\"\n";
        start = end;
    }
}

// Reads PO text line by line into entries: comments, then msgctxt, msgid and msgstr, each string possibly
// continued on the lines after it.
class PoReader {
public:
    PoReader(const QString &fileName, const QByteArray &text, Diagnostics *diagnostics)
        : m_fileName(fileName)
        , m_lines(text.split('\n'))
        , m_diagnostics(diagnostics)
    {}

    bool read(TranslationFile *file)
    {
        if (!m_lines.isEmpty() && m_lines.first().startsWith("\xEF\xBB\xBF"))
            m_lines.first().remove(0, 3); // a byte-order mark, as some editors write
        for (m_line = 0; m_line < m_lines.size(); ++m_line) {
            QByteArray line = m_lines.at(m_line);
            if (line.endsWith('\r'))
                line.chop(1);
            if (!readLine(line.trimmed(), leading(line)))
                return false;
        }
        return finish(file);
    }

private:
    enum class Field { None, Context, Source, Translation };

    static qsizetype leading(const QByteArray &line)
    {
        qsizetype n = 0;
        while (n < line.size() && (line.at(n) == ' ' || line.at(n) == '\t'))
            ++n;
        return n;
    }

    bool fail(qsizetype column, const QString &message)
    {
        const int columnNumber = int(QString::fromUtf8(m_lines.at(m_line).left(column)).toUcs4().size()) + 1;
        m_diagnostics->append(
            Diagnostic(m_fileName, int(m_line) + 1, columnNumber, Diagnostic::Severity::Error, message));
        return false;
    }

    // The entry being read is complete once a comment or a msgctxt/msgid follows its msgstr.
    void closeEntry()
    {
        if (m_sawTranslation)
            m_entries.append(m_entry);
        m_entry = TranslationEntry();
        m_sawTranslation = false;
        m_field = Field::None;
    }

    bool readLine(const QByteArray &line, qsizetype indent)
    {
        if (line.isEmpty())
            return true;
        if (line.startsWith('#'))
            return readComment(line);
        if (line.startsWith('"'))
            return m_field == Field::None
                       ? fail(indent, u"a string with no msgid, msgctxt or msgstr before it; "
                                      u"start the entry with msgid"_s)
                       : readString(line, indent, currentField());
        qsizetype space = 0;
        while (space < line.size() && line.at(space) != ' ' && line.at(space) != '\t')
            ++space;
        const QByteArray keyword = line.left(space);
        const qsizetype at = indent + space + leading(line.mid(space));
        const QByteArray rest = line.mid(space).trimmed();
        if (keyword == "msgctxt" || keyword == "msgid") {
            // An entry whose msgstr is missing is a mistake to name, not an entry to drop.
            if (m_field == Field::Source || (keyword == "msgctxt" && m_field == Field::Context))
                return fail(indent, u"the entry before this line has no msgstr; add its msgstr \"\" before "
                                    u"starting another"_s);
            if (m_sawTranslation)
                closeEntry();
            if (m_entry.line == 0)
                m_entry.line = int(m_line) + 1;
            m_field = keyword == "msgctxt" ? Field::Context : Field::Source;
            return readString(rest, at, currentField());
        }
        if (keyword == "msgstr") {
            if (m_field != Field::Source)
                return fail(indent, u"msgstr without a msgid before it; add the msgid it translates"_s);
            m_field = Field::Translation;
            m_sawTranslation = true;
            return readString(rest, at, currentField());
        }
        if (keyword == "msgid_plural" || keyword.startsWith("msgstr["))
            return fail(indent, u"plural forms are not used in scenario texts; translate the entry as one "
                                u"msgstr"_s);
        return fail(indent, u"'%1' is not a PO keyword; use msgctxt, msgid or msgstr"_s.arg(
                                QString::fromUtf8(keyword)));
    }

    bool readComment(const QByteArray &line)
    {
        if (m_sawTranslation)
            closeEntry();
        if (line.startsWith("#~"))
            return true; // obsolete: a tool's memory of an old string
        if (m_entry.line == 0)
            m_entry.line = int(m_line) + 1;
        const QString text = QString::fromUtf8(line.mid(2).trimmed());
        if (line.startsWith("#."))
            m_entry.notes.append(text);
        else if (line.startsWith("#:"))
            m_entry.references.append(text);
        else if (line.startsWith("#,"))
            for (const QString &flag : text.split(u','))
                m_entry.fuzzy = m_entry.fuzzy || flag.trimmed() == u"fuzzy";
        return true;
    }

    QString *currentField()
    {
        switch (m_field) {
        case Field::Context:
            return &m_entry.context;
        case Field::Source:
            return &m_entry.source;
        case Field::Translation:
            return &m_entry.translation;
        case Field::None:
            break;
        }
        return nullptr;
    }

    // A quoted C string starting at `text` (at column `at` of the line), appended to `into`.
    bool readString(const QByteArray &text, qsizetype at, QString *into)
    {
        if (!text.startsWith('"') || !text.endsWith('"') || text.size() < 2)
            return fail(at, u"expected a string in double quotes here"_s);
        QByteArray bytes;
        for (qsizetype i = 1; i < text.size() - 1; ++i) {
            const char c = text.at(i);
            if (c == '"')
                return fail(at + i, u"a double quote inside a string; write it as \\\""_s);
            if (c != '\\') {
                bytes += c;
                continue;
            }
            if (++i >= text.size() - 1)
                return fail(at + i, u"a backslash at the end of a string; write it as \\\\"_s);
            static const QByteArray from = "nt\"\\r", to = "\n\t\"\\\r";
            const qsizetype k = from.indexOf(text.at(i));
            if (k < 0)
                return fail(at + i - 1, u"unknown escape '\\%1'; use \\n, \\t, \\\" or \\\\"_s.arg(
                                            QString::fromUtf8(text.mid(i, 1))));
            bytes += to.at(k);
        }
        *into += QString::fromUtf8(bytes);
        return true;
    }

    bool finish(TranslationFile *file)
    {
        if (m_field == Field::Context || m_field == Field::Source) {
            m_line = m_lines.size() - 1;
            return fail(0, u"the file ends inside an entry; add its msgstr"_s);
        }
        closeEntry();
        if (!m_entries.isEmpty() && m_entries.first().source.isEmpty() &&
            m_entries.first().context.isEmpty()) {
            for (const QString &line : m_entries.first().translation.split(u'\n', Qt::SkipEmptyParts)) {
                const qsizetype colon = line.indexOf(u':');
                if (colon > 0)
                    file->header.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            m_entries.removeFirst();
        }
        file->entries = m_entries;
        return true;
    }

    QString m_fileName;
    QList<QByteArray> m_lines;
    Diagnostics *m_diagnostics;
    qsizetype m_line = 0;
    TranslationEntry m_entry;
    QList<TranslationEntry> m_entries;
    Field m_field = Field::None;
    bool m_sawTranslation = false;
};

} // namespace

QByteArray writePo(const TranslationFile &file)
{
    QByteArray out;
    QString header;
    for (const auto &[field, value] : file.header)
        header += field + u": "_s + value + u'\n';
    out += "msgid \"\"\n";
    writeString(out, "msgstr", header);
    for (const TranslationEntry &entry : file.entries) {
        out += '\n';
        for (const QString &note : entry.notes)
            for (const QString &line : note.split(u'\n'))
                out += "#. " + line.toUtf8() + '\n';
        for (const QString &reference : entry.references)
            out += "#: " + reference.toUtf8() + '\n';
        if (entry.fuzzy)
            out += "#, fuzzy\n";
        if (!entry.context.isEmpty())
            writeString(out, "msgctxt", entry.context);
        writeString(out, "msgid", entry.source);
        writeString(out, "msgstr", entry.translation);
    }
    return out;
}

} // namespace saskati::authoring

namespace saskati::authoring {

TranslationFile readPo(const QString &fileName, const QByteArray &text, Diagnostics *diagnostics)
{
    TranslationFile file;
    if (!PoReader(fileName, text, diagnostics).read(&file))
        return {};
    return file;
}

} // namespace saskati::authoring
