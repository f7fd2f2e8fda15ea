#ifndef ADEX_GUIDE_CNCURSESW_SHIM_H
#define ADEX_GUIDE_CNCURSESW_SHIM_H

// The wide API must be switched on here: SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags and
// cSettings do not reach the Swift importer (see ../shared/notes/swift-ncursesw.md).
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>
#include <wchar.h>

extern int wcwidth(wchar_t c);

/// `tigetstr` returns (char *)-1 for "not a string capability": a value Swift cannot compare
/// against directly, so the check is done here.
static inline int adex_has_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

/// nl_item CODESET as a function: the macro's enum type does not import cleanly everywhere.
static inline const char *adex_codeset(void) { return nl_langinfo(CODESET); }

#endif
