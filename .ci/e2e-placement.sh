#!/usr/bin/env bash
# End to end: the real ordercon binary in tmux, with a fresh HOME and no config, creates a
# draft, adds an item, checks out, confirms, and sees the order reach Executed in the
# Status pane. Then q, and the terminal settings must be as before the start.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product ordercon 2>&1 | grep -E 'error|Compiling|Build complete' || true
binary="$PWD/.build/debug/ordercon"
work=$(mktemp -d)
session="ordercon-e2e-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

screen() { tmux capture-pane -p -t "$session"; }
fail() {
  echo "e2e: $1; the screen shows:" >&2
  screen >&2
  exit 1
}
wait_for() {
  local pattern=$1 seconds=${2:-15} end=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $end ]; do
    screen | grep -Eq -- "$pattern" && return 0
    sleep 0.1
  done
  fail "no /$pattern/ within ${seconds}s"
}
keys() { tmux send-keys -t "$session" "$@"; }

tmux new-session -d -s "$session" -x 100 -y 30 \
  "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 ORDERCON_SANDBOX_FAILURE_RATE=0 \
   bash -c 'stty -a > $work/stty.before; $binary; echo EXIT=\$?; stty -a > $work/stty.after; sleep 30'"

wait_for 'Status \([0-9]+\)'
keys n
wait_for 'Acme GmbH +#1001'
keys Down
wait_for '▸ Acme GmbH'
keys Enter
wait_for 'Draft [0-9]+ created'
order=$(screen | grep -Eo 'Draft [0-9]+ created' | grep -Eo '[0-9]+' | head -1)
echo "e2e: created draft $order"
keys a
wait_for '▸ Microsoft 365 E3 '
keys Enter
wait_for 'How many'
keys BSpace 1 0 Enter
wait_for "Added .* ×10 to draft $order"
screen | grep -Eq 'Cart · '"$order" || fail "the cart is not draft $order"
keys p
wait_for "Place order $order\\?"
screen | grep -Eq 'Total +[0-9]' || fail "the confirm dialog shows no total"
keys y
wait_for "Order $order placed"
wait_for "▸ $order .*(Submitted|Executed)"
wait_for "$order .*✓ Executed" 30
echo "e2e: order $order reached Executed"
keys q
wait_for 'EXIT=0' 10
diff "$work/stty.before" "$work/stty.after" || fail "terminal settings differ after quitting"
echo "e2e: terminal restored after q"
echo "e2e: 1 passed, 0 failed"
