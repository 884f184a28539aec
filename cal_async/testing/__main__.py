"""``python -m cal_async.testing --port 8787``: serve a fresh fake on 127.0.0.1 for any HTTP client.

The banner (URL, user, API key) is printed once the port is bound, so a script may wait for it
before connecting; ``--port 0`` picks a free port and the banner names it."""

from __future__ import annotations

import argparse
import asyncio
import sys

import httpx

from .fake import FakeCal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cal_async.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8787, help="0 picks a free port")
    parser.add_argument("--api-key", help="use this API key (cal_...) for the default user")
    parser.add_argument("--time-zone", default="UTC", help="the default user's time zone")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        help="requests per 60 s per caller (default: Cal.com's limits)",
    )
    args = parser.parse_args(argv)
    try:
        import uvicorn  # noqa: F401 - only needed here: in-process use goes through httpx.ASGITransport
    except ImportError:
        print(
            "serving the fake needs uvicorn: pip install 'cal-async[testing]' (or pip install uvicorn)",
            file=sys.stderr,
        )
        return 2
    from .serve import run

    # Served over HTTP, deliveries really go out to the subscriber URLs.
    fake = FakeCal(
        webhook_transport=httpx.AsyncHTTPTransport(),
        rate_limit=args.rate_limit or "server",
        time_zone=args.time_zone,
    )
    key = fake.add_api_key(key=args.api_key).key if args.api_key else fake.api_key

    def banner(url: str) -> None:
        print(f"fake Cal.com on {url}  user={fake.user.username}  api key={key}", flush=True)

    try:
        asyncio.run(run(fake, host=args.host, port=args.port, on_bound=banner))
    except OSError as exc:
        print(f"could not serve on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    except SystemExit as exc:  # uvicorn exits when it cannot bind (it has logged why)
        return int(exc.code or 1)
    except KeyboardInterrupt:  # uvicorn stopped cleanly, then re-raised the Ctrl-C it held
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
