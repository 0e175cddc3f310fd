#include "scenarioarchive.h"

#include "jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace saskati::scenarioarchive {

namespace {

// A scenario and its media are small; a file far beyond that is not one of ours.
constexpr qint64 maximumEntryBytes = 256LL * 1024 * 1024;
constexpr int maximumEntries = 10000;

struct ArchiveWriter {
    archive *a = archive_write_new();
    ~ArchiveWriter() { archive_write_free(a); }
};
struct ArchiveReader {
    archive *a = archive_read_new();
    ~ArchiveReader() { archive_read_free(a); }
};

QString archiveError(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : u"unknown error"_s;
}

// The name inside the archive of a path relative to scenarios/: "../media/x.svg" -> "media/x.svg".
QString entryName(const QString &relative)
{
    const QString clean = QDir::cleanPath(u"scenarios/"_s + relative);
    return clean.startsWith(u"../"_s) || clean.startsWith(u'/') || clean == u".."_s ? QString() : clean;
}

Result<void> writeEntry(archive *a, const QString &name, const QByteArray &bytes)
{
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                        archive_entry_free);
    const QByteArray path = name.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), path.constData());
    archive_entry_set_size(entry.get(), bytes.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK ||
        archive_write_data(a, bytes.constData(), size_t(bytes.size())) != bytes.size())
        return Error(u"%1 could not be added to the archive: %2"_s.arg(name, archiveError(a)));
    return {};
}

QByteArray readAll(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

// Unpacks `zip` into `into`, refusing names that would land outside it.
Result<void> unpack(const QString &zip, const QString &into)
{
    ArchiveReader reader;
    archive_read_support_format_zip(reader.a);
    if (archive_read_open_filename(reader.a, QFile::encodeName(zip).constData(), 64 * 1024) != ARCHIVE_OK)
        return Error(u"%1 could not be opened as a ZIP archive: %2"_s.arg(zip, archiveError(reader.a)), zip);
    archive_entry *entry = nullptr;
    int count = 0;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.a, &entry)) == ARCHIVE_OK) {
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QString name =
            utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        const QString clean = QDir::cleanPath(name);
        if (++count > maximumEntries || archive_entry_size(entry) > maximumEntryBytes)
            return Error(
                u"%1 is larger than a scenario with its media can be; it was not imported"_s.arg(zip), zip);
        if (clean.startsWith(u"../"_s) || clean.startsWith(u'/') || clean == u".."_s ||
            archive_entry_filetype(entry) != AE_IFREG)
            return Error(
                u"%1 holds '%2', which would be written outside the folder; the archive was not imported"_s
                    .arg(zip, name),
                zip);
        QByteArray bytes(qsizetype(archive_entry_size(entry)), Qt::Uninitialized);
        if (archive_read_data(reader.a, bytes.data(), size_t(bytes.size())) != bytes.size())
            return Error(u"'%1' in %2 could not be read: %3"_s.arg(name, zip, archiveError(reader.a)), zip);
        const QString target = QDir(into).filePath(clean);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return Error(
                u"'%1' could not be unpacked (%2); check the free space"_s.arg(name, out.errorString()), zip);
    }
    if (status != ARCHIVE_EOF)
        return Error(u"%1 is damaged: %2"_s.arg(zip, archiveError(reader.a)), zip);
    return {};
}

QString idOf(const QString &scenarioFile)
{
    Diagnostics diagnostics;
    const JsonFile json = readJsonFile(scenarioFile, &diagnostics);
    if (json.ok)
        if (const json::Tree tree = json::Tree::from(json.document.root()); tree.member(u"id"))
            return tree.member(u"id")->toString();
    return {};
}

Result<QStringList> importFiles(const AuthorFolder &folder, const QStringList &files)
{
    QStringList written;
    for (const QString &file : files) {
        const QString id = idOf(file);
        if (id.isEmpty())
            return Error(
                u"%1 is not a scenario file (no readable \"id\"); nothing more was imported"_s.arg(file),
                file);
        Result<QString> copied = folder.copyIn(file, id);
        if (!copied)
            return copied.error();
        written.append(*copied);
    }
    return written;
}

} // namespace

Result<void> exportScenario(const QString &scenarioFile, const QString &archivePath)
{
    bool ok = false;
    const QByteArray scenario = readAll(scenarioFile, &ok);
    if (!ok)
        return Error(u"%1 could not be read"_s.arg(scenarioFile), scenarioFile);
    Diagnostics diagnostics;
    const JsonFile json = parseJsonBytes(scenarioFile, scenario, &diagnostics);
    if (!json.ok)
        return Error(u"%1 is not valid JSON; fix it before exporting"_s.arg(scenarioFile), scenarioFile);
    QList<std::pair<QString, QByteArray>> entries{
        {u"scenarios/"_s + QFileInfo(scenarioFile).fileName(), scenario}};
    const QDir base = QFileInfo(scenarioFile).absoluteDir();
    for (const QString &relative : AuthorFolder::mediaPaths(json::Tree::from(json.document.root()))) {
        const QString name = entryName(relative);
        if (name.isEmpty())
            return Error(
                u"the media file '%1' lies outside the scenario's folders and cannot travel with it; keep "
                u"media in media/ or ../media/"_s.arg(relative),
                scenarioFile);
        const QByteArray bytes = readAll(base.absoluteFilePath(relative), &ok);
        if (!ok)
            return Error(u"the media file '%1' is missing; the archive was not written"_s.arg(relative),
                         scenarioFile);
        entries.append({name, bytes});
    }
    QSaveFile out(archivePath);
    if (!out.open(QIODevice::WriteOnly))
        return Error(u"%1 could not be written (%2)"_s.arg(archivePath, out.errorString()), archivePath);
    ArchiveWriter writer;
    archive_write_set_format_zip(writer.a);
    if (archive_write_open_fd(writer.a, out.handle()) != ARCHIVE_OK)
        return Error(u"%1 could not be written: %2"_s.arg(archivePath, archiveError(writer.a)), archivePath);
    for (const auto &[name, bytes] : std::as_const(entries))
        if (Result<void> added = writeEntry(writer.a, name, bytes); !added)
            return added.error();
    if (archive_write_close(writer.a) != ARCHIVE_OK || !out.commit())
        return Error(u"%1 could not be finished: %2"_s.arg(archivePath, archiveError(writer.a)), archivePath);
    return {};
}

Result<QStringList> importInto(const AuthorFolder &folder, const QString &source)
{
    const QFileInfo info(source);
    if (info.isDir()) {
        QStringList files;
        for (const QString &name : QDir(source).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            files.append(QDir(source).filePath(name));
        if (files.isEmpty())
            return Error(u"%1 has no scenario files (*.json)"_s.arg(source), source);
        return importFiles(folder, files);
    }
    if (info.suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0)
        return importFiles(folder, {source});
    QTemporaryDir unpacked;
    if (!unpacked.isValid())
        return Error(u"no temporary folder to unpack %1 in"_s.arg(source), source);
    if (Result<void> done = unpack(source, unpacked.path()); !done)
        return done.error();
    const QDir scenarios(unpacked.filePath(u"scenarios"_s));
    QStringList files;
    for (const QString &name : scenarios.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        files.append(scenarios.filePath(name));
    if (files.isEmpty())
        return Error(u"%1 holds no scenarios/*.json: it is not an archive Saskati exported"_s.arg(source),
                     source);
    return importFiles(folder, files);
}

} // namespace saskati::scenarioarchive
