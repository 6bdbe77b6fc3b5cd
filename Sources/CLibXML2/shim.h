// libxml2 as Debian builds it has ICU support, and its encoding.h then includes the system's
// <unicode/ucnv.h>. Swift's Foundation carries its own copy of ICU's headers, so a module that
// imports both sees two different `UErrorCode` enums and the build fails ("has different
// definitions in different modules"), depending on build order. Nothing here uses libxml2's ICU
// converter fields (only pointers to the handler struct), so the ICU part is switched off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
