#!/usr/bin/env bash
# End to end: no secret ever leaks. The sandbox accepts distinctive credentials found
# nowhere else; the console browses, opens the event log and places an order with every
# provider, then quits; the headless commands run, one failing and one with a refused
# credential. Then the log, the SQLite files, the golden screens, every screen captured
# (the event log among them) and every stdout/stderr are searched for each secret.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-secrets
mkdir -p "$work/captures" "$work/out"

tag=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
cat > "$work/credentials.toml" <<EOF
bearer_token = "tok-LEAKCHECK-$tag-bearer"
api_key = "key-LEAKCHECK-$tag-api"
subscription_key = "sub-LEAKCHECK-$tag-subscription"
client_id = "cid-LEAKCHECK-$tag-client"
client_secret = "sec-LEAKCHECK-$tag-client"
username = "usr-LEAKCHECK-$tag-user"
free_edition_username = "usr-LEAKCHECK-$tag-free"
password = "pwd-LEAKCHECK-$tag-password"
EOF
wrong="tok-LEAKCHECK-$tag-refused"
proxy_user="prx-LEAKCHECK-$tag-user"
proxy_password="prx-LEAKCHECK-$tag-password"
sed -n 's/^[a-z_]* = "\(.*\)"$/\1/p' "$work/credentials.toml" > "$work/secrets.txt"
printf '%s\n' "$wrong" "$proxy_user" "$proxy_password" >> "$work/secrets.txt"

HOME=$work "$binary" sandbox --port 0 --failure-rate 0 --undocumented-lists --credentials "$work/credentials.toml" \
  > "$work/config.toml" 2> "$work/out/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/config.toml" 2>/dev/null && break; sleep 0.1; done
grep -q appxite-demo "$work/config.toml" || fail "the sandbox printed no config"
cp "$work/config.toml" "$work/out/sandbox.out"

captured=0
capture() { captured=$((captured + 1)); screen > "$work/captures/$(printf %03d $captured)-$1.txt"; }
event_log() {
  keys :
  tmux send-keys -t "$session" -l log
  keys Enter
  wait_for '(GET|POST) +[0-9]{3} .* ms +/'
  capture "event-log-$1"
  keys Escape
}
place_cart() {
  keys a
  wait_for 'Add item: choose an offer|▸ Microsoft 365 E3 '
  wait_loaded
  keys Enter
  wait_for 'How many'
  keys BSpace 1 Enter
  wait_for 'Added .* ×1 to'
  keys p
  wait_for 'Place (order|cart) '
  capture "confirm-$1"
  keys y
  wait_for 'Order [^ ]+ placed'
  capture "placed-$1"
}

# The console: browse, detail, event log, and a placement with every provider.
tmux new-session -d -s "$session" -x 120 -y 40 \
  "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 $binary --config $work/config.toml 2> $work/out/console.err; echo EXIT=\$?; sleep 60"
wait_for 'Status \([0-9]+\)'
capture start
keys Tab
sleep 0.3
keys Enter
wait_for '─ Order [0-9]+ ─'
capture detail
keys Escape
event_log wl-demo
keys n
wait_for 'Acme GmbH +#1001'
keys Down Enter
wait_for 'Draft [0-9]+ created'
place_cart wl-demo
for account in appxite-demo adobe-demo adility-xml mpt-demo; do
  switch_to "$account"
  capture "$account"
  event_log "$account"
done
switch_to adility-demo
keys n
wait_for 'Who is it for'
tmux send-keys -t "$session" -l "Leak Check"
keys Enter
wait_for 'New cart for Leak Check'
place_cart adility-demo
event_log all
keys q
wait_for 'EXIT=0' 10
capture quit

# The commands, each with its stdout and stderr kept.
run() {
  local name=$1; shift
  set +e
  HOME=$work "$binary" "$@" > "$work/out/$name.out" 2> "$work/out/$name.err"
  echo $?
  set -e
}
[ "$(run accounts --config "$work/config.toml" accounts)" = 0 ] || fail "accounts failed"
[ "$(run orders-all orders --all-accounts --config "$work/config.toml")" = 0 ] || fail "orders --all-accounts failed"
for account in wl-demo appxite-demo adobe-demo adility-demo adility-xml mpt-demo; do
  [ "$(run "orders-$account" orders --account "$account" --format json --config "$work/config.toml")" = 0 ] \
    || fail "orders on $account: $(cat "$work/out/orders-$account.err")"
done
[ "$(run status status 1038 --account wl-demo --config "$work/config.toml")" = 0 ] || fail "status failed"
printf 'customer = "1001"\n[[items]]\noffer = "MS365-E3"\nquantity = 2\n' > "$work/order.toml"
[ "$(run place place --account wl-demo --file "$work/order.toml" --yes --config "$work/config.toml")" = 0 ] \
  || fail "place failed: $(cat "$work/out/place.err")"
[ "$(run failing status no-such-order --account mpt-demo --config "$work/config.toml")" != 0 ] || fail "a missing order did not fail"
[ "$(MPT_DEMO_TOKEN=$wrong run refused orders --account mpt-demo --config "$work/config.toml")" = 77 ] \
  || fail "a refused token did not exit 77: $(cat "$work/out/refused.err")"
# Proxy credentials: an account behind a proxy that is down, and one whose URL is malformed.
awk -v proxy="proxy = \"http://$proxy_user:$proxy_password@127.0.0.1:1\"" '{ print } /^name = "mpt-demo"$/ { print proxy }' \
  "$work/config.toml" > "$work/proxied.toml"
[ "$(run proxied-accounts accounts --config "$work/proxied.toml")" = 0 ] || fail "accounts with a proxy failed"
grep -q 'via http://…@127.0.0.1:1 (proxy)' "$work/out/proxied-accounts.out" || fail "accounts does not show the proxy"
[ "$(run proxied-orders orders --account mpt-demo --config "$work/proxied.toml")" = 69 ] \
  || fail "orders through a proxy that is down did not exit 69: $(cat "$work/out/proxied-orders.err")"
[ "$(run proxied-doctor doctor --account mpt-demo --config "$work/proxied.toml")" = 69 ] \
  || fail "doctor through a proxy that is down did not exit 69: $(cat "$work/out/proxied-doctor.out")"
sed "s#@127.0.0.1:1\"#@127.0.0.1:99999\"#" "$work/proxied.toml" > "$work/malformed-proxy.toml"
[ "$(run malformed-proxy accounts --config "$work/malformed-proxy.toml")" = 64 ] || fail "a malformed proxy URL did not exit 64"

# The scan finds them where they belong (so zero hits below means something), and the
# accounts really used them.
[ "$(grep -c -F -f "$work/secrets.txt" "$work/.local/state/ordercon/sandbox-secrets.toml")" -ge 8 ] \
  || fail "the sandbox secrets file does not hold the distinctive credentials"
[ "$(grep -c 'credentials: ok' "$work/out/accounts.out")" = "$(grep -c '^\[\[accounts\]\]$' "$work/config.toml")" ] \
  || fail "accounts: $(cat "$work/out/accounts.out")"

# The scan: every secret, and anything shaped like a bearer token or an issued whitelabel token.
mapfile -t goldens < <(find Tests/TerminalUITests/Snapshots -type f)
files=("$work/.local/state/ordercon/ordercon.log" "$work"/.local/state/ordercon/*.sqlite* "${goldens[@]}"
       "$work"/captures/* "$work"/out/*)
sqlite=$(find "$work/.local/state/ordercon" -name '*.sqlite*' | wc -l)
[ "$sqlite" -ge 1 ] || fail "no SQLite file to scan"
hits=$(cat "${files[@]}" | grep -a -c -F -f "$work/secrets.txt" || true)
if [ "$hits" != 0 ]; then
  grep -a -n -o -F -f "$work/secrets.txt" "${files[@]}" | sort | uniq -c >&2
  fail "$hits lines hold a secret"
fi
shapes=$(cat "${files[@]}" | grep -a -c -E -i 'bearer [a-z0-9]|authorization:|wl-[0-9a-f]{8}-[0-9a-f]{4}-' || true)
[ "$shapes" = 0 ] || fail "$shapes lines hold something shaped like a token: $(grep -a -l -E -i 'bearer [a-z0-9]|authorization:|wl-[0-9a-f]{8}-[0-9a-f]{4}-' "${files[@]}")"
events=$(ls "$work"/captures/*event-log* | wc -l)
echo "e2e-secrets: 0 hits for $(wc -l < "$work/secrets.txt") secrets in ${#files[@]} files: the log, $sqlite SQLite files, \
${#goldens[@]} golden screens, $captured screen captures ($events of the event log), \
$(ls "$work"/out | wc -l) stdout/stderr files"
