"""Two server processes on one database (behind a load balancer) act as one server."""

from __future__ import annotations

import json

import httpx
from tests.sync.conftest import MakeLaptop, RunningServer, assert_equal_to_server
from tests.sync.helpers import add_contact, edit_contact, field

from crmdesk.sync import tls


def test_laptops_on_different_server_processes_converge_and_tokens_work_on_both(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    second = RunningServer(server.store, server.data_dir)  # same database, same certificate
    second.fingerprint = server.fingerprint
    second.start()
    try:
        server.add_user("anna")
        server.add_user("ben")
        a = make_laptop(server, "anna")
        b = make_laptop(second, "ben")
        cid = add_contact(a.db, "Somchai")
        a.sync.sync_once()
        b.sync.sync_once()
        edit_contact(b.db, cid, title="Buyer")
        b.sync.sync_once()
        a.sync.sync_once()
        assert field(a.db, "contacts", cid, "title") == "Buyer"
        assert_equal_to_server(a, server.store)
        assert_equal_to_server(b, server.store)
        pem = (server.data_dir / "cert.pem").read_text()
        with httpx.Client(base_url=second.url, verify=tls.pinned_context(pem)) as http:
            answer = http.post(
                "/v1/handshake",
                content=json.dumps({"protocol": 1}),
                headers={"Authorization": f"Bearer {a.sync._access}"},
            )
        assert answer.status_code == 200
    finally:
        second.stop()
