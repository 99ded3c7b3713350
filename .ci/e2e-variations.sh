#!/usr/bin/env bash
# End to end, the console against a sandbox whose answers vary as real ones do
# (`--variations seed=N`): the white-label Status pane still lists every order but the one
# spoiled per list page, says so in its title, and :log names the unreadable entry; a
# draft can still be opened from the Drafts pane.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-variations
passed=0

HOME=$work "$binary" sandbox --port 0 --failure-rate 0 --variations seed="${VARIATION_SEED:-11}" > "$work/v.toml" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/v.toml" 2>/dev/null && break; sleep 0.1; done
grep -q appxite-demo "$work/v.toml" || fail "the sandbox printed no config"

tmux new-session -d -s "$session" -x 120 -y 40 \
  "cd / && env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 \
   bash -c '$binary --config $work/v.toml --account wl-demo; echo EXIT=\$?; sleep 30'"
wait_for 'Status \([0-9]+\) · 1 order unreadable: :log for why' 20
passed=$((passed + 1))

keys :
tmux send-keys -t "$session" -l 'log'
keys Enter
wait_for 'Unreadable in the providers'"'"' answers'
wait_for 'wl-demo  (entry [0-9]+|order [0-9]+), whole order: Id: expected an id, got a list'
keys Escape
passed=$((passed + 1))

keys BTab
keys Enter
wait_for '─ Cart · [0-9]+' 10
passed=$((passed + 1))

keys q
wait_for 'EXIT=0' 10

# The control route switches the variations off and on while the sandbox runs.
origin=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/v.toml" | sed -n 1p)
curl -sf -X DELETE "$origin/_sandbox/variations" | grep -q '"off"' || fail "DELETE /_sandbox/variations"
HOME=$work "$binary" orders --account wl-demo --config "$work/v.toml" > /dev/null 2>&1 || fail "orders with variations off did not exit 0"
curl -sf -X PUT --data 'seed=3' "$origin/_sandbox/variations" | grep -q 'seed=3' || fail "PUT /_sandbox/variations"
set +e
HOME=$work "$binary" orders --account wl-demo --config "$work/v.toml" > /dev/null 2>&1
code=$?
set -e
[ "$code" = 1 ] || fail "orders with variations back on exited $code, not 1"
passed=$((passed + 1))
echo "e2e-variations: $passed passed, 0 failed"
