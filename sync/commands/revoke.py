"""``op-sync revoke SITE``: refuse that site's desk credentials from the next request on."""

import argparse


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("revoke", help="revoke a site's desk credentials")
    parser.add_argument("site", help="the desk's site code")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sync.enrolment import revoke_site
    from sync.server.run import open_store

    count = revoke_site(open_store(args.db).engine, args.site)
    print(f"Revoked {count} credential(s) of {args.site.strip().lower()}; the desk must be "
          "enrolled again with a new code.")
    return 0
