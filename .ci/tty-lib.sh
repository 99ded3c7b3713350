# Helpers for the tmux end-to-end scripts: source it, then `e2e_begin NAME`.

# Each script has a tmux server of its own, holding a session that outlives the tests'
# sessions: a server exits when its last session is killed, and a new-session sent in
# that moment fails with "server exited unexpectedly". The user's tmux is never touched.
tmux_dir=$(mktemp -d)
tmux() { command tmux -S "$tmux_dir/socket" "$@"; }
command tmux -S "$tmux_dir/socket" -f /dev/null new-session -d -s keeper 'sleep 86400'
stop_tmux() { command tmux -S "$tmux_dir/socket" kill-server 2>/dev/null || true; rm -rf "$tmux_dir"; }

# Builds the binary if needed and sets `binary`, a scratch folder `work`, the tmux
# `session` and `e2e_name` (the prefix of messages); on exit the session, a sandbox
# started into `sandbox_pid` and the folder go.
e2e_begin() {
  e2e_name=$1
  swift build --product ordercon 2>&1 | grep -E 'error|Build complete' || true
  binary="$PWD/.build/debug/ordercon"
  work=$(mktemp -d)
  session="ordercon-$1-$$"
  sandbox_pid=
  trap 'stop_tmux; [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT
}

screen() { tmux capture-pane -p -t "$session"; }

# Matches the screen against a regex; the capture is taken whole first, so that grep
# quitting early can never break the pipe (which pipefail would count as a failure).
on_screen() { local text; text=$(screen); grep -Eq -- "$1" <<<"$text"; }

# Stops the script with a message, and the screen when there is one to show.
fail() {
  echo "$e2e_name: $1" >&2
  if tmux has-session -t "$session" 2>/dev/null; then
    echo "$e2e_name: the screen shows:" >&2
    screen >&2
  fi
  exit 1
}

# Waits until the screen matches a regex (default 15 s).
wait_for() {
  local end=$((SECONDS + ${2:-15}))
  while [ $SECONDS -lt $end ]; do on_screen "$1" && return 0; sleep 0.1; done
  fail "no /$1/ on screen within ${2:-15}s"
}

keys() { tmux send-keys -t "$session" "$@"; }

# Waits until no list or form on screen is still loading.
wait_loaded() {
  local end=$((SECONDS + 15))
  while [ $SECONDS -lt $end ]; do on_screen 'Loading…|Loading the form' || return 0; sleep 0.1; done
  fail "a list stayed loading"
}

# On a white-label account: n, the customer Acme GmbH, and waits for the draft; sets `order`.
new_wl_draft() {
  keys n
  wait_for 'Acme GmbH +#1001'
  keys Down
  wait_for '▸ Acme GmbH'
  keys Enter
  wait_for 'Draft [0-9]+ created'
  order=$(screen | grep -Eo 'Draft [0-9]+ created' | grep -Eo '[0-9]+' | sed -n 1p)
}

# Switches the console to account $1 with A and waits for its Status pane.
switch_to() {
  keys A
  wait_for 'Switch account'
  tmux send-keys -t "$session" -l "$1"
  wait_for "▸ $1 "
  keys Enter
  wait_for "· $1 "
  wait_for 'Status \([0-9]+\)'
}
