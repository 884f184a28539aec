"""``python -m cal_async.testing --port 8787``: serve a fresh fake on 127.0.0.1 for any HTTP client."""

from __future__ import annotations

import argparse
import sys

import httpx

from .fake import FakeCal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cal_async.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8787)
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
        import uvicorn  # only needed here: in-process use goes through httpx.ASGITransport
    except ImportError:
        print(
            "serving the fake needs uvicorn: pip install 'cal-async[testing]' (or pip install uvicorn)",
            file=sys.stderr,
        )
        return 2
    # Served over HTTP, deliveries really go out to the subscriber URLs.
    fake = FakeCal(
        webhook_transport=httpx.AsyncHTTPTransport(),
        rate_limit=args.rate_limit or "server",
        time_zone=args.time_zone,
    )
    key = fake.add_api_key(key=args.api_key).key if args.api_key else fake.api_key
    print(
        f"fake Cal.com on http://{args.host}:{args.port}  user={fake.user.username}  api key={key}",
        flush=True,
    )
    uvicorn.run(fake.app, host=args.host, port=args.port, log_level="warning", lifespan="on")
    return 0


if __name__ == "__main__":
    sys.exit(main())
