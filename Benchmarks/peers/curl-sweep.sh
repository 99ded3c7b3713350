#!/usr/bin/env bash
# Peer for ordercon-bench: the status of every order in IDS_FILE, one curl process after
# another, as a shell script would do it. Prints each order's JSON.
# Usage: curl-sweep.sh MPT_BASE_URL TOKEN IDS_FILE QUERY
# QUERY is what ordercon status asks for (its `select`), so both send the same request.
set -euo pipefail
base=$1
token=$2
query=$4
while read -r id; do
  [ -n "$id" ] || continue
  curl -sf -H "Authorization: Bearer $token" -H "Accept: application/json" "$base/commerce/orders/$id?$query"
  echo
done < "$3"
