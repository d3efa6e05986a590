"""A loopback proxy for fault injection: latency, throttling, cuts and named trigger points.

``tests.sync.proxy.CuttingProxy`` cuts the first connections at a fixed place; the fault
suite needs more: slow and throttled links, a cut after N bytes of the whole upload (so it
lands in whichever batch is travelling), and two hooks that let the harness SIGKILL a process
at an exact moment: ``on_upload_bytes`` (the request body is half-way through the wire) and
``on_batch_reply`` (the office has committed a batch and is answering). When a hook fires,
the proxy stops forwarding and drops that connection, so nothing after the trigger point
reaches either side. Requests and replies are lock-step (HTTP/1.1 without pipelining), so a
chunk that starts with a request or status line starts a new message.
"""

import contextlib
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

_BATCH_ID = re.compile(rb'"batch_id":"([^"]{1,64})"')


@dataclass
class LinkFaults:
    latency: float = 0.0
    """Seconds added before each request and each reply is forwarded."""
    bytes_per_second: float | None = None
    cut_after_upload_bytes: int | None = None
    """Drop the connection carrying upload byte N (counted over every connection), once."""


class FaultProxy:
    def __init__(self, target_port: int, faults: LinkFaults | None = None) -> None:
        self.target_port = target_port
        self.faults = faults or LinkFaults()
        self.on_upload_bytes: tuple[int, Callable[[], None]] | None = None
        """(N, hook): call ``hook`` once, instead of forwarding upload byte N."""
        self.on_batch_reply: tuple[int, Callable[[], None]] | None = None
        """(k, hook): call ``hook`` once, instead of forwarding the k-th batch reply."""
        self.uploaded = 0
        self.cuts = 0
        self.batch_posts: Counter[str] = Counter()
        """How many times each batch id was posted (a resend shows as a count above 1)."""
        self._batch_replies = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._listener.close()

    def resent_batches(self) -> int:
        return sum(count - 1 for count in self.batch_posts.values())

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()  # the office is down: the desk sees a refused connection
                continue
            link = _Link(client, upstream)
            threading.Thread(target=self._upload, args=(link,), daemon=True).start()
            threading.Thread(target=self._download, args=(link,), daemon=True).start()

    def _upload(self, link: "_Link") -> None:
        with contextlib.suppress(OSError):
            while data := link.client.recv(16384):
                if data.startswith(b"POST /v1/batches"):
                    link.posting_batch = True
                    self._delay()
                elif data[:4] in (b"GET ", b"POST"):
                    link.posting_batch = False
                    self._delay()
                if found := _BATCH_ID.search(data[:4096]):
                    with self._lock:
                        self.batch_posts[found.group(1).decode()] += 1
                if self._upload_fault(len(data)):
                    break
                link.upstream.sendall(data)
                self._throttle(len(data))
        link.close()

    def _upload_fault(self, size: int) -> bool:
        """Account ``size`` upload bytes; True when this chunk must not go through."""
        hook = None
        with self._lock:
            before, self.uploaded = self.uploaded, self.uploaded + size
            cut = self.faults.cut_after_upload_bytes
            if cut is not None and before < cut <= self.uploaded:
                self.cuts += 1
                return True
            if self.on_upload_bytes and before < self.on_upload_bytes[0] <= self.uploaded:
                hook, self.on_upload_bytes = self.on_upload_bytes[1], None
        if hook:
            hook()
            return True
        return False

    def _download(self, link: "_Link") -> None:
        with contextlib.suppress(OSError):
            while data := link.upstream.recv(16384):
                if data.startswith(b"HTTP/1."):
                    self._delay()
                    if link.posting_batch and self._batch_reply_fault():
                        break
                link.client.sendall(data)
                self._throttle(len(data))
        link.close()

    def _batch_reply_fault(self) -> bool:
        with self._lock:
            self._batch_replies += 1
            if not self.on_batch_reply or self._batch_replies != self.on_batch_reply[0]:
                return False
            hook, self.on_batch_reply = self.on_batch_reply[1], None
        hook()
        return True

    def _delay(self) -> None:
        if self.faults.latency:
            time.sleep(self.faults.latency)

    def _throttle(self, size: int) -> None:
        if self.faults.bytes_per_second:
            time.sleep(size / self.faults.bytes_per_second)


class _Link:
    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client, self.upstream = client, upstream
        self.posting_batch = False

    def close(self) -> None:
        for end in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()
