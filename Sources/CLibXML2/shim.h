#ifndef CLAIMTRACKER_CLIBXML2_SHIM_H
#define CLAIMTRACKER_CLIBXML2_SHIM_H

// ICU types in libxml2's headers clash with Foundation's copy of ICU; the parser does not need them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// Swift 6 rejects C globals such as xmlFree as not concurrency-safe; a function call is.
static inline void ct_xmlFree(void *pointer) { xmlFree(pointer); }

// Parse errors are returned to the caller as values; libxml2 must not print them on stderr.
static inline void ct_silence(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void ct_xmlSilenceErrors(void) { xmlSetGenericErrorFunc(NULL, ct_silence); }

#endif
