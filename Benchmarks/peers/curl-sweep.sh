#!/usr/bin/env bash
# Peer for ordercon-bench: the status of every order in IDS_FILE, one curl process after
# another, as a shell script would do it. Prints each order's JSON.
# Usage: curl-sweep.sh MPT_BASE_URL TOKEN IDS_FILE
set -euo pipefail
base=$1
token=$2
while read -r id; do
  [ -n "$id" ] || continue
  curl -sf -H "Authorization: Bearer $token" "$base/commerce/orders/$id"
  echo
done < "$3"
