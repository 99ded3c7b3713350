#!/usr/bin/env bash
# End to end, Adility vouchers from the keyboard: the Items pane lists an order's vouchers
# under their item; x on the item says to pick a voucher, x on a voucher asks and cancels
# that one only (PUT /offers/{offer_id}/vouchers/{id}), x on it again says why not; then x
# in Status cancels the whole active order with its other voucher. Redemption codes are
# never written to the log file.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-adility-vouchers

tmux new-session -d -s "$session" -x 120 -y 40 \
  "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 ORDERCON_SANDBOX_FAILURE_RATE=0 \
   bash -c '$binary; echo EXIT=\$?; sleep 30'"
wait_for 'Status \([0-9]+\)'
switch_to adility-demo

# The seeded order 100001: two vouchers of one spa deal, both acquired.
keys /
tmux send-keys -t "$session" -l 100001
keys Enter
wait_for '▸ 100001'
wait_for 'Half-price spa day ×2 +✓ 2 acquired'
wait_for '└ voucher V500001 +✓ acquired'
wait_for '└ voucher V500002 +✓ acquired'
# The codes are shown where support reads them out: the detail view.
keys Enter
wait_for 'Redemption code +[A-Z0-9]{6,}'
codes=$(screen | grep -Eo 'Redemption code +[A-Z0-9]{6,}' | awk '{print $3}')
[ "$(wc -w <<<"$codes")" = 2 ] || fail "the detail view does not show both vouchers' codes: $codes"
keys Escape
wait_for 'Status \([0-9]+\)'

keys Tab
wait_for '▸ Half-price spa day ×2'
keys x
wait_for 'is cancelled one part at a time: select one of the lines under it'
keys Down
wait_for '▸   └ voucher V500001'
keys x
wait_for 'Cancel voucher V500001\?'
keys n
keys x
wait_for 'Cancel voucher V500001\?'
keys y
wait_for '└ voucher V500001 +– cancelled' 30
wait_for 'Half-price spa day ×2 +✓ 1 cancelled, 1 acquired'
on_screen '└ voucher V500002 +✓ acquired' || fail "the other voucher changed too"
keys x
wait_for 'Voucher V500001 is cancelled: there is nothing left to cancel'

# The whole order: its remaining voucher goes with it.
keys BTab
wait_for '▸ 100001 .*✓ active'
keys x
wait_for 'Cancel order 100001\?'
keys y
wait_for '▸ 100001 .*– cancelled' 30
keys Tab
wait_for '└ voucher V500002 +– cancelled' 30

# A redeemed voucher is never offered: x says when, and no confirmation opens.
keys BTab
keys Escape
keys /
tmux send-keys -t "$session" -l 100002
keys Enter
wait_for '▸ 100002'
keys Tab
wait_for '└ voucher V500003 +✓ redeemed'
keys Down
wait_for '▸   └ voucher V500003'
keys x
wait_for 'Voucher V500003 was redeemed on [0-9]{4}-[0-9]{2}-[0-9]{2}: it cannot be cancelled'
! on_screen 'Cancel voucher V500003\?' || fail "a redeemed voucher was offered for cancel"

keys q
wait_for 'EXIT=0'
log="$work/.local/state/ordercon/ordercon.log"
[ -s "$log" ] || fail "no log file was written"
for code in $codes; do
  ! grep -q -- "$code" "$log" || fail "the log file holds redemption code $code"
done
echo "e2e-adility-vouchers: voucher and order cancelled from the keyboard"
