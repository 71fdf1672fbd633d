"""A real HTTP receiver on 127.0.0.1 that records every request and answers as scripted."""

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    method: str
    path: str
    headers: dict
    body: bytes

    @property
    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Answers each path with the next scripted status (then 200); paths in `hold` wait until
    `release` is set, to play a slow receiver."""

    server: ThreadingHTTPServer = None
    requests: list[Received] = field(default_factory=list)
    script: dict[str, list[int]] = field(default_factory=dict)
    hold: set[str] = field(default_factory=set)
    release: threading.Event = field(default_factory=threading.Event)
    arrived: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str = "/hook") -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def answer_with(self, path: str, *statuses: int) -> None:
        self.script[path] = list(statuses)

    def to(self, path: str) -> list[Received]:
        return [request for request in self.requests if request.path == path]


def receiver_start() -> Receiver:
    receiver = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            receiver.requests.append(
                Received(self.command, self.path, dict(self.headers.items()), body)
            )
            receiver.arrived.set()
            if self.path in receiver.hold:
                receiver.release.wait(timeout=10)
            statuses = receiver.script.get(self.path) or [200]
            status = statuses.pop(0) if len(statuses) > 1 else statuses[0]
            reply = b"ok" if status < 300 else b"receiver says no"
            self.send_response(status)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args):
            pass

    receiver.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.server.daemon_threads = True
    threading.Thread(target=receiver.server.serve_forever, daemon=True).start()
    return receiver


def receiver_stop(receiver: Receiver) -> None:
    receiver.release.set()
    receiver.server.shutdown()
    receiver.server.server_close()
