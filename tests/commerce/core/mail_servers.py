"""Mail servers on 127.0.0.1 that do not take mail, for the shop to fail against for real."""

import socket
import threading
from contextlib import contextmanager


@contextmanager
def mail_server_answering_554():
    """An SMTP server that greets every connection with 554 and hangs up; yields its port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.sendall(b"554 5.3.2 Service unavailable, try again later\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        listener.close()


@contextmanager
def mail_server_port_closed():
    """A port on 127.0.0.1 nobody listens on: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield port
