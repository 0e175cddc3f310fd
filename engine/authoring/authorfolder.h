#pragma once

#include "jsontree.h"
#include "result.h"

#include <QList>
#include <QString>

namespace saskati {

/// Where the lecturer team's own scenarios live: `scenarios/` (and the media they use, in `media/`) in the
/// user's data folder. The shipped scenarios stay read-only: editing one starts from a copy here, with its
/// pictures and voices, so the copy plays on its own and another laptop can take it.
class AuthorFolder {
public:
    /// `root`: the folder holding scenarios/ and media/.
    explicit AuthorFolder(QString root);
    /// `authoring` in the user's data folder (QStandardPaths::AppDataLocation, beside the results database).
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    /// The folder of the scenario files (made when something is saved there).
    QString scenarioDirectory() const;

    struct Entry {
        QString file;
        QString id;
        json::Tree title; // {"lv": ..., "en": ...} as written, null when the file is not readable JSON
    };
    /// The scenario files in the folder, by file name.
    QStringList files() const;
    /// The same with each file's id and title (each file read).
    QList<Entry> list() const;
    /// The file a scenario with `id` would be saved in.
    QString fileFor(const QString &id) const;

    /// Copies the scenario file `source` as `id` (its "id" set to it) with every media file it refers to
    /// (kept at the same place relative to the copy). Fails, changing nothing, when `id` is taken here or a
    /// media file would land outside the folder; a media file already there with other bytes is not
    /// overwritten (the copy is refused with its name).
    Result<QString> copyIn(const QString &source, const QString &id) const;
    /// Writes a new scenario `root` as `id`; fails when the file exists.
    Result<QString> create(const QString &id, const json::Tree &root) const;
    /// Renames a scenario of this folder: its "id" becomes `id`, its title in `language` (or in its first
    /// language, when it has no text in `language`) becomes `title` when that is not empty, and it moves to
    /// fileFor(id). Its media stay where they are: the paths it writes still lead there. Fails, changing
    /// nothing, when `id` is taken here or `file` is not in the folder.
    Result<QString> rename(const QString &file, const QString &id, const QString &language,
                           const QString &title) const;
    /// Deletes a scenario file of this folder (its media stay: another copy may use them).
    Result<void> remove(const QString &file) const;

    /// Copies a picture (SVG, PNG or JPEG) for the scenario `scenarioFile` into `../media/<scenario>/` beside
    /// it, and returns the path the scenario writes ("../media/night-shift/office.svg"). A file of the same
    /// name and bytes is reused; one with other bytes gets a new name.
    static Result<QString> bringPicture(const QString &scenarioFile, const QString &picture);

    /// Media files (relative paths, as written) `root` refers to: pictures, sounds, voices.
    static QStringList mediaPaths(const json::Tree &root);

private:
    QString m_root;
};

} // namespace saskati
