#!/usr/bin/env bash
# End to end: scripts/install into a fresh prefix, then the installed binary as a user who
# never saw the checkout: from /, with an empty environment, with and without a UTF-8 locale.
# It must run without the Swift toolchain's libraries, draw the console and restore the
# terminal on q, print its version, and have a man page and completions; --uninstall removes
# exactly what the manifest lists.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_name=e2e-install
work=$(mktemp -d)
session="ordercon-install-$$"
sandbox_pid=
trap 'stop_tmux; rm -rf "$work"' EXIT
passed=0
ok() { passed=$((passed + 1)); }

# Bad input is refused in one line before any building: a prefix that cannot be a folder,
# and a machine without the build packages (pkg-config made to find none).
: > "$work/a-file"
set +e
scripts/install --prefix "$work/a-file/x" > "$work/out" 2> "$work/err"; code=$?
set -e
[ "$code" = 73 ] && [ "$(wc -l < "$work/err")" = 1 ] && grep -q "cannot write to $work/a-file/x" "$work/err" \
  || fail "an unusable prefix: exit $code, $(cat "$work/err")"
set +e
PKG_CONFIG_LIBDIR="$work/no-pc" scripts/install --prefix "$work/p2" > "$work/out" 2> "$work/err"; code=$?
set -e
[ "$code" = 69 ] && [ "$(wc -l < "$work/err")" = 1 ] && grep -q 'apt-get install libncurses-dev libxml2-dev' "$work/err" \
  || fail "missing build packages: exit $code, $(cat "$work/err")"
[ ! -e "$work/p2" ] || fail "a refused install wrote $work/p2"
ok

prefix="$work/prefix"
start=$SECONDS
scripts/install --prefix "$prefix" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "scripts/install failed"; }
echo "e2e-install: scripts/install took $((SECONDS - start)) s"
installed="$prefix/bin/ordercon"
for file in bin/ordercon share/man/man1/ordercon.1 share/bash-completion/completions/ordercon \
            share/zsh/site-functions/_ordercon share/fish/vendor_completions.d/ordercon.fish share/ordercon/install-manifest; do
  [ -s "$prefix/$file" ] || fail "scripts/install did not write $file"
done
[ "$(wc -l < "$prefix/share/ordercon/install-manifest")" = 5 ] || fail "the manifest does not list the five files"
ok

size=$(stat -c %s "$installed")
[ "$size" -le $((100 * 1024 * 1024)) ] || fail "the binary is $size bytes, over the 100 MB budget"
echo "e2e-install: the installed binary is $((size / 1024 / 1024)) MB"
ldd "$installed" > "$work/ldd" || true
! grep -Eq 'libswift|libFoundation|libdispatch|libBlocksRuntime|/opt/swift' "$work/ldd" || fail "the binary needs the Swift toolchain: $(cat "$work/ldd")"
while read -r library; do
  dpkg -S "$library" >/dev/null 2>&1 || dpkg -S "$(realpath "$library")" >/dev/null 2>&1 || fail "$library belongs to no Debian package"
done < <(grep -o '/[^ ]*\.so[^ ]*' "$work/ldd")
ok

version=$(cd / && env -i HOME="$work" PATH=/usr/bin:/bin "$installed" --version)
[[ "$version" =~ ^ordercon\ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ [0-9a-f]{7}(-modified)?\)$ ]] || fail "--version printed '$version'"
[ "$(.build/debug/ordercon --version 2>/dev/null || true)" = "" ] || [[ "$(.build/debug/ordercon --version)" == *"(commit unknown)" ]] \
  || fail "a plain swift build names a commit"
MANWIDTH=80 man -l "$prefix/share/man/man1/ordercon.1" > "$work/man.txt" 2>/dev/null || fail "man -l cannot render the page"
for heading in NAME SYNOPSIS COMMANDS KEYS CONFIGURATION 'EXIT STATUS'; do
  grep -q "^$heading" "$work/man.txt" || fail "the man page has no $heading section"
done
grep -q '76  refused by the provider' "$work/man.txt" || fail "the man page has no exit-code table"
grep -q -- '--stuck-after' "$work/man.txt" || fail "the man page lacks the check command's options"
ok

# The installed binary from /, with nothing of the checkout's environment.
for locale in C.UTF-8 ""; do
  tmux kill-session -t "$session" 2>/dev/null || true
  rm -f "$work/stty.before" "$work/stty.after"
  lang=${locale:+LANG=$locale}
  tmux new-session -d -s "$session" -x 100 -y 30 \
    "cd / && env -i HOME=$work/home-$$ TERM=xterm-256color PATH=/usr/bin:/bin $lang \
     bash -c 'stty -a > $work/stty.before; $installed; echo EXIT=\$?; stty -a > $work/stty.after; sleep 30'"
  wait_for 'Status \([0-9]+\)' 30
  ! on_screen 'no such theme' || fail "the installed binary has no themes (LANG=${locale:-unset})"
  tmux capture-pane -e -p -t "$session" > "$work/colours"
  # A colour of the default theme (16-colour or 256-colour foreground), not only attributes.
  grep -Eq $'\e\\[([0-9;]*;)?(3[0-7]|9[0-7]|38;5;[0-9]+)(;[0-9;]*)?m' "$work/colours" \
    || fail "no theme colour is drawn (LANG=${locale:-unset})"
  keys q
  wait_for 'EXIT=0' 10
  for _ in $(seq 50); do [ -s "$work/stty.after" ] && break; sleep 0.1; done
  diff "$work/stty.before" "$work/stty.after" >/dev/null || fail "q did not restore the terminal (LANG=${locale:-unset})"
  echo "e2e-install: the installed console runs from / (LANG=${locale:-unset})"
  ok
done

# Completions name the accounts of the config given on the command line.
"$installed" sandbox --port 0 > "$work/c.toml" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/c.toml" 2>/dev/null && break; sleep 0.1; done
accounts=$("$installed" ---completion orders -- --account 4 0 ordercon orders --config "$work/c.toml" --account "")
kill "$sandbox_pid" 2>/dev/null; sandbox_pid=
grep -qx 'wl-demo' <<<"$accounts" || fail "--account completion does not name the config's accounts: $accounts"
ok

# One-line argument errors, exit 64.
set +e
"$installed" orders --since -5h > "$work/out" 2> "$work/err"; code=$?
set -e
[ "$code" = 64 ] && [ "$(wc -l < "$work/err")" = 1 ] && grep -q "not '-5h'" "$work/err" || fail "--since -5h: $(cat "$work/err")"
set +e
"$installed" status > "$work/out" 2> "$work/err"; code=$?
set -e
[ "$code" = 64 ] && [ "$(wc -l < "$work/err")" = 1 ] || fail "a missing argument is not one line: $(cat "$work/err")"
ok

scripts/install --uninstall --prefix "$prefix" > /dev/null
[ -z "$(find "$prefix" -type f)" ] || fail "--uninstall left: $(find "$prefix" -type f)"
ok

echo "e2e-install: $passed passed, 0 failed"
