"""A fake Slack Web API on 127.0.0.1 that the real slack_sdk client talks to over HTTP.

Every call is recorded (method, form or JSON body, headers). Uploads as files_upload_v2 makes them work too:
files.getUploadURLExternal hands out an upload URL on this server, the bytes posted there are kept in `uploads`
(by file id, and recorded as a call named "upload"), and files.completeUploadExternal answers with the files.
Responses default to `{"ok": true}` plus what the method usually returns; a test can script the next responses
of a method (status, body, headers) to play rate limits, server errors and lost replies.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Scripted:
    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    accept: bool = True  # whether the call counts as done (a 500 after accepting still did it)
    drop: bool = False  # close the connection without answering (a lost reply)


class FakeSlack:
    """Start with `with FakeSlack() as slack:`; point slack_sdk at `slack.url`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.accepted: list[Call] = []
        self.scripts: dict[str, deque[Scripted]] = defaultdict(deque)
        self.files: dict[str, bytes] = {}  # path -> content served for file downloads
        self.redirects: dict[str, str] = {}  # path -> where a download there is redirected (302)
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes posted to its upload URL
        # Answers the calls no script is queued for (fault injection at random); called under the fake's lock.
        self.policy: Callable[[str, dict[str, Any]], Scripted] | None = None
        self._lock = threading.Lock()
        self._ts = 1_700_000_000.0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        # A short poll interval, so that stopping the server does not cost each test half a second.
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/"

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeSlack:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def script(self, method: str, *responses: Scripted) -> None:
        """Queue the next responses of `method`; when the queue is empty, calls succeed."""
        self.scripts[method].extend(responses)

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def accepted_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.accepted if c.method == method]

    def _default(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self._ts += 1
            ts = f"{self._ts:.6f}"
        if method == "chat.postMessage":
            return {"ok": True, "channel": body.get("channel", "C1"), "ts": ts, "message": {"text": body.get("text")}}
        if method == "conversations.history":
            return {"ok": True, "messages": self._history(body.get("channel")), "has_more": False}
        if method == "files.getUploadURLExternal":
            file_id = f"F{int(self._ts)}"
            return {"ok": True, "file_id": file_id, "upload_url": f"{self.base}/upload/v1/{file_id}"}
        if method == "files.completeUploadExternal":
            files = json.loads(body.get("files", "[]"))
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}
        if method == "auth.test":
            return {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "url": "https://x.slack.com/"}
        return {"ok": True}

    def _history(self, channel: str | None) -> list[dict[str, Any]]:
        messages = []
        for call in self.accepted_to("chat.postMessage"):
            if call.body.get("channel") != channel:
                continue
            metadata = call.body.get("metadata")
            if isinstance(metadata, str):
                metadata = json.loads(metadata)
            messages.append({"ts": call.body.get("_ts"), "text": call.body.get("text"), "metadata": metadata})
        return list(reversed(messages))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                path = urlparse(self.path).path
                content = fake.files.get(path)
                with fake._lock:
                    fake.calls.append(Call("GET " + path, {}, dict(self.headers)))
                if path in fake.redirects:
                    self.send_response(302)
                    self.send_header("Location", fake.redirects[path])
                    self.end_headers()
                    return
                if content is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def do_POST(self) -> None:
                method = urlparse(self.path).path.rsplit("/", 1)[-1]
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if len(raw) < length:  # the client died half-way through the request: Slack would not act on it
                    return
                if urlparse(self.path).path.startswith("/upload/"):
                    self._uploaded(method, raw)
                    return
                body = _decode(raw, self.headers.get("Content-Type", ""))
                # slack_sdk sends the arguments of "GET" methods (conversations.history...) in the query string.
                query = parse_qs(urlparse(self.path).query)
                body = {**{k: v[0] if len(v) == 1 else v for k, v in query.items()}, **body}
                call = Call(method, body, dict(self.headers))
                with fake._lock:
                    fake.calls.append(call)
                    script = (
                        fake.scripts[method].popleft()
                        if fake.scripts[method]
                        else (fake.policy(method, body) if fake.policy else Scripted())
                    )
                response = script.body if script.body is not None else fake._default(method, body)
                if script.accept:
                    if "ts" in response:
                        body["_ts"] = response["ts"]
                    with fake._lock:
                        fake.accepted.append(call)
                if script.drop:
                    self.close_connection = True
                    self.connection.close()
                    return
                payload = json.dumps(response).encode()
                self.send_response(script.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for key, value in script.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(payload)

            def _uploaded(self, file_id: str, raw: bytes) -> None:
                """The bytes of a file, posted to the URL files.getUploadURLExternal handed out."""
                with fake._lock:
                    fake.uploads[file_id] = raw
                    fake.calls.append(Call("upload", {"file_id": file_id, "bytes": len(raw)}, dict(self.headers)))
                reply = f"OK - {len(raw)}".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        return Handler


def _decode(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return dict(json.loads(raw))
    return {k: v[0] if len(v) == 1 else v for k, v in parse_qs(raw.decode()).items()}
