"""Signing and verifying webhook deliveries.

Cal.com sends ``X-Cal-Signature-256``: the HMAC-SHA256 of the exact raw body with the webhook's
secret, as lowercase hex with no prefix; a webhook without a secret sends the literal
``no-secret-provided`` instead. There is no timestamp, so replay protection (if wanted) is the
receiver's job, e.g. by remembering booking uids it has handled.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Final

from .._errors import WebhookSignatureError

SIGNATURE_HEADER: Final = "X-Cal-Signature-256"
NO_SECRET_PROVIDED: Final = "no-secret-provided"

#: The raw request body as received; any bytes-like object that holds it.
RawBody = bytes | bytearray | memoryview


def _require_bytes(raw_body: object) -> bytes:
    if isinstance(raw_body, bytes | bytearray | memoryview):
        return bytes(raw_body)
    if isinstance(raw_body, str):
        # The classic mistake: verifying a re-serialised or decoded body. The signature covers the
        # bytes as sent; whitespace, key order or escaping differences would all break it.
        raise TypeError(
            "webhook signatures cover the exact raw request body: pass the bytes as received "
            "(e.g. `await request.body()`), not a str or re-serialised JSON"
        )
    raise TypeError(
        f"expected the raw request body as bytes, got {type(raw_body).__name__}; a re-serialised "
        "JSON body never matches the signature"
    )


def sign(raw_body: RawBody, secret: str | None) -> str:
    """The ``X-Cal-Signature-256`` value Cal.com sends for ``raw_body``.

    Mirrors the server: an empty or absent secret gives ``no-secret-provided``. Useful for tests
    and fake servers.
    """
    body = _require_bytes(raw_body)
    if not secret:
        return NO_SECRET_PROVIDED
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(
    raw_body: RawBody, header_value: str | None, secret: str | None, *, allow_unsigned: bool = False
) -> None:
    """Check that a delivery was signed by Cal.com with ``secret``; raise ``WebhookSignatureError`` if not.

    A webhook created without a secret is unsigned (``no-secret-provided``): receiving those must be
    said explicitly, ``secret=None, allow_unsigned=True``; then only unsigned deliveries pass, and a
    signed one is refused so a forgotten secret is noticed. A ``secret`` that is ``None`` or ``""``
    without ``allow_unsigned`` raises ``ValueError`` (typically an unset environment variable), so
    verification can never be turned off by accident.
    """
    check_secret(secret, allow_unsigned)
    body = _require_bytes(raw_body)
    if header_value is None:
        raise WebhookSignatureError("missing", f"the request has no {SIGNATURE_HEADER} header")
    received = header_value.strip()
    if not secret:
        if received == NO_SECRET_PROVIDED:
            return
        raise WebhookSignatureError(
            "unexpected",
            "the delivery is signed but no webhook secret is configured here; "
            "configure the webhook's secret to verify it",
        )
    if received == NO_SECRET_PROVIDED:
        raise WebhookSignatureError(
            "unsigned",
            f"the delivery is unsigned ({NO_SECRET_PROVIDED!r}) but a secret is configured; "
            "the Cal.com webhook has no secret, or the request did not come from Cal.com",
        )
    expected = sign(body, secret)
    # Compare bytes: compare_digest on str rejects non-ASCII input with TypeError, and a header
    # is attacker-controlled. Hex is case-insensitive, so accept an upper-cased value too.
    if not hmac.compare_digest(expected.encode("ascii"), received.lower().encode("utf-8", "replace")):
        raise WebhookSignatureError(
            "mismatch", f"the {SIGNATURE_HEADER} signature does not match the request body"
        )


def check_secret(secret: str | None, allow_unsigned: bool) -> None:
    """Refuse a missing secret unless unsigned deliveries are asked for, and the contradiction."""
    if not secret and not allow_unsigned:
        raise ValueError(
            "no webhook secret (secret is None or empty): pass the webhook's secret, or "
            "allow_unsigned=True to accept unsigned deliveries (a webhook created without a secret)"
        )
    if secret and allow_unsigned:
        raise ValueError("allow_unsigned=True is for a webhook without a secret: pass secret=None with it")
