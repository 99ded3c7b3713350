#!/usr/bin/env bash
# End to end: with no config, a local cart composed on the embedded sandbox outlives the
# console. It is kept in ordercon-sandbox.sqlite (the real ordercon.sqlite is not created),
# and after q and a restart the cart, its customer and its line are back.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-sandbox-carts
passed=0

# Starts the zero-config console on adobe-demo (a provider without server-side drafts).
start_console() {
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 100 -y 30 \
    "cd / && env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 ORDERCON_SANDBOX_FAILURE_RATE=0 \
     bash -c '$binary --account adobe-demo; echo EXIT=\$?; sleep 30'"
  wait_for 'Status \([0-9]+\)' 20
}

start_console
keys n
wait_for 'New cart: choose the customer account'
keys Enter
wait_for 'New cart for .*: press a to add items'
keys a
wait_for '▸ Acrobat Pro for teams '
keys Enter
wait_for 'Quantity \* +1'
keys Enter
wait_for 'Cart · cart·[0-9a-f]{4} .*' 10
wait_for '▸ Acrobat Pro for teams +×1 ' 10
cart=$(screen | grep -Eo 'cart·[0-9a-f]{4}' | sed -n 1p)
keys q
wait_for 'EXIT=0' 10
state="$work/.local/state/ordercon"
[ -s "$state/ordercon-sandbox.sqlite" ] || fail "no ordercon-sandbox.sqlite after q"
[ ! -e "$state/ordercon.sqlite" ] || fail "the zero-config console wrote the real ordercon.sqlite"
passed=$((passed + 1))

start_console
wait_for "Drafts \\(1\\)"
wait_for "$cart +[0-9.]+ USD +Northwind" 10
keys BTab
keys Enter
wait_for "Cart · $cart" 10
wait_for '▸ Acrobat Pro for teams +×1 ' 10
keys q
wait_for 'EXIT=0' 10
echo "e2e-sandbox-carts: $cart came back after a restart"
passed=$((passed + 1))
echo "e2e-sandbox-carts: $passed passed, 0 failed"
