"""Typed errors for webhook receivers.

They derive from ``CalError`` so one ``except CalError`` covers the whole SDK. Messages describe
what went wrong and never include the secret or the expected signature: the expected value is a
valid signature for the body, so echoing it would hand a forger exactly what they lack.
"""

from __future__ import annotations

from typing import Literal

from .._errors import CalError

SignatureFailure = Literal["missing", "unsigned", "unexpected", "mismatch"]


class WebhookError(CalError):
    """Root of the webhook errors."""


class WebhookSignatureError(WebhookError):
    """The delivery's ``X-Cal-Signature-256`` header does not prove it came from Cal.com.

    ``reason`` says why, for logs and metrics:

    - ``"missing"``: no header at all;
    - ``"unsigned"``: the header is ``no-secret-provided`` but this receiver has a secret;
    - ``"unexpected"``: the delivery is signed but this receiver has no secret configured;
    - ``"mismatch"``: the signature is not the HMAC of this body with this receiver's secret.
    """

    def __init__(self, reason: SignatureFailure, message: str) -> None:
        super().__init__(message)
        self.reason: SignatureFailure = reason


class WebhookPayloadError(WebhookError):
    """A delivery body that is not a JSON object, so no event can be read from it."""


class UnknownWebhookTriggerWarning(UserWarning):
    """A trigger this SDK does not know: newer servers add triggers, so it is passed on, not refused.

    Raised (as a warning) when creating or updating a webhook with such a trigger, and when a
    delivery for one arrives; the delivery then parses as a plain ``WebhookEvent``. Silence it with
    ``warnings.filterwarnings("ignore", category=UnknownWebhookTriggerWarning)`` once the newer
    trigger is expected.
    """
