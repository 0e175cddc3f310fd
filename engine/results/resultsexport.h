#pragma once

// Results leaving the store: which ones (resultsselection.h), as a bundle another laptop imports
// (resultsbundle.h), as CSV for a spreadsheet (csvexport.h). xAPI statements: xapiexport.h.

#include "csvexport.h"
#include "resultsbundle.h"
#include "resultsselection.h"
