#!/usr/bin/env bash
# End to end: `ordercon sandbox --tls` serves https that curl trusts with the CA it wrote and
# its printed config names with ca_file; `ordercon doctor` reports each step against it, a
# closed port and an unknown CA, with the documented exit codes; bad network settings get
# one line naming the setting and its line, exit 64, and nothing is written.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=tty-lib.sh
source "$PWD/.ci/tty-lib.sh"
e2e_begin e2e-network
passed=0

HOME=$work "$binary" sandbox --port 0 --tls > "$work/config.toml" 2> "$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do grep -q 'appxite-demo' "$work/config.toml" 2>/dev/null && break; sleep 0.1; done
grep -q appxite-demo "$work/config.toml" || fail "ordercon sandbox --tls printed no config: $(cat "$work/sandbox.err")"
ca="$work/.local/state/ordercon/sandbox-ca.pem"
accounts=$(grep -c '^\[\[accounts\]\]$' "$work/config.toml")
[ "$accounts" -ge 7 ] || fail "the printed config has $accounts accounts"
[ "$(grep -c "^ca_file = \"$ca\"$" "$work/config.toml")" = "$accounts" ] || fail "the printed config does not name $ca for every account"
grep -q 'BEGIN CERTIFICATE' "$ca" || fail "no CA certificate at $ca"
! grep -q 'PRIVATE KEY' "$ca" || fail "the CA file holds a key"
origin=$(sed -n 's/^# ordercon sandbox listening on \(https:[^ ]*\)$/\1/p' "$work/config.toml")
[ -n "$origin" ] || fail "the sandbox does not say it listens on https"
# Another TLS client (OpenSSL's, through curl) trusts the generated chain with the CA alone.
curl -sS --fail --cacert "$ca" -o /dev/null "$origin/mpt/public/v1/commerce/orders" -H 'Authorization: Bearer x' 2>"$work/curl.err" \
  || grep -q 'returned error: 401' "$work/curl.err" || fail "curl does not trust the sandbox: $(cat "$work/curl.err")"
! curl -sS -o /dev/null "$origin/" 2>/dev/null || fail "curl trusted the sandbox without its CA"
passed=$((passed + 1))

doctor() {  # doctor NAME CONFIG ACCOUNT: runs doctor, keeps its output, prints its exit code
  set +e
  HOME=$work "$binary" doctor --account "$3" --config "$2" > "$work/doctor-$1.out" 2> "$work/doctor-$1.err"
  echo $?
  set -e
}
[ "$(doctor ok "$work/config.toml" mpt-demo)" = 0 ] || fail "doctor on the TLS sandbox: $(cat "$work/doctor-ok.out" "$work/doctor-ok.err")"
for step in 'route    ok      direct, system CAs \+ ' 'DNS      ok      127.0.0.1 → 127.0.0.1' 'TCP      ok      connected to 127.0.0.1:' \
            'TLS      ok      TLSv1.3, subject CN=localhost,O=ordercon, issuer CN=ordercon sandbox CA,O=ordercon, expires ' \
            'HTTP     ok      GET /commerce/orders.* → HTTP 200 \(1 request, [0-9]+ ms\): [0-9]+ orders read'; do
  grep -Eq "^$step" "$work/doctor-ok.out" || fail "doctor printed no /$step/: $(cat "$work/doctor-ok.out")"
done
passed=$((passed + 1))

grep -v '^ca_file' "$work/config.toml" > "$work/untrusted.toml"
[ "$(doctor untrusted "$work/untrusted.toml" mpt-demo)" = 69 ] || fail "doctor with an unknown CA did not exit 69"
grep -q '^TLS      failed  TLS to 127.0.0.1:[0-9]* failed: the certificate is signed by an unknown CA: add its CA with ca_file$' \
  "$work/doctor-untrusted.out" || fail "doctor with an unknown CA: $(cat "$work/doctor-untrusted.out")"
sed 's#^base_url = "https://127.0.0.1:[0-9]*#base_url = "https://127.0.0.1:1#' "$work/config.toml" > "$work/closed.toml"
[ "$(doctor closed "$work/closed.toml" mpt-demo)" = 69 ] || fail "doctor on a closed port did not exit 69"
grep -q '^TCP      failed  127.0.0.1:1: 127.0.0.1:1 refused the connection' "$work/doctor-closed.out" \
  || fail "doctor on a closed port: $(cat "$work/doctor-closed.out")"
! grep -q '^TLS\|^HTTP' "$work/doctor-closed.out" || fail "doctor went on past a failed step"
passed=$((passed + 1))

# Bad network settings: one line naming the setting and its line, exit 64, nothing written.
bad() {  # bad NAME SETTING-LINE EXPECTED
  local dir="$work/bad-$1"
  mkdir -p "$dir"
  awk -v line="$2" '{ print } /^name = "mpt-demo"$/ { print line }' "$work/untrusted.toml" > "$dir/config.toml"
  set +e
  message=$(HOME=$dir "$binary" orders --account mpt-demo --config "$dir/config.toml" 2>&1)
  code=$?
  set -e
  [ "$code" = 64 ] || fail "$1: exit $code, not 64: $message"
  [ "$(wc -l <<<"$message")" = 1 ] || fail "$1: more than one line: $message"
  grep -Eq "$3" <<<"$message" || fail "$1: no /$3/ in: $message"
  ! grep -q hunter2 <<<"$message" || fail "$1: the message shows the proxy's password"
  # The log file is opened before the config is read; nothing may be in it, and no database made.
  [ -z "$(find "$dir" -path "$dir/config.toml" -prune -o -type f -size +0 -print -o -name '*.sqlite*' -print)" ] \
    || fail "$1: something was written: $(find "$dir" -type f)"
}
printf 'hello\n' > "$work/not-pem.txt"
cat "$ca" > "$work/with-key.pem"
printf -- '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n' >> "$work/with-key.pem"
bad proxy-port 'proxy = "http://proxy.example:99999"' 'config.toml:[0-9]+: proxy .*proxy.example.* (is not a proxy URL|has no valid port)'
bad proxy-scheme 'proxy = "socks5://user:hunter2@proxy.example:1080"' 'config.toml:[0-9]+: proxy .* uses socks5'
bad ca-missing "ca_file = \"$work/missing.pem\"" "config.toml:[0-9]+: ca_file $work/missing.pem cannot be read"
bad ca-not-pem "ca_file = \"$work/not-pem.txt\"" "config.toml:[0-9]+: ca_file $work/not-pem.txt is not a PEM certificate file"
bad ca-key "ca_file = \"$work/with-key.pem\"" "config.toml:[0-9]+: ca_file $work/with-key.pem holds a private key"
passed=$((passed + 1))

# `accounts` says per account which route and which CAs apply; a proxy's password never shows.
awk '{ print } /^name = "mpt-demo"$/ { print "proxy = \"http://user:hunter2@proxy.example:3128\"" }' "$work/config.toml" \
  > "$work/routes.toml"
HOME=$work "$binary" accounts --config "$work/routes.toml" > "$work/accounts.out" 2>&1 || true
grep -q "^mpt-demo .*via http://…@proxy.example:3128 (proxy), system CAs + $ca" "$work/accounts.out" \
  || fail "accounts does not show mpt-demo's proxy and CA: $(cat "$work/accounts.out")"
# Every account but mpt-demo (behind the proxy) is direct.
[ "$(grep -c "direct, system CAs + $ca" "$work/accounts.out")" = $((accounts - 1)) ] || fail "accounts: $(cat "$work/accounts.out")"
! grep -q hunter2 "$work/accounts.out" || fail "accounts shows the proxy's password"
passed=$((passed + 1))

echo "e2e-network: $passed passed, 0 failed"
