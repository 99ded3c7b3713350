// The few ncurses macros and globals Swift cannot import, as inline functions.
// See shared/NCURSES.md: the wide library needs these two defines before the header.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }

/// Whether $TERM can place the cursor anywhere (TERM=dumb cannot): the console needs it.
static inline int cn_terminal_addresses_cursor(void) {
    int error = 0;
    if (setupterm(NULL, STDOUT_FILENO, &error) != OK) return 0;
    char *address = tigetstr("cup");
    int usable = address != NULL && address != (char *)-1;
    del_curterm(cur_term);
    return usable;
}
/// Gives memory freed since the cache was read back to the system: glibc keeps freed
/// blocks in its arenas, so a page of decoded orders would otherwise stay resident. Other
/// C libraries (macOS, musl) have no malloc_trim and return freed pages themselves.
static inline void cn_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

/// After SIGWINCH: reads the terminal's size and hands it to ncurses (LINES, COLS and the
/// screen's buffers follow). The console replaces ncurses' own SIGWINCH handler so that the
/// resize is done on the loop's thread.
static inline void cn_follow_resize(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0) {
        resizeterm(size.ws_row, size.ws_col);
    }
}

/// The cells a scalar takes as ncurses counts them: glibc's wcwidth in a UTF-8 locale,
/// whatever locale this thread runs in (tests run in C, where every non-ASCII scalar is -1).
static inline int cn_scalar_width(unsigned int scalar) {
    static __thread locale_t utf8 = (locale_t)0;
    if (utf8 == (locale_t)0) utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (utf8 == (locale_t)0) return 1;
    locale_t previous = uselocale(utf8);
    int width = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return width;
}

static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }

/// Writes a wide string at (y, x) with attributes and a colour pair, clipped by ncurses.
static inline void cn_put(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    wattr_set(stdscr, attrs, pair, NULL);
    mvwaddwstr(stdscr, y, x, text);
    wattr_set(stdscr, A_NORMAL, 0, NULL);
}

/// Reads one key with a timeout in ms. Returns 0 on timeout, 1 for a character, 2 for a key code.
static inline int cn_read_key(int timeout_ms, int *code) {
    wint_t value = 0;
    wtimeout(stdscr, timeout_ms);
    int result = wget_wch(stdscr, &value);
    *code = (int)value;
    if (result == ERR) return 0;
    return result == KEY_CODE_YES ? 2 : 1;
}
#endif
