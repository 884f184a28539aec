"""Signature verification against bodies signed the way the Cal.com server signs them."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from cal_async._errors import CalError
from cal_async.webhooks import (
    NO_SECRET_PROVIDED,
    SIGNATURE_HEADER,
    WebhookSignatureError,
    sign,
    verify_signature,
)

SECRET = "whsec-7c1f0d0e-super-secret"
# Compact separators and a non-ASCII name: the signature covers these exact bytes.
BODY = json.dumps(
    {
        "triggerEvent": "BOOKING_CREATED",
        "createdAt": "2025-01-01T09:00:00.000Z",
        "payload": {"uid": "bk_1", "attendees": [{"name": "Zoë"}]},
    },
    separators=(",", ":"),
    ensure_ascii=False,
).encode()


def server_signature(body: bytes, secret: str) -> str:
    """What the server computes: createHmac("sha256", secret).update(body).digest("hex")."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_header_name_and_sentinel_match_the_server() -> None:
    assert SIGNATURE_HEADER == "X-Cal-Signature-256"
    assert NO_SECRET_PROVIDED == "no-secret-provided"


def test_sign_is_lowercase_hex_hmac_sha256_without_prefix() -> None:
    signature = sign(BODY, SECRET)
    assert signature == server_signature(BODY, SECRET)
    assert len(signature) == 64
    assert signature == signature.lower()
    assert not signature.startswith("sha256=")


def test_sign_without_secret_gives_the_servers_literal() -> None:
    assert sign(BODY, None) == "no-secret-provided"
    assert sign(BODY, "") == "no-secret-provided"


def test_a_correctly_signed_body_verifies() -> None:
    verify_signature(BODY, server_signature(BODY, SECRET), SECRET)


def test_verification_accepts_bytearray_and_upper_case_hex_and_stray_whitespace() -> None:
    verify_signature(bytearray(BODY), " " + server_signature(BODY, SECRET).upper() + "\n", SECRET)


def test_missing_header_is_rejected() -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_signature(BODY, None, SECRET)
    assert caught.value.reason == "missing"
    assert isinstance(caught.value, CalError)


def test_missing_header_is_rejected_even_without_a_secret() -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_signature(BODY, None, None, allow_unsigned=True)
    assert caught.value.reason == "missing"


def test_no_secret_provided_is_rejected_when_a_secret_is_configured() -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_signature(BODY, "no-secret-provided", SECRET)
    assert caught.value.reason == "unsigned"


def test_no_secret_provided_passes_when_the_webhook_has_no_secret() -> None:
    verify_signature(BODY, "no-secret-provided", None, allow_unsigned=True)
    verify_signature(BODY, "no-secret-provided", "", allow_unsigned=True)


@pytest.mark.parametrize("secret", [None, ""])
def test_a_missing_secret_never_turns_verification_off_unless_asked(secret: str | None) -> None:
    # An unset environment variable (os.environ.get("CAL_WEBHOOK_SECRET")) once let a forged
    # "no-secret-provided" delivery through: accepting unsigned deliveries must be said.
    with pytest.raises(ValueError, match="allow_unsigned=True"):
        verify_signature(BODY, "no-secret-provided", secret)


def test_a_secret_and_allow_unsigned_together_are_refused() -> None:
    with pytest.raises(ValueError, match="secret=None"):
        verify_signature(BODY, server_signature(BODY, SECRET), SECRET, allow_unsigned=True)


def test_a_signed_delivery_without_a_configured_secret_is_rejected() -> None:
    # Silently accepting would hide a forgotten secret and let anyone post events.
    with pytest.raises(WebhookSignatureError) as caught:
        verify_signature(BODY, server_signature(BODY, SECRET), None, allow_unsigned=True)
    assert caught.value.reason == "unexpected"


@pytest.mark.parametrize(
    "body",
    [
        BODY.replace(b"bk_1", b"bk_2"),
        BODY + b" ",
        # Same JSON, different bytes: re-serialising never matches.
        json.dumps(json.loads(BODY)).encode(),
    ],
)
def test_a_tampered_body_is_rejected(body: bytes) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_signature(body, server_signature(BODY, SECRET), SECRET)
    assert caught.value.reason == "mismatch"


def test_the_wrong_secret_is_rejected() -> None:
    with pytest.raises(WebhookSignatureError):
        verify_signature(BODY, server_signature(BODY, "another-secret"), SECRET)


@pytest.mark.parametrize("header", ["", "sha256=" + "0" * 64, "zz", "é" * 64, "0" * 64])
def test_malformed_signatures_are_a_mismatch_not_a_crash(header: str) -> None:
    with pytest.raises(WebhookSignatureError) as caught:
        verify_signature(BODY, header, SECRET)
    assert caught.value.reason == "mismatch"


def test_errors_never_reveal_the_secret_or_the_expected_signature() -> None:
    expected = server_signature(BODY, SECRET)
    failures = [
        (BODY, None),
        (BODY, "no-secret-provided"),
        (BODY + b"x", expected),
    ]
    for body, header in failures:
        with pytest.raises(WebhookSignatureError) as caught:
            verify_signature(body, header, SECRET)
        shown = str(caught.value) + repr(caught.value)
        assert SECRET not in shown
        assert server_signature(body, SECRET) not in shown


def test_a_str_body_is_refused_with_advice_to_pass_raw_bytes() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        verify_signature(BODY.decode(), server_signature(BODY, SECRET), SECRET)  # type: ignore[arg-type]


def test_a_parsed_body_is_refused() -> None:
    with pytest.raises(TypeError, match="re-serialised"):
        verify_signature(json.loads(BODY), server_signature(BODY, SECRET), SECRET)
