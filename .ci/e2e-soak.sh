#!/usr/bin/env bash
# Soak under faults: the 1000-operation Swift soak (placements and refreshes over every
# provider, then journal against sandbox), and the console's keys while the sandbox hangs
# every response: the selection must still move at once.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-soak

# The test's output goes through a file: `tee /dev/stderr` would reopen, and so truncate,
# a CI log that stderr is redirected to.
started=$SECONDS
swift test --filter FaultSoakTests > "$work/soak.log" 2>&1 || true
grep -E '^soak:|✘' "$work/soak.log" || true
grep -Eq 'Test run with 1 test.* passed' "$work/soak.log" || fail "the soak test failed"
echo "e2e-soak: soak test $((SECONDS - started)) s"

HOME=$work "$binary" sandbox --port 0 --failure-rate 0 > "$work/c.toml" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/c.toml" 2>/dev/null && break; sleep 0.1; done
grep -q appxite-demo "$work/c.toml" || fail "the sandbox printed no config"
origin=$(grep -o 'listening on http://[0-9.:]*' "$work/c.toml" | cut -d' ' -f3)

tmux new-session -d -s "$session" -x 100 -y 30 \
  "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 $binary --config $work/c.toml --account wl-demo; sleep 30"
wait_for 'Status \([0-9]+\)'
curl -sf -X PUT --data 'timeout=1,hang=20s,side=before' "$origin/_sandbox/faults" >/dev/null
tmux send-keys -t "$session" r
sleep 0.3
# With attributes: focus moves by colour alone.
styled_screen() { tmux capture-pane -e -p -t "$session"; }
slowest=0
for key in j j k j BTab j Tab; do
  before=$(styled_screen)
  sent=$(date +%s%N)
  tmux send-keys -t "$session" "$key"
  until [ "$(styled_screen)" != "$before" ]; do
    [ $(( ($(date +%s%N) - sent) / 1000000 )) -lt 1000 ] || fail "the console did not answer $key within 1 s while the sandbox hangs"
    sleep 0.02
  done
  took=$(( ($(date +%s%N) - sent) / 1000000 ))
  [ "$took" -gt "$slowest" ] && slowest=$took
done
hung=$(curl -sf "$origin/_sandbox/faults" | python3 -c 'import json,sys; print(json.load(sys.stdin)["injected"].get("hang.before", 0))')
[ "$hung" -gt 0 ] || fail "no request hung: the check proved nothing"
echo "e2e-soak: keys answered within ${slowest} ms while $hung requests hung; $((SECONDS - started)) s in all"
