#!/usr/bin/env bash
# End to end, the providers' own forms from the keyboard: fill in an Appxite item form
# (changing its billing cycle) and place the order; answer an MPT order sent back to the
# buyer (Querying) by fixing its parameter and resubmitting; return an Adobe line after
# its preview.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-forms

type_text() { tmux send-keys -t "$session" -l "$1"; }
# Narrows the Status pane (focused after switching) to one order and leaves it selected.
select_order() {
  keys /
  type_text "$1"
  keys Enter
  wait_for "▸ $1"
}

tmux new-session -d -s "$session" -x 110 -y 34 \
  "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 ORDERCON_SANDBOX_FAILURE_RATE=0 \
   bash -c '$binary; echo EXIT=\$?; sleep 30'"
wait_for 'Status \([0-9]+\)'

# Appxite: the item form with its form-data keys, a changed billing cycle, then placing.
switch_to appxite-demo
keys n
wait_for 'New (draft|cart): choose the customer account'
wait_loaded
keys Enter
wait_for 'New cart for'
keys a
wait_for 'Add item: choose an offer'
wait_loaded
type_text 'Virtual Desktop'
wait_for '▸ Azure Virtual Desktop'
keys Enter
wait_for 'quantityBox1'
wait_loaded
on_screen 'dataCenterLocation' || fail "the item form does not show the data-centre key"
on_screen 'ChargePeriod' || fail "the item form does not show the ChargePeriod key"
keys BSpace 0 Enter
wait_for 'at least 1'
# The field edits like readline: Ctrl-U empties it, Home and End move, Delete takes the
# character under the cursor; none of them closes the form.
keys C-u 4 Home 1
wait_for '1▏4 +quantityBox1'
keys End BSpace Home DC 4
wait_for ' 4▏ +quantityBox1'
keys Tab Right
wait_for '‹ Annual billing'
keys Enter
wait_for 'Added Azure Virtual Desktop reserved capacity ×4'
on_screen 'total 1344\.00 EUR' || fail "the cart line is not priced at its annual billing cycle (4 × 336.00 EUR)"
keys p
wait_for 'Place cart'
wait_for 'Total \(priced by Appxite\)'
keys y
wait_for 'Order AX-[0-9]+ placed'
placed=$(screen | grep -Eo 'Order AX-[0-9]+ placed' | sed -n 1p | cut -d' ' -f2)
keys Enter
wait_for 'ChargePeriod.pricingFrequency +Annual'
keys Escape
wait_for "$placed .*provision_finished" 30
echo "e2e-forms: appxite order $placed placed from its item form (annual billing)"

# MPT: the Querying order names its parameter; fix it in the form and resubmit.
switch_to mpt-demo
select_order 'ORD-6869-4529-8975-9006'
wait_for '! Query'
keys e
wait_for 'Unknown MS Partner ID'
wait_loaded
keys End C-u
type_text '7654321'
keys Enter
wait_for 'Saved on ORD-6869-4529-8975-9006'
keys p
wait_for 'Resubmit order ORD-6869-4529-8975-9006\?'
keys y
wait_for 'ORD-6869-4529-8975-9006 .*(Processing|Completed)' 20
echo "e2e-forms: mpt Querying order answered and resubmitted"

# Adobe: return two licences of a line after the provider's preview.
switch_to adobe-demo
select_order '5000000003'
keys o
wait_for '▸ Return lines'
keys Enter
wait_for 'remaining'
wait_loaded
keys 2 Enter
wait_for 'Refund total'
keys y
wait_for 'Return lines: order [0-9]+ created'
returned=$(screen | grep -Eo 'order [0-9]+ created' | sed -n 1p | cut -d' ' -f2)
echo "e2e-forms: adobe return order $returned created"

keys Escape q
wait_for 'EXIT=0' 10
echo "e2e-forms: 3 passed, 0 failed"
