#pragma once

#include <QString>

namespace saskati {

// Results name real people: the files and folders Saskati creates for them are the user's alone (0600 and
// 0700), whatever the umask. Folders a person chose (an export's destination) are never changed.

/// Creates `path` (and its missing parents) as folders only the user may open. True if it exists afterwards.
/// A folder that already existed keeps its permissions.
bool makePrivateDirectory(const QString &path);
/// Creates an empty `path` readable and writable by the user only, unless it exists. True if it exists after.
bool createPrivateFile(const QString &path);
/// Writes `bytes` to `path` whole or not at all (QSaveFile), as a file only the user may read (also when it
/// replaces one). False when it could not be written.
bool writePrivateFile(const QString &path, const QByteArray &bytes);
/// Makes an existing file the user's alone (0600).
bool makeFilePrivate(const QString &path);

} // namespace saskati
