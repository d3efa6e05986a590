"""``op-sync serve``: run the central store's HTTP endpoint."""

import argparse


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("serve", help="run the sync endpoint for the desks")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; put a TLS proxy in "
                             "front when desks connect over the internet)")
    parser.add_argument("--port", type=int, default=8765)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sync.server.run import serve

    serve(args.db, args.host, args.port)
    return 0
