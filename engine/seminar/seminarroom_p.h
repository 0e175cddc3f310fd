#pragma once

// Shared by the files that make up SeminarRoom (seminarroom*.cpp); not part of the chapter's interface.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRoom)
