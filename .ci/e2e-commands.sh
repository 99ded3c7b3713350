#!/usr/bin/env bash
# End to end: the headless commands against `ordercon sandbox`, checking their output
# contracts and exit codes.
set -euo pipefail
cd "$(dirname "$0")/.."

binary="$PWD/.build/debug/ordercon"
work=$(mktemp -d)
sandbox_pid=
trap '[ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
fail() { echo "e2e-commands: $1" >&2; exit 1; }
ok() { passed=$((passed + 1)); }
run() { HOME=$work "$binary" "$@"; }
code_of() { set +e; HOME=$work "$binary" "$@" >"$work/out" 2>"$work/err"; echo $?; set -e; }

# --undocumented-lists: these flows read the Appxite and Adility lists (e2e-known-orders covers the default).
HOME=$work "$binary" sandbox --port 0 --failure-rate 0 --undocumented-lists > "$work/c.toml" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/c.toml" 2>/dev/null && break; sleep 0.1; done
grep -q appxite-demo "$work/c.toml" || fail "the sandbox printed no config"

run --config "$work/c.toml" accounts > "$work/accounts"
[ "$(grep -c 'credentials: ok' "$work/accounts")" = "$(grep -c '^\[\[accounts\]\]$' "$work/c.toml")" ] \
  || fail "accounts: $(cat "$work/accounts")"
grep -q 'wl-free .*read-only' "$work/accounts" || fail "the Free-edition account is not shown read-only"
! grep -Eq 'sandbox-(secret|token|key|subscription)' "$work/accounts" || fail "accounts printed a secret"
ok

for account in wl-demo appxite-demo adobe-demo adility-demo adility-xml mpt-demo; do
  run orders --account "$account" --format json --config "$work/c.toml" > "$work/$account.json"
  python3 - "$work/$account.json" "$account" <<'PY' || fail "orders --format json for $account"
import json, sys
orders = json.load(open(sys.argv[1]))
assert isinstance(orders, list) and orders, "no orders"
keys = {"account", "provider", "id", "phase", "status", "created_at", "updated_at", "total", "items", "degraded"}
for order in orders:
    # Optional keys: not_reread (a last good copy), unpriced (why the provider gave no total),
    # status_meaning (what a status code such as Adobe's 1002 means).
    assert set(order) - {"not_reread", "unpriced", "status_meaning"} == keys, sorted(order)
    assert "unpriced" not in order or isinstance(order["unpriced"], str), order["unpriced"]
    assert "status_meaning" not in order or isinstance(order["status_meaning"], str), order["status_meaning"]
    assert isinstance(order["degraded"], dict)
    assert order["account"] == sys.argv[2]
    assert order["phase"] in {"cart", "draft", "awaitingApproval", "processing", "completed", "failed", "cancelled", "expired", "unknown"}
if sys.argv[2] == "wl-demo":  # its list answer carries no items: they are read per order
    assert all(order["items"] for order in orders), [o["id"] for o in orders if not o["items"]]
PY
done
run --config "$work/c.toml" orders --account wl-demo --format csv > "$work/orders.csv"
[[ "$(sed -n 1p "$work/orders.csv")" == account,provider,id,phase,status,created_at* ]] || fail "csv header"
[ "$(run orders --account wl-demo --phase failed --config "$work/c.toml" | tail -n +2 | awk '{print $4}' | sort -u)" = failed ] || fail "--phase filter"
ok

run status 1038 --account wl-demo --format json --config "$work/c.toml" | python3 -c 'import json,sys; o=json.load(sys.stdin); assert o["id"]=="1038" and o["items"], o' || fail "status --format json"
run status 1038 --config "$work/c.toml" > "$work/status.txt"
grep -q 'Submitted \[processing\]' "$work/status.txt" || fail "status text finds the order in any account"
ok
printf '1038\n1035  # the failed one\n' | run status - --account wl-demo --format json --config "$work/c.toml" \
  | python3 -c 'import json,sys; o=json.load(sys.stdin); assert [r["id"] for r in o]==["1038","1035"], o' || fail "status - reads ids from stdin"
[ "$(code_of status - --config "$work/c.toml" </dev/null)" = 64 ] && grep -q 'no order ids on standard input' "$work/err" \
  || fail "status - with nothing on stdin: one line, exit 64"
ok

[ "$(code_of check --config "$work/c.toml" --account wl-free --stuck-after 7d --failed-within 1m)" = 0 ] || fail "check OK: $(cat "$work/out")"
grep -q '^ORDERCON OK - .* | failed=0' "$work/out" || fail "check OK line: $(cat "$work/out")"
[ "$(code_of check --config "$work/c.toml" --account wl-demo --stuck-after 1h --failed-within 1m)" = 1 ] || fail "check WARNING"
grep -q '^ORDERCON WARNING - ' "$work/out" || fail "check WARNING line"
[ "$(code_of check --config "$work/c.toml" --account wl-demo)" = 2 ] || fail "check CRITICAL"
grep -q '^ORDERCON CRITICAL - 1 failed within 1d: wl-demo/1035' "$work/out" || fail "check CRITICAL line: $(cat "$work/out")"
sed 's#base_url = "http://127.0.0.1:[0-9]*/#base_url = "http://127.0.0.1:1/#; s#token_url = "http://127.0.0.1:[0-9]*/#token_url = "http://127.0.0.1:1/#' "$work/c.toml" > "$work/down.toml"
[ "$(code_of check --config "$work/down.toml" --account adobe-demo)" = 3 ] || fail "check UNKNOWN"
grep -q '^ORDERCON UNKNOWN - Cannot reach adobe-demo' "$work/out" || fail "check UNKNOWN line: $(cat "$work/out")"
ok

start=$SECONDS
[ "$(code_of orders --config "$work/down.toml" --account mpt-demo)" = 69 ] || fail "a closed port is not 69: $(cat "$work/err")"
[ $((SECONDS - start)) -le 15 ] || fail "a closed port took $((SECONDS - start)) s"
[ "$(grep -c . "$work/err")" = 1 ] || fail "unreachable is not one line: $(cat "$work/err")"
ok

printf 'customer = "1001"\n[[items]]\noffer = "MS365-E3"\nquantity = 2\n' > "$work/wl.toml"
[ "$(code_of place --account wl-demo --file "$work/wl.toml" --config "$work/c.toml" < /dev/null)" = 64 ] || fail "place without --yes and no tty"
grep -q 'not placing without --yes' "$work/err" || fail "place without --yes says why"
placed=$(run --config "$work/c.toml" place --account wl-demo --file "$work/wl.toml" --yes | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
[ "$(code_of watch "$placed" --account wl-demo --timeout 1m --interval 0.5 --config "$work/c.toml")" = 0 ] || fail "watch $placed: $(cat "$work/err")"
grep -q "$placed  Executed \[completed\]" "$work/out" || fail "watch printed: $(cat "$work/out")"
ok

printf 'customer = "9876543210"\n[[items]]\noffer = "65304520CA01A12"\nquantity = 3\n' > "$work/adobe.toml"
run place --account adobe-demo --file "$work/adobe.toml" --preview --config "$work/c.toml" > "$work/preview.txt"
grep -q 'total [0-9.]* USD' "$work/preview.txt" || fail "adobe --preview"
[ "$(code_of place --account wl-free --file "$work/wl.toml" --yes --config "$work/c.toml")" = 77 ] || fail "a Free-edition place: not allowed, 77"
grep -q 'Free-edition resellers may only read orders' "$work/err" || fail "a Free-edition place says why"
ok

# Every provider: status of a listed order, then place a one-item order and watch it.
offer_of() {
  python3 - "$work/$1.json" <<'PY'
import json, sys
for order in json.load(open(sys.argv[1])):
    for item in order["items"]:
        print(item["offer"]); sys.exit(0)
sys.exit(1)
PY
}
place_and_watch() {
  local account=$1 expected=$2 file=$3
  placed=$(run place --account "$account" --file "$file" --yes --config "$work/c.toml" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])') \
    || fail "place on $account: $(HOME=$work "$binary" place --account "$account" --file "$file" --yes --config "$work/c.toml" 2>&1 >/dev/null)"
  [ "$(code_of watch "$placed" --account "$account" --timeout 30s --interval 0.5 --config "$work/c.toml")" = "$expected" ] \
    || fail "watch $placed on $account did not exit $expected: $(cat "$work/out" "$work/err")"
}
for account in appxite-demo adobe-demo adility-demo adility-xml mpt-demo; do
  id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$work/$account.json")
  [ "$(code_of status "$id" --account "$account" --format json --config "$work/c.toml")" = 0 ] || fail "status $id on $account"
done
printf 'customer = "8c1f4a52-93d7-4e0b-b6a1-2f5d7c9e0a13"\n[[items]]\noffer = "3d800b57-0958-4d86-a6a6-144243908f4f"\nquantity = 2\n' > "$work/appxite.toml"
place_and_watch appxite-demo 0 "$work/appxite.toml"
place_and_watch adobe-demo 0 "$work/adobe.toml"
printf 'customer_name = "E2E Buyer"\n[[items]]\noffer = "%s"\nquantity = 1\n' "$(offer_of adility-demo)" > "$work/adility.toml"
place_and_watch adility-demo 0 "$work/adility.toml"
place_and_watch adility-xml 0 "$work/adility.toml"
printf 'customer = "LCE-1001-2001-0001"\n[[items]]\noffer = "ITM-5001-0001-0001-0003"\nquantity = 5\n[fields]\n"Microsoft Partner ID" = "1234567"\n' > "$work/mpt.toml"
# The sandbox vendor queries the partner id back: the order waits for the buyer, so the watch times out (1).
place_and_watch mpt-demo 1 "$work/mpt.toml"
grep -q 'Querying' "$work/out" || fail "the mpt order did not reach Querying: $(cat "$work/out")"
ok

# The sandbox's demo credentials are refused for a real provider's account.
printf '[[accounts]]\nname = "real-adobe"\nprovider = "adobe"\nbase_url = "https://partners.adobe.io"\ncustomer_id = "1"\nregion = "NA"\n[accounts.auth]\ntoken_env = "REAL_TOKEN"\napi_key_env = "REAL_KEY"\n' > "$work/real.toml"
[ "$(REAL_TOKEN=sandbox-token REAL_KEY=k3y code_of accounts --config "$work/real.toml")" = 64 ] || fail "demo credentials on a real account"
grep -q "token_env names the sandbox's demo credential" "$work/err" || fail "demo credentials message: $(cat "$work/out" "$work/err")"
! grep -q 'k3y' "$work/out" "$work/err" || fail "a secret was printed"
ok

# Paging through the command: 250 more orders (MPT drafts, 100 a page) all come back.
base=$(grep -o 'http://127.0.0.1:[0-9]*/mpt/public/v1' "$work/c.toml" | sed -n 1p)
python3 - "$base" <<'PY' || fail "could not create 250 MPT orders"
import json, sys, urllib.request
for n in range(250):
    body = json.dumps({"type": "Purchase", "licensee": {"id": "LCE-1001-2001-0002"},
                       "externalIds": {"client": "e2e-paging-%d" % n}}).encode()
    request = urllib.request.Request(sys.argv[1] + "/commerce/orders", data=body, method="POST",
                                     headers={"Authorization": "Bearer sandbox-token", "Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
PY
count=$(run orders --account mpt-demo --stage draft --format json --config "$work/c.toml" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$count" -ge 250 ] || fail "orders returned $count MPT drafts, not all 250+"
ok

# Exit codes from the table (README, --help): not found 66, unreachable 69, and the table itself.
[ "$(code_of status 999999 --account wl-demo --config "$work/c.toml")" = 66 ] || fail "status of an unknown order: exit 66, got $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "status of an unknown order printed on stdout: $(cat "$work/out")"
sed 's#http://127.0.0.1:[0-9]*#http://127.0.0.1:1#' "$work/c.toml" > "$work/closed.toml"
[ "$(code_of orders --account wl-demo --config "$work/closed.toml")" = 69 ] || fail "orders from a closed port: exit 69"
[ ! -s "$work/out" ] || fail "orders printed on stdout although nothing was read: $(cat "$work/out")"
run --help | grep -q '76  refused by the provider' || fail "--help shows no exit-code table"
ok

# A reader that goes away: writing to a closed pipe ends quietly (0 or 141), no crash report.
set +e
seq 1000 1040 | HOME=$work "$binary" status - --account wl-demo --config "$work/c.toml" 2>"$work/pipe.err" | head -1 > /dev/null
pipe_code=${PIPESTATUS[1]}
set -e
{ [ "$pipe_code" = 0 ] || [ "$pipe_code" = 141 ] || [ "$pipe_code" = 1 ]; } || fail "status into a closed pipe exited $pipe_code"
! grep -qi 'fatal error\|backtrace\|crash' "$work/pipe.err" || fail "status into a closed pipe crashed: $(head -3 "$work/pipe.err")"
ok

# A sandbox whose answers vary as real ones do: every white-label order but the spoiled one
# is printed, the spoiled one is named on stderr, and the exit code is 1 (partial).
HOME=$work "$binary" sandbox --port 0 --failure-rate 0 --undocumented-lists --variations seed=7 > "$work/v.toml" 2>/dev/null &
varied_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/v.toml" 2>/dev/null && break; sleep 0.1; done
[ "$(code_of orders --account wl-demo --format json --config "$work/v.toml")" = 1 ] || fail "orders on varied answers: exit 1, got $(cat "$work/err")"
grep -q 'unreadable (Id: expected an id, got a list); the rest is shown' "$work/err" || fail "the unreadable order is not named: $(cat "$work/err")"
python3 - "$work/out" "$work/wl-demo.json" <<'PY' || fail "orders on varied answers lost an order"
import json, sys
varied = json.load(open(sys.argv[1]))
plain = json.load(open(sys.argv[2]))
read = [o for o in varied if "unreadable" not in o]
named = [o for o in varied if "unreadable" in o]
assert len(named) == 1 and len(read) == len(plain) - 1, (len(named), len(read), len(plain))
PY
kill "$varied_pid" 2>/dev/null
ok

run --generate-completion-script bash > "$work/completion.bash"
grep -q '_ordercon' "$work/completion.bash" || fail "bash completion script"
ok

echo "e2e-commands: $passed passed, 0 failed"
