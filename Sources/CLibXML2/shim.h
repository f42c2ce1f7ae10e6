// libxml2's HTML parser and tree, from Debian's libxml2-dev, and zlib (which libxml2 needs)
// for reading .gz files.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU inside Swift's Foundation.
// Verbatim uses no ICU-dependent part of libxml2's API (only its encoding handler's private
// fields depend on it), so the ICU headers are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <zlib.h>
