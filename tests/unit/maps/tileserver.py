"""A tile server on 127.0.0.1 for the tests: tiles coloured by the tile they are, slow, failing
or garbage on demand, and every request it saw."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.unit.maps.tilefiles import colour_of, png


class TileHttpServer:
    """A tile server on 127.0.0.1 serving ``/z/x/y.png`` tiles coloured by
    :func:`colour_of`; ``modes[(z, x, y)]`` (or ``default``) makes a tile ``"slow"`` (held
    until the test ends), ``"404"``, ``"500"``, ``"garbage"`` or ``"close"`` (connection
    closed without an answer). ``requests`` is every (path, User-Agent) it saw."""

    def __init__(self) -> None:
        self.modes: dict[tuple[int, int, int], str] = {}
        self.default = "ok"
        self.requests: list[tuple[str, str]] = []
        self.release = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append((self.path, self.headers.get("User-Agent", "")))
                try:
                    z, x, y = (int(p) for p in self.path.strip("/").removesuffix(".png").split("/"))
                except ValueError:
                    self.send_error(400)
                    return
                mode = owner.modes.get((z, x, y), owner.default)
                if mode == "slow":
                    owner.release.wait()
                    mode = "ok"
                if mode == "close":
                    self.close_connection = True
                    self.connection.close()
                    return
                if mode in ("404", "500"):
                    self.send_error(int(mode))
                    return
                body = b"<html>no tile</html>" if mode == "garbage" else png(colour_of(z, x, y))
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "image/png")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (a timeout, a dropped request)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{{z}}/{{x}}/{{y}}.png"

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
