"""Which budget a request is counted in: the credential Cal.com's throttler tracks, fingerprinted."""

from __future__ import annotations

import httpx
import pytest

from cal_async import ServerLimits
from cal_async.rate_budget import credential_of

KEY = "cal_live_" + "0123456789abcdef" * 2


def _request(**headers: str) -> httpx.Request:
    return httpx.Request("GET", "https://api.cal.test/v2/me", headers=headers)


# Cal.com's CustomThrottlerGuard.getTracker (apps/api/v2/src/lib/throttler/throttler-guard.ts):
# a bearer starting with the API-key prefix "cal_" is an API key, any other bearer an access
# token, else x-cal-client-id is an OAuth client, else the caller's IP.
@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        ({"Authorization": f"Bearer {KEY}"}, "api_key"),
        ({"Authorization": "Bearer eyJhbGciOi.managed.token"}, "access_token"),
        ({"x-cal-client-id": "clxyz", "x-cal-secret-key": "shh"}, "oauth_client"),
        ({}, "anonymous"),
    ],
)
def test_the_kind_follows_the_servers_tracker(headers: dict[str, str], kind: str) -> None:
    assert credential_of(_request(**headers)).kind == kind


def test_the_fingerprint_is_stable_distinct_and_never_the_secret() -> None:
    one = credential_of(_request(Authorization=f"Bearer {KEY}"))
    again = credential_of(_request(authorization=f"bearer {KEY}"))
    other = credential_of(_request(Authorization=f"Bearer {KEY[:-1]}x"))
    assert one == again
    assert one.fingerprint != other.fingerprint
    assert KEY not in repr(one) and KEY[9:] not in one.fingerprint
    assert len(one.fingerprint) == 32 and int(one.fingerprint, 16) >= 0


# Defaults from the same guard: RATE_LIMIT_DEFAULT_LIMIT_API_KEY 120,
# RATE_LIMIT_DEFAULT_LIMIT_OAUTH_CLIENT / _ACCESS_TOKEN 500, RATE_LIMIT_DEFAULT_LIMIT 120,
# RATE_LIMIT_DEFAULT_TTL_MS and RATE_LIMIT_DEFAULT_BLOCK_DURATION_MS 60 s.
def test_default_limits_are_the_servers() -> None:
    limits = ServerLimits()
    kinds = ("api_key", "oauth_client", "access_token", "anonymous")
    assert [limits.limit_for(kind) for kind in kinds] == [120, 500, 500, 120]
    assert (limits.window, limits.block) == (60.0, 60.0)


def test_limits_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="window must be a number more than 0"):
        ServerLimits(window=0)
    with pytest.raises(ValueError, match="api_key must be an int more than 0"):
        ServerLimits(api_key=0)
    with pytest.raises(ValueError, match=r"api_key must be an int more than 0, got 2\.5"):
        ServerLimits(api_key=2.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="anonymous must be an int more than 0, got True"):
        ServerLimits(anonymous=True)
    with pytest.raises(ValueError, match="block must be a number of 0 or more, got nan"):
        ServerLimits(block=float("nan"))
    assert ServerLimits(margin=None, block=0).block == 0
