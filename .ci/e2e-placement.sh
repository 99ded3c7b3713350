#!/usr/bin/env bash
# End to end: the real ordercon binary in tmux, with a fresh HOME and no config, creates a
# draft, adds an item, checks out, confirms, and sees the order reach Executed in the
# Status pane. Then q, and the terminal settings must be as before the start.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e

tmux new-session -d -s "$session" -x 100 -y 30 \
  "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 ORDERCON_SANDBOX_FAILURE_RATE=0 \
   bash -c 'stty -a > $work/stty.before; $binary; echo EXIT=\$?; stty -a > $work/stty.after; sleep 30'"

wait_for 'Status \([0-9]+\)'
new_wl_draft
echo "e2e: created draft $order"
keys a
wait_for '▸ Microsoft 365 E3 '
keys Enter
wait_for 'How many'
keys BSpace 1 0 Enter
wait_for "Added .* ×10 to draft $order"
on_screen 'Cart · '"$order" || fail "the cart is not draft $order"
keys p
wait_for "Place order $order\\?"
on_screen 'Total +[0-9]' || fail "the confirm dialog shows no total"
keys y
wait_for "Order $order placed"
wait_for "▸ $order .*(Submitted|Executed)"
wait_for "$order .*✓ Executed" 30
echo "e2e: whitelabel order $order reached Executed"

# The other providers, switching accounts with A. Each places one order from the keyboard.
add_first_offer() {
  keys a
  wait_for 'Add item: choose an offer'
  wait_loaded
  keys Enter
  # A quantity prompt, or the provider's line form with the quantity focused first.
  wait_for 'How many|↵ add · Esc'
  wait_loaded
  keys BSpace "$1" Enter
  wait_for "Added .* ×$1 to"
}
place_and_wait() {
  keys p
  wait_for 'Place (order|cart) '
  on_screen 'Total' || fail "the confirm dialog shows no total"
  keys y
  wait_for 'Order [^ ]+ placed'
  local placed
  placed=$(screen | grep -Eo 'Order [^ ]+ placed' | sed -n 1p | cut -d' ' -f2)
  wait_for "$placed .*$1" 30
  echo "e2e: $2 order $placed reached /$1/"
}

switch_to appxite-demo
keys n
wait_for 'New (draft|cart): choose the customer account'
wait_loaded
keys Enter
wait_for 'New cart for'
add_first_offer 2
place_and_wait 'provision_finished' appxite

switch_to adobe-demo
keys n
wait_for 'New (draft|cart): choose the customer account'
wait_loaded
keys Enter
wait_for 'New cart for'
add_first_offer 3
place_and_wait '✓ 1000' adobe

switch_to adility-demo
keys n
wait_for 'Who is it for'
tmux send-keys -t "$session" -l "E2E Buyer"
keys Enter
wait_for 'New cart for E2E Buyer'
add_first_offer 1
place_and_wait '✓ active' adility

switch_to mpt-demo
keys n
wait_for 'New (draft|cart): choose the customer account'
wait_loaded
keys Enter
wait_for 'Draft ORD-[0-9-]+ created'
add_first_offer 4
keys e
wait_for '▸ Microsoft Partner ID \*'
tmux send-keys -t "$session" -l "1234567"
keys Enter
wait_for 'Saved on ORD-'
place_and_wait '(Processing|Querying)' mpt

keys q
wait_for 'EXIT=0' 10
diff "$work/stty.before" "$work/stty.after" || fail "terminal settings differ after quitting"
echo "e2e: terminal restored after q"
echo "e2e: 5 passed, 0 failed"
