#!/usr/bin/env bash
# End to end: however the console ends — q, ^C, SIGTERM, SIGHUP — the terminal settings
# afterwards are those from before it started.
set -euo pipefail
cd "$(dirname "$0")/.."

binary="$PWD/.build/debug/ordercon"
work=$(mktemp -d)
session="ordercon-term-$$"
e2e_name=e2e-terminal
# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
passed=0


# ends the console one way, then checks its exit status and the terminal settings
check_end() {
  local how=$1 expected=$2
  rm -f "$work/stty.before" "$work/stty.after"
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 100 -y 30 \
    "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 \
     bash -c 'stty -a > $work/stty.before; $binary; echo EXIT=\$?; stty -a > $work/stty.after; sleep 30'"
  wait_for 'Status \([0-9]+\)'
  local pane console
  pane=$(tmux display -p -t "$session" '#{pane_pid}')
  console=$(pgrep -P "$(pgrep -P "$pane" | sed -n 1p)" | sed -n 1p || true)
  [ -n "$console" ] || console=$(pgrep -P "$pane" | sed -n 1p)
  case $how in
    q) tmux send-keys -t "$session" q ;;
    C-c) tmux send-keys -t "$session" C-c ;;
    *) kill -s "$how" "$console" ;;
  esac
  wait_for "EXIT=$expected" 10
  for _ in $(seq 50); do [ -s "$work/stty.after" ] && break; sleep 0.1; done
  diff "$work/stty.before" "$work/stty.after" >/dev/null || fail "terminal settings differ after $how"
  echo "e2e-terminal: restored after $how (exit $expected)"
  passed=$((passed + 1))
}

# Starts the console with these environment settings and keeps its coloured screen in $work/colours.
capture_colours() {
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 100 -y 30 "env -i HOME=$work PATH=/usr/bin:/bin LANG=C.UTF-8 $* $binary"
  wait_for 'Status \([0-9]+\)'
  tmux capture-pane -p -e -t "$session" > "$work/colours"
  tmux send-keys -t "$session" q
}

# NO_COLOR: attributes only, not one colour escape on the screen.
capture_colours TERM=xterm-256color NO_COLOR=1
grep -q $'\e\[' "$work/colours" || fail "capture-pane -e shows no attributes at all"
! grep -Eq $'\e\[([0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m' "$work/colours" || fail "NO_COLOR still draws colours"
echo "e2e-terminal: NO_COLOR draws no colour"
passed=$((passed + 1))

# 8 colours (TERM=xterm): 256-colour styles fall back to the basic eight.
capture_colours TERM=xterm
grep -Eq $'\e\[([0-9]+;)*3[0-7](;[0-9]+)*m' "$work/colours" || fail "TERM=xterm shows no colour at all"
! grep -Eq $'\e\[([0-9]+;)*(38|48);5;' "$work/colours" || fail "TERM=xterm was sent 256-colour escapes"
echo "e2e-terminal: 8 colours on an 8-colour terminal"
passed=$((passed + 1))

# TERM=dumb cannot place the cursor: one line saying so, exit 64, nothing drawn.
tmux kill-session -t "$session" 2>/dev/null || true
tmux new-session -d -s "$session" -x 100 -y 30 \
  "env -i HOME=$work PATH=/usr/bin:/bin TERM=dumb LANG=C.UTF-8 bash -c '$binary; echo EXIT=\$?; sleep 30'"
wait_for 'EXIT=64'
on_screen '^ordercon: TERM=dumb cannot place the cursor' || fail "TERM=dumb gave no clear message"
echo "e2e-terminal: TERM=dumb is refused with one line"
passed=$((passed + 1))

check_end q 0
check_end C-c 130
check_end TERM 143
check_end HUP 129
echo "e2e-terminal: $passed passed, 0 failed"
