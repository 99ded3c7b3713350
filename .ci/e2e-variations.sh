#!/usr/bin/env bash
# End to end, the console and the headless commands against a sandbox whose answers vary
# as real ones do (`--variations seed=N`), for every provider: where a list is published
# (white-label, Adobe, MPT) the Status pane lists every order but the one spoiled per list
# page and says so in its title, and :log names the unreadable entry;
# where only known orders are read (Appxite, Adility JSON and XML) a tracked order is read
# by id all the same. `orders` exits 1 on a spoiled list and 0 on known orders, `status`
# reads one order of each provider.
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

# The other listing providers: the mark with the pages read, and the first order's items.
for account in adobe-demo mpt-demo; do
  switch_to "$account"
  wait_for 'Status \([0-9]+\) · 1 order unreadable: :log for why, ' 20
  wait_for '─ Items of [A-Z0-9-]+ ' 10
  passed=$((passed + 1))
done

# Known orders: one tracked order per account, read by id from varied answers.
for pair in appxite-demo:AX-100004 adility-demo:100004 adility-xml:100002; do
  account=${pair%%:*} id=${pair#*:}
  switch_to "$account"
  keys :
  tmux send-keys -t "$session" -l "track $id"
  keys Enter
  wait_for "Status \(1\) · known orders" 20
  wait_for "▸ $id " 10
  wait_for "─ Items of $id " 10
  passed=$((passed + 1))
done

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

# Headless on every provider: a spoiled list is partial (1), the known orders tracked in the
# console are whole (0), and one order of each is read by id (0).
code_of() {
  set +e
  HOME=$work "$binary" "$@" --config "$work/v.toml" > "$work/out" 2> "$work/err"
  echo $?
  set -e
}
# (`orders` prints ACCOUNT PROVIDER ID …: the first listed id is then read with `status`.)
status_of_first_listed() {
  local account=$1 id
  id=$(awk 'NR == 2 { print $3 }' "$work/out")
  [ -n "$id" ] && [ "$(code_of status "$id" --account "$account")" = 0 ] && grep -qw -- "order $id" "$work/out" \
    || fail "status ${id:-(none listed)} on $account: $(cat "$work/out" "$work/err")"
}
for account in wl-demo adobe-demo mpt-demo; do
  [ "$(code_of orders --account "$account")" = 1 ] && grep -q "$account: .*1 order unreadable" "$work/err" \
    || fail "orders on $account did not exit 1 naming the unreadable order: $(cat "$work/err")"
  status_of_first_listed "$account"
done
for pair in appxite-demo:AX-100004 adility-demo:100004 adility-xml:100002; do
  account=${pair%%:*} id=${pair#*:}
  [ "$(code_of orders --account "$account")" = 0 ] && grep -q " $id " "$work/out" \
    || fail "orders on $account did not list tracked $id with exit 0: $(cat "$work/out" "$work/err")"
  status_of_first_listed "$account"
done
passed=$((passed + 1))
echo "e2e-variations: $passed passed, 0 failed"
