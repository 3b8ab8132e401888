#!/usr/bin/env python3
"""A TCP relay on 127.0.0.1 that counts the connections it accepts.

Usage: counting_proxy.py UPSTREAM_PORT PORT_FILE COUNT_FILE
Listens on a free loopback port (written to PORT_FILE), relays every connection to
127.0.0.1:UPSTREAM_PORT, and rewrites COUNT_FILE with the number of connections accepted so far
after each one. Stops when killed. Loopback only.
"""
import socket
import sys
import threading


def pump(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def main():
    upstream, port_file, count_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    with open(port_file, "w") as f:
        f.write(str(listener.getsockname()[1]))
    count = 0
    lock = threading.Lock()
    while True:
        client, _ = listener.accept()
        with lock:
            count += 1
            with open(count_file, "w") as f:
                f.write(str(count))
        server = socket.create_connection(("127.0.0.1", upstream))
        for a, b in ((client, server), (server, client)):
            threading.Thread(target=pump, args=(a, b), daemon=True).start()


if __name__ == "__main__":
    main()
