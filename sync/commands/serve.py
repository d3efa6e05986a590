"""``op-sync serve``: run the central store's HTTP endpoint, optionally over TLS 1.2+."""

import argparse


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("serve", help="run the sync endpoint for the desks")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; give --certfile and "
                             "--keyfile, or put a TLS proxy in front, when desks connect over "
                             "the internet)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--certfile", default=None,
                        help="PEM certificate (with its chain) to serve HTTPS, TLS 1.2 or newer")
    parser.add_argument("--keyfile", default=None,
                        help="unencrypted PEM private key of --certfile")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sync.server.run import serve
    from sync.server.tls import server_tls_context

    # Checked before the store is opened: a wrong path must not leave a half-started office.
    tls = server_tls_context(args.certfile, args.keyfile)
    serve(args.db, args.host, args.port, tls=tls)
    return 0
