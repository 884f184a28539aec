"""``python -m cal_async.testing --port 8787``: serve a fresh fake on 127.0.0.1 for any HTTP client.

The banner (URL, user, API key) is printed once the port is bound, so a script may wait for it
before connecting; ``--port 0`` picks a free port and the banner names it.

``--oauth-client http://localhost:8000/callback`` also registers a third-party OAuth client for that
redirect URI (all scopes unless ``--oauth-scopes`` says; ``--oauth-public`` for a PKCE-only client)
and prints, after the banner, one ``export ...`` line with the settings an app needs:
``CAL_API_URL``, ``CAL_APP_URL``, ``CAL_OAUTH_CLIENT_ID``, ``CAL_OAUTH_CLIENT_SECRET`` (confidential
clients) and ``CAL_OAUTH_REDIRECT_URI``; ``examples/fastapi_oauth`` reads exactly these."""

from __future__ import annotations

import argparse
import asyncio
import shlex
import sys

import httpx

from .._oauth2 import OAuthScope, check_url
from .fake import FakeCal
from .oauth2 import FakeOAuthClient


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
    parser.add_argument(
        "--oauth-client",
        metavar="REDIRECT_URI",
        help="register an OAuth client for this redirect URI and print its settings",
    )
    parser.add_argument(
        "--oauth-scopes",
        default=",".join(OAuthScope),
        help="the client's scopes, comma-separated (default: all)",
    )
    parser.add_argument("--oauth-public", action="store_true", help="a public client (PKCE, no secret)")
    parser.add_argument("--oauth-client-id", help="use this client id (default: a random one)")
    parser.add_argument("--oauth-client-secret", help="use this client secret (default: a random one)")
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
    try:
        client = _oauth_client(fake, args) if args.oauth_client else None
    except ValueError as exc:
        parser.error(str(exc))

    def banner(url: str) -> None:
        print(f"fake Cal.com on {url}  user={fake.user.username}  api key={key}")
        if client is not None:
            print(oauth_settings(client, url))
        sys.stdout.flush()

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


def _oauth_client(fake: FakeCal, args: argparse.Namespace) -> FakeOAuthClient:
    # The SDK's own checks, so the settings printed are ones OAuthApp accepts.
    check_url("--oauth-client", args.oauth_client, redirect=True)
    scopes = [name.strip() for name in args.oauth_scopes.split(",") if name.strip()]
    return fake.app.oauth.register_client(
        args.oauth_client,
        scopes,
        confidential=not args.oauth_public,
        client_id=args.oauth_client_id,
        client_secret=args.oauth_client_secret,
    )


def oauth_settings(client: FakeOAuthClient, url: str) -> str:
    """One shell line exporting what an app needs to use ``client`` on the fake served at ``url``."""
    settings = {
        "CAL_API_URL": url,
        "CAL_APP_URL": url,
        "CAL_OAUTH_CLIENT_ID": client.client_id,
        **({"CAL_OAUTH_CLIENT_SECRET": client.client_secret} if client.client_secret else {}),
        "CAL_OAUTH_REDIRECT_URI": client.redirect_uri,
    }
    return "export " + " ".join(f"{name}={shlex.quote(value)}" for name, value in settings.items())


if __name__ == "__main__":
    sys.exit(main())
