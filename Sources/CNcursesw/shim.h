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

/// Attribute bits: A_BOLD and friends are macros with casts, which Swift does not import.
static inline attr_t adex_a_bold(void) { return A_BOLD; }
static inline attr_t adex_a_reverse(void) { return A_REVERSE; }
static inline attr_t adex_a_underline(void) { return A_UNDERLINE; }
static inline attr_t adex_a_dim(void) { return A_DIM; }

/// KEY_F(n) is a function-like macro, which Swift does not import.
static inline int adex_key_f(int n) { return KEY_F(n); }

/// CCHARW_MAX: how many wide characters (base plus combining marks) one cchar_t holds.
static inline int adex_ccharw_max(void) { return CCHARW_MAX; }

#endif
