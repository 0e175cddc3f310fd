#include "jsonfile.h"

#include "reader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saskati {

JsonFile readJsonFile(const QString &path, Diagnostics *diagnostics)
{
    QByteArray bytes;
    if (!readFileBytes(path, &bytes, diagnostics)) {
        JsonFile file;
        file.path = path;
        return file;
    }
    return parseJsonBytes(path, bytes, diagnostics);
}

bool readFileBytes(const QString &path, QByteArray *out, Diagnostics *diagnostics)
{
    Reporter reporter(path, nullptr, diagnostics);
    const QFileInfo info(path);
    if (!info.exists()) {
        reporter.error(0, u"the file does not exist; check the path"_s);
        return false;
    }
    if (info.isDir()) {
        reporter.error(0, u"this is a folder, not a scenario file; name a .json file"_s);
        return false;
    }
    if (info.size() > maxJsonFileBytes) {
        reporter.error(
            0, u"the file is %1 MiB, more than the %2 MiB a scenario file may have; split it or check "
               u"that it is the right file"_s.arg(info.size() / (1024 * 1024))
                   .arg(maxJsonFileBytes / (1024 * 1024)));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        reporter.error(0, u"the file cannot be read (%1); check its permissions"_s.arg(f.errorString()));
        return false;
    }
    // Read at most one byte more than allowed: a file that grows while being read is still refused.
    const QByteArray bytes = f.read(maxJsonFileBytes + 1);
    if (bytes.size() > maxJsonFileBytes) {
        reporter.error(0,
                       u"the file is larger than %1 MiB; split it"_s.arg(maxJsonFileBytes / (1024 * 1024)));
        return false;
    }
    *out = bytes;
    return true;
}

JsonFile parseJsonBytes(const QString &path, const QByteArray &bytes, Diagnostics *diagnostics)
{
    JsonFile file;
    file.path = path;
    file.bytes = bytes;
    file.sourceMap = SourceMap(bytes);
    Reporter reporter(path, &file.sourceMap, diagnostics);
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF")) {
        // A byte-order mark is harmless: blank it so offsets stay those of the file.
        text[0] = ' ';
        text[1] = ' ';
        text[2] = ' ';
    }
    json::ParseError error;
    file.document = json::Document::parse(text, &error);
    if (error.isError()) {
        // A NUL byte or a lone surrogate is not a slip of JSON's grammar: say what it is without the prefix.
        reporter.error(error.offset, error.kind == json::ParseError::Kind::Syntax
                                         ? u"not valid JSON: %1"_s.arg(error.message)
                                         : error.message);
        return file;
    }
    for (const json::DuplicateKey &duplicate : file.document.duplicateKeys())
        reporter.error(duplicate.offset,
                       u"the key '%1' appears twice in the same object; JSON keeps only one of "
                       u"them, so remove or rename one"_s.arg(duplicate.key));
    file.ok = true;
    return file;
}

} // namespace saskati
