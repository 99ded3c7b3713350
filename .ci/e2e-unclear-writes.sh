#!/usr/bin/env bash
# End to end, "what you confirm is what you buy": the console on white-label against a
# sandbox whose POSTs fail after being applied (`error=1,side=after,methods=POST`). Each
# line added is reported as failed by the provider yet held: the console reads the draft
# again and says it was added after all; the Cart, the placement confirmation (read afresh)
# and the placed order all hold the same two lines.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-unclear-writes
passed=0

HOME=$work "$binary" sandbox --port 0 --failure-rate 0 > "$work/s.toml" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'wl-demo' "$work/s.toml" 2>/dev/null && break; sleep 0.1; done
grep -q wl-demo "$work/s.toml" || fail "the sandbox printed no config"
origin=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/s.toml" | sed -n 1p)
faults() { curl -sf -X "$1" ${2:+--data "$2"} "$origin/_sandbox/faults" >/dev/null || fail "faults $1 $2"; }

tmux new-session -d -s "$session" -x 120 -y 40 \
  "cd / && env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 \
   bash -c '$binary --config $work/s.toml --account wl-demo; echo EXIT=\$?; sleep 30'"
wait_for 'Status \([0-9]+\)' 20
new_wl_draft

# Every POST from here on is applied, then answered with an error.
faults PUT 'error=1,side=after,methods=POST'
keys a
wait_for '▸ Microsoft 365 E3 '
keys Enter
wait_for 'How many'
keys BSpace 1 0 Enter
wait_for "The item was added after all: draft $order now has 1 line\\." 20
passed=$((passed + 1))
keys a
wait_for '▸ Microsoft 365 E3 '
keys Down
keys Enter
wait_for 'How many'
keys Enter
wait_for "The item was added after all: draft $order now has 2 lines\\." 20
wait_for 'total .* · 2 items' 10
passed=$((passed + 1))

faults DELETE
keys p
wait_for "Place order $order\\?" 20
wait_for 'Read from White-label just now\.'
! on_screen 'holds something else than the Cart showed' || fail "the Cart did not show what the provider held"
confirmed=$(screen | grep -Ec '│ +  [^ ].* ×[0-9]+  [0-9.]+ EUR')
[ "$confirmed" = 2 ] || fail "the confirmation shows $confirmed lines, not 2"
keys y
wait_for "Order $order placed" 20
passed=$((passed + 1))
keys q
wait_for 'EXIT=0' 10

HOME=$work "$binary" status "$order" --config "$work/s.toml" --account wl-demo --format json > "$work/placed.json" \
  || fail "status $order did not read the placed order"
held=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$work/placed.json")
[ "$held" = 2 ] || fail "the placed order holds $held lines, not the 2 confirmed"
passed=$((passed + 1))
echo "e2e-unclear-writes: draft $order placed with the 2 lines its confirmation showed"
echo "e2e-unclear-writes: $passed passed, 0 failed"
