#!/usr/bin/env bash
# Crash test: `ordercon place` (and, for whitelabel, the console in tmux) is killed with
# SIGKILL at random points of slow placements against one sandbox, then restarted; the
# journal reconciles. Per provider, every intent must end with exactly one order on the
# sandbox, or none and the user told "not placed" — never two, never unknown.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${CRASH_RUNS:-50}
console_runs=${CRASH_CONSOLE_RUNS:-5}
# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-crash
started=$SECONDS

# --undocumented-lists: settling a lost Appxite or Adility placement looks it up in their lists.
HOME=$work "$binary" sandbox --port 0 --speed 30 --failure-rate 0 --undocumented-lists --faults "latency=40ms..200ms,seed=$RANDOM" > "$work/c.toml" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/c.toml" 2>/dev/null && break; sleep 0.1; done
grep -q appxite-demo "$work/c.toml" || fail "the sandbox printed no config"
origin=$(grep -o 'listening on http://[0-9.:]*' "$work/c.toml" | cut -d' ' -f3)
# Short request timeouts: the journal waits twice the timeout before it calls an unanswered
# placement "not placed" (its request may still land until then), and a run meanwhile is refused.
timeout=2
sed -i "/^base_url = /a timeout = \"${timeout}s\"" "$work/c.toml"
faults() { curl -sf -X "$1" ${2:+--data "$2"} "$origin/_sandbox/faults" >/dev/null; }

printf 'customer = "1001"\n[[items]]\noffer = "MS365-E3"\nquantity = 2\n' > "$work/whitelabel.toml"
printf 'customer = "8c1f4a52-93d7-4e0b-b6a1-2f5d7c9e0a13"\n[[items]]\noffer = "3d800b57-0958-4d86-a6a6-144243908f4f"\nquantity = 2\n' > "$work/appxite.toml"
printf 'customer = "9876543210"\n[[items]]\noffer = "65304520CA01A12"\nquantity = 3\n' > "$work/adobe.toml"
printf 'customer_name = "Crash Tester"\n[[items]]\noffer = "coupon-sf-pastry"\nquantity = 1\n' > "$work/adility.toml"
printf 'customer = "LCE-1001-2001-0001"\n[[items]]\noffer = "ITM-5001-0001-0001-0003"\nquantity = 5\n[fields]\n"Microsoft Partner ID" = "1234567"\n' > "$work/mpt.toml"
accounts=(wl-demo appxite-demo adobe-demo adility-demo mpt-demo)
files=(whitelabel appxite adobe adility mpt)

# The ids of the account's placed orders (anything past draft), one a line.
placed_ids() {
  HOME=$work "$binary" orders --account "$1" --stage all --format json --config "$work/c.toml" \
    | python3 -c 'import json,sys; [print(o["id"]) for o in json.load(sys.stdin) if o["phase"] not in ("cart","draft")]' | sort
}

# One provider's runs, each with its own HOME (its own journal), all sharing the sandbox.
# The first run is left to finish and timed; the others are killed at a random point of
# that time (a tenth more, so some finish).
crash_runs() {
  local account=$1 file=$2 count=$3 home="$work/home-$1" n pid took start
  mkdir -p "$home"
  start=$(date +%s%N)
  HOME=$home "$binary" place --account "$account" --file "$work/$file.toml" --yes --config "$work/c.toml" \
    >/dev/null 2>>"$work/$account.err" || true
  took=$(( ($(date +%s%N) - start) / 1000000 ))
  for n in $(seq 2 "$count"); do
    HOME=$home "$binary" place --account "$account" --file "$work/$file.toml" --yes --config "$work/c.toml" \
      >/dev/null 2>>"$work/$account.err" &
    pid=$!
    sleep "$(awk -v ms=$((RANDOM % (took * 11 / 10 + 1))) 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}

# Console runs: build a whitelabel draft with the keyboard, confirm, and kill the console
# while the placement is on its way. A run whose keyboard steps stall (the console's own
# timing, not a placement) is quit and tried again, at most three times.
until_on_screen() {
  local end=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $end ]; do on_screen "$1" && return 0; sleep 0.1; done
  return 1
}
press_until() {
  local key=$1 regex=$2 try
  for try in 1 2 3 4 5; do
    tmux send-keys -t "$session" "$key"
    until_on_screen "$regex" 2 && return 0
  done
  return 1
}
console_crash() {
  local home="$work/home-wl-demo" pid
  mkdir -p "$home"
  tmux new-session -d -s "$session" -x 100 -y 30 \
    "env -i HOME=$home PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 $binary --config $work/c.toml --account wl-demo; sleep 30"
  until_on_screen 'Status \([0-9]+\)' 30 \
    && press_until n 'Acme GmbH +#1001' \
    && press_until Down '▸ Acme GmbH' \
    && tmux send-keys -t "$session" Enter \
    && until_on_screen 'Empty: press a to add an item' 10 \
    && press_until a '▸ Microsoft 365 E3 ' \
    && press_until Enter 'How many' \
    && tmux send-keys -t "$session" BSpace 3 Enter \
    && until_on_screen 'Microsoft 365 E3 +×3' \
    && press_until p 'Place order [0-9]+\?' || { tmux kill-session -t "$session"; return 1; }
  pid=$(pgrep -P "$(tmux display -p -t "$session" '#{pane_pid}')" -f "$binary")
  tmux send-keys -t "$session" y
  sleep "0.$(printf '%02d' $((RANDOM % 40)))"
  kill -9 "$pid"
  tmux kill-session -t "$session"
}
console_crashes() {
  local n try
  for n in $(seq "$console_runs"); do
    for try in 1 2 3; do console_crash && continue 2; done
    fail "console run $n stalled three times before its placement"
  done
}

for i in "${!accounts[@]}"; do placed_ids "${accounts[$i]}" > "$work/${accounts[$i]}.before"; done
console_crashes
pids=()
for i in "${!accounts[@]}"; do
  count=$runs
  [ "${accounts[$i]}" = wl-demo ] && count=$((runs - console_runs))
  crash_runs "${accounts[$i]}" "${files[$i]}" "$count" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

# A request cut off by the kill may still be on its way through the sandbox's latency:
# wait out the answer window (twice the timeout), switch the faults off, then restart
# once more to reconcile.
sleep $((2 * timeout + 1))
faults DELETE
failed=0
for account in "${accounts[@]}"; do
  set +e
  HOME="$work/home-$account" "$binary" journal --account "$account" --format json --config "$work/c.toml" \
    > "$work/$account.journal" 2>>"$work/$account.err"
  code=$?
  set -e
  placed_ids "$account" > "$work/$account.after"
  comm -13 "$work/$account.before" "$work/$account.after" > "$work/$account.new"
  waited=$(grep -c 'may still reach the provider' "$work/$account.err" || true)
  python3 - "$account" "$work/$account.journal" "$work/$account.new" "$code" "$waited" <<'PY' || failed=1
import json, sys
account, journal, new, code = sys.argv[1], json.load(open(sys.argv[2])), open(sys.argv[3]).read().split(), int(sys.argv[4])
waited = int(sys.argv[5] or 0)
outcomes = {}
for entry in journal:
    outcomes[entry["outcome"]] = outcomes.get(entry["outcome"], 0) + 1
placed = [entry["order_id"] for entry in journal if entry["outcome"] == "placed"]
missing = sorted(set(placed) - set(new))
extra = sorted(set(new) - set(placed))
duplicates = len(placed) - len(set(placed)) + len(extra)
print(f"e2e-crash: {account}: {len(journal)} intents, {len(new)} orders found, {outcomes.get('placed', 0)} placed, "
      f"{outcomes.get('not_placed', 0)} told not placed, {outcomes.get('refused', 0)} refused, "
      f"{outcomes.get('unknown', 0)} unknown, {duplicates} duplicates; "
      f"{waited} runs refused while an earlier placement could still land")
problems = []
if missing: problems.append(f"placed intents with no order: {missing}")
if extra: problems.append(f"orders no intent accounts for (a duplicate, or a placement reported not placed): {extra}")
if outcomes.get("unknown", 0) or code != 0: problems.append(f"intents still unknown (journal exit {code})")
for problem in problems: print(f"e2e-crash: {account}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
done
echo "e2e-crash: $runs runs per provider ($console_runs of whitelabel's in the console), $((SECONDS - started)) s"
[ "$failed" = 0 ] || { echo "e2e-crash: FAILED" >&2; exit 1; }
echo "e2e-crash: passed"
