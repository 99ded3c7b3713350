#!/usr/bin/env python3
"""Peer for ordercon-bench: the status of every order in IDS_FILE over one
requests.Session (a kept-alive connection), one request after another. Prints one JSON
object per order. Needs the requests module (pip install requests).

Usage: requests-sweep.py MPT_BASE_URL TOKEN IDS_FILE QUERY

QUERY is what ordercon status asks for (its `select`), so both send the same request.
"""
import json
import sys

import requests

base, token, ids_path, query = sys.argv[1:5]
with requests.Session() as session, open(ids_path) as ids:
    session.headers["Authorization"] = f"Bearer {token}"
    session.headers["Accept"] = "application/json"
    for line in ids:
        order_id = line.strip()
        if not order_id:
            continue
        response = session.get(f"{base}/commerce/orders/{order_id}?{query}", timeout=30)
        response.raise_for_status()
        print(json.dumps({"id": order_id, "status": response.json()["status"]}))
