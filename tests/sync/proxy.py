"""A loopback TCP proxy that can cut a connection mid-request or swallow the reply."""

import contextlib
import socket
import threading


class CuttingProxy:
    """Forwards 127.0.0.1:port to ``target_port``. The first ``cuts`` connections are cut:
    after ``request_bytes`` bytes of the request, or (``request_bytes=None``) right after the
    server starts answering, so the server has done the work but the client never hears."""

    def __init__(self, target_port: int, *, cuts: int = 1, request_bytes: int | None = None):
        self.target_port, self.cuts, self.request_bytes = target_port, cuts, request_bytes
        self.cut_done = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                cut = self.cut_done < self.cuts
                self.cut_done += cut
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, daemon=True,
                             args=(client, upstream, self.request_bytes if cut else None,
                                   client, upstream)).start()
            threading.Thread(target=self._pump, daemon=True,
                             args=(upstream, client, 0 if cut and self.request_bytes is None
                                   else None, client, upstream)).start()

    @staticmethod
    def _pump(source, sink, limit, *both) -> None:
        sent = 0
        with contextlib.suppress(OSError):
            while data := source.recv(4096):
                if limit is not None and sent + len(data) > limit:
                    sink.sendall(data[:max(0, limit - sent)])
                    break
                sink.sendall(data)
                sent += len(data)
        for end in both:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()
