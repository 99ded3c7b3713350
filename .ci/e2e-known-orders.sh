#!/usr/bin/env bash
# End to end: known orders, where no list is published. The sandbox runs as the references
# describe Appxite and Adility (no order list, no lookup by number): ids are tracked, then
# orders, status, check and watch read them by id; untrack forgets them; a 404 is refused.
set -euo pipefail
cd "$(dirname "$0")/.."

binary="$PWD/.build/debug/ordercon"
work=$(mktemp -d)
sandbox_pid=
trap '[ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
fail() { echo "e2e-known-orders: $1" >&2; exit 1; }
ok() { passed=$((passed + 1)); }
code_of() { set +e; HOME=$work "$binary" "$@" --config "$work/c.toml" >"$work/out" 2>"$work/err"; echo $?; set -e; }
ids_of() { python3 -c 'import json,sys; print(" ".join(sorted(o["id"] for o in json.load(open(sys.argv[1])))))' "$work/out"; }

HOME=$work "$binary" sandbox --port 0 --failure-rate 0 > "$work/c.toml" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/c.toml" 2>/dev/null && break; sleep 0.1; done
grep -q appxite-demo "$work/c.toml" || fail "the sandbox printed no config"
! grep -q 'order_list' "$work/c.toml" || fail "the printed config chose a listing: $(grep order_list "$work/c.toml")"
origin=$(sed -n 's/^# ordercon sandbox listening on //p' "$work/c.toml")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-ADILITY-API-KEY: sandbox-key' "$origin/adility/orders")" = 404 ] \
  || fail "the sandbox served the undocumented Adility list without --undocumented-lists"

# Nothing known yet: an empty list, said to be the known orders.
[ "$(code_of orders --account adility-demo --format json)" = 0 ] && [ "$(ids_of)" = "" ] || fail "orders before tracking: $(cat "$work/out" "$work/err")"
[ "$(code_of orders --account adility-demo)" = 0 ] && grep -q 'adility-demo: known orders only' "$work/err" \
  || fail "orders --format text does not say it lists known orders: $(cat "$work/err")"
ok

# Tracking: by argument and from stdin; an id the provider does not know is refused, nothing stored.
[ "$(code_of track 100002 100004 --account adility-demo)" = 0 ] || fail "track on adility: $(cat "$work/err")"
printf 'AX-100003\nAX-100004  # provisioning\n' > "$work/ids"
set +e; HOME=$work "$binary" track - --account appxite-demo --config "$work/c.toml" < "$work/ids" > "$work/out" 2> "$work/err"; code=$?; set -e
[ "$code" = 0 ] && grep -q 'tracking AX-100004 on appxite-demo' "$work/out" || fail "track - on appxite: $code $(cat "$work/err")"
[ "$(code_of track 100001 no-such-order --account adility-demo)" = 66 ] || fail "track of an unknown id: exit 66, got $(cat "$work/err")"
[ "$(wc -l < "$work/err")" = 1 ] && grep -q 'no-such-order' "$work/err" || fail "the refusal is not one line naming the id: $(cat "$work/err")"
[ "$(code_of orders --account adility-demo --format json)" = 0 ] && [ "$(ids_of)" = "100002 100004" ] \
  || fail "the refused track stored something: $(ids_of)"
ok

# orders, status, check and watch read the known orders by id.
[ "$(code_of orders --account appxite-demo --format json)" = 0 ] && [ "$(ids_of)" = "AX-100003 AX-100004" ] \
  || fail "orders on appxite: $(cat "$work/out" "$work/err")"
[ "$(code_of status 100004 --account adility-demo --format json)" = 0 ] || fail "status of a tracked order: $(cat "$work/err")"
[ "$(code_of check --account appxite-demo --stuck-after 30d)" = 2 ] && grep -q 'appxite-demo/AX-100003' "$work/out" \
  || fail "check does not see the failed known order: $(cat "$work/out")"
[ "$(code_of watch AX-100003 --account appxite-demo --timeout 10s --interval 0.5)" = 2 ] || fail "watch of a failed known order: $(cat "$work/out" "$work/err")"
ok

# An order placed through ordercon is known without tracking.
printf 'customer_name = "Known Buyer"\n[[items]]\noffer = "coupon-sf-pastry"\nquantity = 1\n' > "$work/adility.toml"
[ "$(code_of place --account adility-demo --file "$work/adility.toml" --yes)" = 0 ] || fail "place on adility: $(cat "$work/err")"
placed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/out")
[ "$(code_of orders --account adility-demo --format json)" = 0 ] && [ "$(ids_of)" = "$(printf '%s\n' 100002 100004 "$placed" | sort | tr '\n' ' ' | sed 's/ $//')" ] \
  || fail "the placed order $placed is not listed: $(ids_of)"
ok

# Untracking forgets; a second untrack finds nothing (66).
[ "$(code_of untrack 100002 --account adility-demo)" = 0 ] || fail "untrack: $(cat "$work/err")"
[ "$(code_of orders --account adility-demo --format json)" = 0 ] && ! ids_of | grep -qw 100002 || fail "untracked order still listed"
[ "$(code_of untrack 100002 --account adility-demo)" = 66 ] || fail "untrack of an order not followed: exit 66"
ok

# The journal: a settled intent cannot be settled again; an unknown one is not found.
intent=$(HOME=$work "$binary" journal --account adility-demo --format json --config "$work/c.toml" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
[ "$(code_of journal --settle "#$intent" not-placed)" = 76 ] && grep -q 'already settled' "$work/err" || fail "settling a settled intent: $(cat "$work/err")"
[ "$(code_of journal --settle 999999 placed 100001)" = 66 ] || fail "settling an unknown intent: $(cat "$work/err")"
[ "$(code_of journal --settle 12 maybe)" = 64 ] || fail "a malformed --settle: exit 64"
ok

# An answer lost after the order landed: no lookup can settle it, so a person does, with the
# id the portal shows (the sandbox numbers orders one after another); a wrong id is refused.
curl -s -X PUT --data 'reset=1,side=after,methods=POST' "$origin/_sandbox/faults" > /dev/null
[ "$(code_of place --account adility-demo --file "$work/adility.toml" --yes)" = 69 ] || fail "a placement whose answer is lost: $(cat "$work/err")"
curl -s -X DELETE "$origin/_sandbox/faults" > /dev/null
landed=$((placed + 1))
[ "$(code_of journal --account adility-demo --format json)" = 1 ] || fail "the open intent is not unknown: $(cat "$work/out" "$work/err")"
open=$(python3 -c 'import json,sys; print([e["id"] for e in json.load(open(sys.argv[1])) if e["outcome"] == "unknown"][0])' "$work/out")
[ "$(code_of journal --settle "$open" placed 999999)" = 66 ] || fail "settling with an id the provider does not know: $(cat "$work/err")"
[ "$(code_of journal --settle "#$open" placed "$landed")" = 0 ] && grep -q "placed as order $landed" "$work/out" \
  || fail "settling by hand: $(cat "$work/out" "$work/err")"
[ "$(code_of journal --account adility-demo)" = 0 ] || fail "the journal is not settled: $(cat "$work/out")"
[ "$(code_of orders --account adility-demo --format json)" = 0 ] && ids_of | grep -qw "$landed" || fail "the settled order is not known: $(ids_of)"
ok

# provider mode on an account without a list names the setting to change; a wrong value is one line, 64.
sed 's/^provider = "adility"$/provider = "adility"\norder_list = "provider"/' "$work/c.toml" > "$work/p.toml"
set +e; HOME=$work "$binary" orders --account adility-demo --config "$work/p.toml" > /dev/null 2> "$work/err"; code=$?; set -e
[ "$code" = 76 ] && grep -q 'set order_list = "known"' "$work/err" || fail "provider mode without a list: $code $(cat "$work/err")"
sed 's/^provider = "adility"$/provider = "adility"\norder_list = "everything"/' "$work/c.toml" > "$work/bad.toml"
set +e; HOME=$work "$binary" orders --config "$work/bad.toml" > /dev/null 2> "$work/err"; code=$?; set -e
[ "$code" = 64 ] && [ "$(wc -l < "$work/err")" = 1 ] && grep -q 'bad.toml:[0-9]*: order_list must be "known"' "$work/err" \
  || fail "a wrong order_list: $code $(cat "$work/err")"
ok

echo "e2e-known-orders: $passed checks passed"
