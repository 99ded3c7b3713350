#!/usr/bin/env bash
# End to end: however the console ends — q, ^C, SIGTERM, SIGHUP, an internal error — the
# terminal settings afterwards are those from before it started; ^Z gives the shell a
# cooked terminal and `fg` brings the whole console back.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-terminal
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

# Keys as tmux sends them (Home ESC[1~, End ESC[4~, Delete ESC[3~) whatever TERM says, and a
# bracketed paste: under both TERMs, editing keys never close the / filter, a pasted newline
# never submits it, and a paste into the panes runs no command.
for term in xterm-256color tmux-256color; do
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 100 -y 30 "env -i HOME=$work PATH=/usr/bin:/bin TERM=$term LANG=C.UTF-8 $binary"
  wait_for 'Status \([0-9]+\)'
  keys /
  tmux send-keys -t "$session" -l "Acme"
  keys Home End DC BSpace
  wait_for '^/Acm▏'
  tmux set-buffer -b e2e-paste "$(printf ' GmbH\n1044')"
  tmux paste-buffer -p -b e2e-paste -t "$session"
  wait_for '^/Acm GmbH 1044▏'
  keys Escape
  tmux set-buffer -b e2e-paste "q"
  tmux paste-buffer -p -b e2e-paste -t "$session"
  keys Down
  sleep 0.5
  on_screen 'Status \([0-9]+\)' || fail "a paste of q into the panes under TERM=$term ended the console"
  keys q
  echo "e2e-terminal: TERM=$term: Home, End, Delete edit the filter; a pasted newline does not submit; a paste runs no command"
  passed=$((passed + 1))
done

check_end q 0
check_end C-c 130
check_end TERM 143
check_end HUP 129

# An interactive shell in the pane (job control for ^Z and fg); $1 runs in it with a
# clean environment. The shell's own settings are saved first.
shell_console() {
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 100 -y 30 \
    "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 HISTFILE=/dev/null PS1='prompt\$ ' bash --norc -i"
  wait_for '^prompt\$'
  tmux send-keys -t "$session" "stty -a > $work/stty.before; clear" Enter
  tmux send-keys -t "$session" "$1" Enter
  wait_for 'Status \([0-9]+\)'
}

# A genuine Swift trap inside the loop (ORDERCON_TEST_CRASH_KEY, test only): one line on
# the terminal, no stack trace, exit 70, settings restored.
shell_console "ORDERCON_TEST_CRASH_KEY=% $binary; echo EXIT=\$?; stty -a > $work/stty.after"
tmux send-keys -t "$session" %
wait_for 'EXIT=70' 10
for _ in $(seq 50); do [ -s "$work/stty.after" ] && break; sleep 0.1; done
diff "$work/stty.before" "$work/stty.after" >/dev/null || fail "terminal settings differ after an internal error"
crash=$(tmux capture-pane -p -J -t "$session")
grep -q '^ordercon: internal error; the terminal was restored; details are in .*ordercon.log$' <<<"$crash" \
  || fail "an internal error printed no one-line message"
! grep -Eiq 'fatal error|backtrace|thread [0-9]|illegal instruction|core dumped|0x[0-9a-f]{8}' <<<"$crash" \
  || fail "an internal error printed a stack trace or signal message on the terminal"
# (A command typed ahead of the prompt is echoed once more by the shell: not output.)
[ "$(grep -vc -e '^prompt' -e '^EXIT=' -e '^$' -e 'ORDERCON_TEST_CRASH_KEY=' <<<"$crash")" = 1 ] || fail "an internal error printed more than one line"
grep -q 'Fatal error: ORDERCON_TEST_CRASH_KEY' "$work/.local/state/ordercon/ordercon.log" \
  || fail "the trap's message is not in the log"
echo "e2e-terminal: restored after an internal error (exit 70, one line)"
passed=$((passed + 1))

# ^Z: the shell gets its prompt back with a cooked terminal; fg redraws the whole console,
# which still answers keys.
shell_console "$binary"
tmux send-keys -t "$session" C-z
wait_for '^prompt\$ *$' 10
tmux send-keys -t "$session" "stty -a > $work/stty.suspended; jobs" Enter
wait_for '\[1\]\+ +Stopped'
for _ in $(seq 50); do [ -s "$work/stty.suspended" ] && break; sleep 0.1; done
diff "$work/stty.before" "$work/stty.suspended" >/dev/null || fail "the terminal is not in cooked mode while suspended"
tmux send-keys -t "$session" "fg" Enter
wait_for 'Status \([0-9]+\)'
resumed=$(screen)
for part in ' ordercon ' 'Cart' 'Drafts \([0-9]+\)' 'Status \([0-9]+\)' 'Items' 'q quit'; do
  grep -Eq -- "$part" <<<"$resumed" || fail "after fg the screen lacks /$part/"
done
! grep -q -e '^prompt' -e 'Stopped' <<<"$resumed" || fail "after fg the shell's lines are still on the screen"
[ "$(grep -c '[┌└]' <<<"$resumed")" -ge 4 ] || fail "after fg the panes are not all drawn"
tmux send-keys -t "$session" '?'
wait_for '─ Keys ─'
tmux send-keys -t "$session" Escape q
wait_for '^prompt\$ *$' 10
tmux send-keys -t "$session" 'echo EXIT=$?' Enter
wait_for '^EXIT=0'
echo "e2e-terminal: ^Z gives a cooked shell, fg redraws the whole console and it answers keys"
passed=$((passed + 1))
echo "e2e-terminal: $passed passed, 0 failed"
