"""PKCE (RFC 7636): the code verifier a login keeps and the S256 challenge the authorize URL carries."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

__all__ = ["code_challenge", "new_code_verifier"]

# RFC 7636 section 4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


def new_code_verifier() -> str:
    """A fresh verifier: 64 random bytes, base64url without padding (86 characters)."""
    return secrets.token_urlsafe(64)


def code_challenge(verifier: str) -> str:
    """``BASE64URL(SHA256(ASCII(verifier)))`` without padding: the S256 method."""
    if not isinstance(verifier, str) or _VERIFIER.fullmatch(verifier) is None:
        raise ValueError(
            "a PKCE code verifier is 43 to 128 characters of letters, digits and '-._~' (RFC 7636 4.1); "
            "use the one AuthorizationRequest.code_verifier gave you"
        )
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
