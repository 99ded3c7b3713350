#!/usr/bin/env bash
# End to end: `ordercon sandbox` prints a config that the console accepts as it is; the
# Free-edition account is read-only and says why; bad config and unreachable URLs get one
# line each, never a crash.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-config
passed=0

console() {
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 100 -y 30 \
    "env -i HOME=$work PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 $binary $*; echo EXIT=\$?; sleep 30"
}

HOME=$work "$binary" sandbox --port 0 > "$work/config.toml" 2> "$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'wl-free' "$work/config.toml" 2>/dev/null && break; sleep 0.1; done
grep -q '^\[\[accounts\]\]' "$work/config.toml" || fail "ordercon sandbox printed no config"
[ "$(stat -c %a "$work/.local/state/ordercon/sandbox-secrets.toml")" = 600 ] || fail "sandbox secrets file is not 0600"
! grep -Eq '"(sandbox-secret|sandbox-client|demo|demo-free)"' "$work/config.toml" || fail "the printed config contains a secret"
passed=$((passed + 1))

console --config "$work/config.toml" --account wl-free
wait_for 'wl-free \(read-only\)'
wait_for 'Status \([0-9]+\)'
tmux send-keys -t "$session" n
wait_for 'New draft is not available: Free-edition resellers may only read orders'
tmux send-keys -t "$session" q
wait_for 'EXIT=0'
passed=$((passed + 1))

printf 'bogus = 1\n' > "$work/bad.toml"
set +e
message=$(HOME=$work "$binary" --config "$work/bad.toml" 2>&1 </dev/null)
code=$?
set -e
[ "$code" = 64 ] || fail "a bad config exited $code, not 64"
[ "$message" = "ordercon: $work/bad.toml:1: unknown key 'bogus'; known keys: settings, accounts, keys" ] || fail "bad config said: $message"
[ "$(printf '%s\n' "$message" | wc -l)" = 1 ] || fail "the bad-config message is not one line"
passed=$((passed + 1))

# A refused config writes nothing (no log, no database), whichever command reads it, and
# plain http goes only to this machine, decided by the address.
refused() {
  local name=$1 text=$2
  local home="$work/refused-$name"
  mkdir -p "$home"
  printf '%b\n' "$text" > "$home/c.toml"
  for command in orders accounts status; do
    set +e
    message=$(env -i HOME="$home" PATH=/usr/bin:/bin "$binary" "$command" --config "$home/c.toml" 1042 2>&1 </dev/null)
    code=$?
    set -e
    [ "$code" = 64 ] || fail "$name: $command exited $code, not 64 ($message)"
    [ "$(printf '%s\n' "$message" | wc -l)" = 1 ] || fail "$name: $command said more than one line: $message"
    written=$(find "$home" -type f ! -name c.toml ! -name s.toml)
    [ -z "$written" ] || fail "$name: $command wrote $written"
  done
}
account='[[accounts]]\nname = "x"\nprovider = "whitelabel"'
refused keys "[keys]\nplace = \"nonsense\"\n$account\nbase_url = \"https://a.example\"\n[accounts.auth]\ntoken_env = \"HOME\""
refused unset-secret "$account\nbase_url = \"https://a.example\"\n[accounts.auth]\ntoken_env = \"ORDERCON_E2E_UNSET\""
for host in 127.evil.example 127.0.0.1.evil.example localhost.evil.example 127.0.0.1@example.com 127.1 0177.0.0.1 2130706433 0x7f.0.0.1 '[::ffff:127.0.0.1]'; do
  refused "host-$host" "$account\nbase_url = \"http://$host/api\"\n[accounts.auth]\ntoken_env = \"HOME\""
done
mkdir -p "$work/refused-secrets" && printf 'T = "x"\n' > "$work/refused-secrets/s.toml" && chmod 644 "$work/refused-secrets/s.toml"
refused secrets "[settings]\nsecrets_file = \"$work/refused-secrets/s.toml\"\n$account\nbase_url = \"https://a.example\"\n[accounts.auth]\ntoken_env = \"HOME\""
echo "e2e-config: 12 refused configs wrote nothing, each with one line and exit 64"
passed=$((passed + 1))

sed 's#base_url = "http://127.0.0.1:[0-9]*/whitelabel"#base_url = "http://127.0.0.1:1/whitelabel"#' "$work/config.toml" > "$work/unreachable.toml"
console --config "$work/unreachable.toml"
wait_for 'Cannot reach wl-demo: 127.0.0.1:1 refused the connection' 20
tmux send-keys -t "$session" q
wait_for 'EXIT=0'
passed=$((passed + 1))

# :all lists what needs attention in every account, tagged with the account.
console
wait_for 'Status \([0-9]+\)'
tmux send-keys -t "$session" : a l l Enter
wait_for 'All accounts'
for account in wl-demo wl-free appxite-demo adobe-demo mpt-demo; do wait_for "  $account +[a-z]+ " 20; done
! on_screen '⚠' || fail "an account failed in the all-accounts view"
tmux send-keys -t "$session" Escape q
wait_for 'EXIT=0'
passed=$((passed + 1))

# The filter narrows a list of 1000 orders: 1000 MPT drafts for three customers.
base=$(grep -o 'http://127.0.0.1:[0-9]*/mpt/public/v1' "$work/config.toml" | sed -n 1p)
python3 - "$base" <<'PY' || fail "could not create 1000 MPT orders"
import json, sys, urllib.request
licensees = ["LCE-1001-2001-0001", "LCE-1001-2001-0002", "LCE-1001-2001-0003"]
for n in range(1000):
    body = json.dumps({"type": "Purchase", "licensee": {"id": licensees[n % 3]},
                       "externalIds": {"client": "e2e-filter-%d" % n}}).encode()
    request = urllib.request.Request(sys.argv[1] + "/commerce/orders", data=body, method="POST",
                                     headers={"Authorization": "Bearer sandbox-token", "Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
PY
console --config "$work/config.toml" --account mpt-demo
wait_for 'Drafts \(1[0-9]{3}\)' 30
all=$(screen | grep -Eo 'Drafts \([0-9]+\)' | grep -Eo '[0-9]+')
tmux send-keys -t "$session" BTab /
tmux send-keys -t "$session" -l "Contoso"
wait_for 'Drafts \([0-9]+\) · /Contoso'
narrowed=$(screen | grep -Eo 'Drafts \([0-9]+\) · /Contoso' | grep -Eo '[0-9]+' | sed -n 1p)
[ "$narrowed" -ge 333 ] && [ "$narrowed" -lt "$all" ] || fail "the filter kept $narrowed of $all drafts"
tmux send-keys -t "$session" Enter Escape
wait_for "Drafts \($all\)"
tmux send-keys -t "$session" q
wait_for 'EXIT=0'
echo "e2e-config: the filter narrowed $all drafts to $narrowed"
passed=$((passed + 1))

echo "e2e-config: $passed passed, 0 failed"
