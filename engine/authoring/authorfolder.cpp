#include "authorfolder.h"

#include "jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

bool looksLikeMedia(const QString &value)
{
    static const QStringList suffixes{u".svg"_s, u".png"_s, u".jpg"_s, u".jpeg"_s, u".ogg"_s,
                                      u".oga"_s, u".wav"_s, u".mp3"_s, u".webm"_s, u".mp4"_s};
    return !value.contains(u"://"_s) && std::ranges::any_of(suffixes, [&](const QString &s) {
        return value.endsWith(s, Qt::CaseInsensitive);
    });
}

void collectMedia(const json::Tree &node, QStringList *paths)
{
    if (node.type() == json::Type::String) {
        if (looksLikeMedia(node.toString()) && !paths->contains(node.toString()))
            paths->append(node.toString());
    } else if (node.isObject()) {
        for (const auto &[key, value] : node.members())
            if (!key.startsWith(u"//"))
                collectMedia(value, paths);
    } else if (node.isArray()) {
        for (const json::Tree &item : node.items())
            collectMedia(item, paths);
    }
}

bool isInside(const QString &path, const QString &folder)
{
    const QString clean = QDir::cleanPath(path);
    const QString base = QDir::cleanPath(folder) + u'/';
    return clean.startsWith(base);
}

Result<json::Tree> readTree(const QString &file)
{
    Diagnostics diagnostics;
    const JsonFile json = readJsonFile(file, &diagnostics);
    for (const Diagnostic &d : std::as_const(diagnostics))
        if (d.isError())
            return Error(d.message, d.file, d.line, d.column);
    if (!json.ok)
        return Error(u"%1 could not be read"_s.arg(file), file);
    return json::Tree::from(json.document.root());
}

Result<void> writeText(const QString &file, const QByteArray &text)
{
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error(u"the folder of %1 could not be made; check that it is writable"_s.arg(file), file);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return Error(u"%1 could not be written (%2); check the disk and its permissions"_s.arg(
                         file, out.errorString()),
                     file);
    return {};
}

} // namespace

AuthorFolder::AuthorFolder(QString root)
    : m_root(QDir::cleanPath(std::move(root)))
{}

QString AuthorFolder::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"authoring"_s);
}

QString AuthorFolder::scenarioDirectory() const
{
    return QDir(m_root).filePath(u"scenarios"_s);
}

QString AuthorFolder::fileFor(const QString &id) const
{
    return QDir(scenarioDirectory()).filePath(id + u".json"_s);
}

QStringList AuthorFolder::files() const
{
    QStringList files;
    const QDir directory(scenarioDirectory());
    for (const QString &name : directory.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        files.append(directory.filePath(name));
    return files;
}

QList<AuthorFolder::Entry> AuthorFolder::list() const
{
    QList<Entry> entries;
    for (const QString &file : files()) {
        Entry entry{file, QFileInfo(file).completeBaseName(), {}};
        if (const auto tree = readTree(entry.file)) {
            if (const json::Tree *id = tree->member(u"id"); id && id->type() == json::Type::String)
                entry.id = id->toString();
            if (const json::Tree *title = tree->member(u"title"))
                entry.title = *title;
        }
        entries.append(entry);
    }
    return entries;
}

Result<QString> AuthorFolder::bringPicture(const QString &scenarioFile, const QString &picture)
{
    const QFileInfo source(picture);
    const QString suffix = source.suffix().toLower();
    if (suffix != u"svg" && suffix != u"png" && suffix != u"jpg" && suffix != u"jpeg")
        return Error(u"%1 is not a picture Saskati shows; choose an SVG, PNG or JPEG file"_s.arg(picture),
                     picture);
    QFile in(picture);
    if (!in.open(QIODevice::ReadOnly))
        return Error(u"%1 could not be read (%2)"_s.arg(picture, in.errorString()), picture);
    const QByteArray bytes = in.readAll();
    const QString folder = u"../media/"_s + QFileInfo(scenarioFile).completeBaseName() + u'/';
    const QDir scenarioDirectory = QFileInfo(scenarioFile).absoluteDir();
    QString name = source.fileName();
    for (int n = 2;; ++n) {
        const QString target = QDir::cleanPath(scenarioDirectory.absoluteFilePath(folder + name));
        QFile existing(target);
        if (!existing.exists()) {
            if (auto written = writeText(target, bytes); !written)
                return written.error();
            return QString(folder + name);
        }
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            return QString(folder + name);
        name = source.completeBaseName() + u'-' + QString::number(n) + u'.' + source.suffix();
    }
}

QStringList AuthorFolder::mediaPaths(const json::Tree &root)
{
    QStringList paths;
    collectMedia(root, &paths);
    return paths;
}

Result<QString> AuthorFolder::copyIn(const QString &source, const QString &id) const
{
    auto tree = readTree(source);
    if (!tree)
        return tree.error();
    const QString target = fileFor(id);
    if (QFileInfo::exists(target))
        return Error(
            u"a scenario with the id '%1' is already in %2; choose another id"_s.arg(id, scenarioDirectory()),
            target);
    // Every media file first: nothing is written unless all of them can be.
    const QDir from = QFileInfo(source).absoluteDir();
    const QDir to(scenarioDirectory());
    QList<std::pair<QString, QString>> copies;
    for (const QString &relative : mediaPaths(*tree)) {
        const QString origin = from.absoluteFilePath(relative);
        const QString destination = QDir::cleanPath(to.absoluteFilePath(relative));
        if (!QFileInfo::exists(origin))
            continue; // the validator names a missing file where the scenario refers to it
        if (!isInside(destination, m_root))
            return Error(u"the media file '%1' would be copied outside %2; keep media beside the scenario "
                         u"(media/...) or in ../media/"_s.arg(relative, m_root),
                         source);
        if (QFileInfo::exists(destination)) {
            QFile a(origin), b(destination);
            if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) || a.readAll() != b.readAll())
                return Error(u"%1 is already in the folder with other content; rename the file in one of the "
                             u"scenarios"_s.arg(destination),
                             source);
            continue;
        }
        copies.append({origin, destination});
    }
    for (const auto &[origin, destination] : std::as_const(copies)) {
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()) || !QFile::copy(origin, destination))
            return Error(
                u"%1 could not be copied to %2; check that the folder is writable"_s.arg(origin, destination),
                source);
    }
    tree->setMember(u"id"_s, json::Tree::string(id));
    if (auto written = writeText(target, json::canonicalText(*tree)); !written)
        return written.error();
    return target;
}

Result<QString> AuthorFolder::create(const QString &id, const json::Tree &root) const
{
    const QString target = fileFor(id);
    if (QFileInfo::exists(target))
        return Error(
            u"a scenario with the id '%1' is already in %2; choose another id"_s.arg(id, scenarioDirectory()),
            target);
    if (auto written = writeText(target, json::canonicalText(root)); !written)
        return written.error();
    return target;
}

Result<QString> AuthorFolder::rename(const QString &file, const QString &id, const QString &language,
                                     const QString &title) const
{
    if (!isInside(QFileInfo(file).absoluteFilePath(), scenarioDirectory()))
        return Error(
            u"%1 is not one of the authored scenarios; copy a shipped scenario to rename it"_s.arg(file),
            file);
    auto tree = readTree(file);
    if (!tree)
        return tree.error();
    const QString target = fileFor(id);
    const bool moves = QFileInfo(target) != QFileInfo(file);
    if (moves && QFileInfo::exists(target))
        return Error(u"a scenario with the id '%1' is already in %2; choose another name"_s.arg(
                         id, scenarioDirectory()),
                     target);
    tree->setMember(u"id"_s, json::Tree::string(id));
    // The title in `language`, or in the first language when the scenario is not written in that one.
    if (json::Tree *titles = tree->member(u"title");
        titles && titles->isObject() && !titles->members().empty() && !title.isEmpty())
        titles->setMember(titles->member(language) ? language : titles->members().front().first,
                          json::Tree::string(title));
    if (auto written = writeText(target, json::canonicalText(*tree)); !written)
        return written.error();
    if (moves && !QFile::remove(file)) {
        QFile::remove(target); // as it was: one file, under its old name
        return Error(u"%1 could not be renamed; check its permissions"_s.arg(file), file);
    }
    return target;
}

Result<void> AuthorFolder::remove(const QString &file) const
{
    if (!isInside(QFileInfo(file).absoluteFilePath(), scenarioDirectory()))
        return Error(
            u"%1 is not one of the authored scenarios; shipped scenarios cannot be deleted"_s.arg(file),
            file);
    if (!QFile::remove(file))
        return Error(u"%1 could not be deleted; check its permissions"_s.arg(file), file);
    return {};
}

} // namespace saskati
