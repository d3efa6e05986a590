"""A loopback TCP proxy that answers slowly: every chunk from the office waits ``delay``."""

import contextlib
import socket
import threading
import time


class SlowProxy:
    def __init__(self, target_port: int, delay: float) -> None:
        self.delay = delay
        self._target = ("127.0.0.1", target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stopping = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self._target)
            threading.Thread(target=self._pipe, args=(client, upstream, 0.0),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, self.delay),
                             daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, target: socket.socket, delay: float) -> None:
        try:
            while chunk := source.recv(65536):
                time.sleep(delay)
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (source, target):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._stopping = True
        self._listener.close()
