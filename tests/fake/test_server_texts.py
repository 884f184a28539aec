"""Status codes and texts the fake copies from the server's source, each test naming its file."""

from __future__ import annotations

import httpx
from fake_support import SCHEDULES

from cal_async.testing import FakeCal


# SchedulesService_2024_06_11 (apps/api/v2/src/ee/schedules/schedules_2024_06_11/services/
# schedules.service.ts): getUserSchedule and updateUserSchedule throw NotFoundException, but
# deleteUserSchedule throws BadRequestException, for "Schedule with ID=<id> does not exist.";
# checkUserOwnsSchedule throws ForbiddenException "User with ID=<user> does not own schedule with
# ID=<id>".
async def test_unknown_and_foreign_schedules(http: httpx.AsyncClient, fake: FakeCal) -> None:
    missing = "Schedule with ID=999 does not exist."
    for method, status in (("GET", 404), ("PATCH", 404), ("DELETE", 400)):
        response = await http.request(method, "/v2/schedules/999", headers=SCHEDULES, json={})
        assert response.status_code == status, method
        error = response.json()["error"]
        assert error["message"] == missing, method
        assert error["code"] == ("NotFoundException" if status == 404 else "BadRequestException")
    grace = fake.add_user("grace")
    theirs = fake.add_schedule(grace, name="Grace's hours")
    for method in ("GET", "PATCH", "DELETE"):
        response = await http.request(method, f"/v2/schedules/{theirs.id}", headers=SCHEDULES, json={})
        assert response.status_code == 403, method
        assert response.json()["error"]["message"] == (
            f"User with ID={fake.user.id} does not own schedule with ID={theirs.id}"
        )
    assert theirs.id in fake.state.schedules  # nothing was deleted


# ApiAuthStrategy and CustomThrottlerGuard (apps/api/v2/src/modules/auth/strategies/api-auth/
# api-auth.strategy.ts, apps/api/v2/src/lib/throttler/throttler-guard.ts) read the token as
# request.get("Authorization")?.replace("Bearer ", ""): a Basic header is taken whole as an access
# token, which neither the JWT check nor the token table knows: 401 INVALID_ACCESS_TOKEN
# ("Invalid Access Token.", @calcom/platform-constants). The throttler counts it as an access token
# (500 a minute).
async def test_a_basic_authorization_header_is_an_unknown_access_token(fake: FakeCal) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url="http://cal.test"
    ) as http:
        for value in ("Basic Zm9vOmJhcg==", f"Basic {fake.api_key}", "Token abc"):
            response = await http.get("/v2/me", headers={"Authorization": value})
            assert response.status_code == 401, value
            assert response.json()["error"]["message"] == "Invalid Access Token.", value
            assert response.headers["X-RateLimit-Limit-Default"] == "500"


# fake.expire_token covers every kind of token the fake issues, each answered as the server
# answers it once expired: an API key (api-auth.strategy.ts apiKeyStrategy: 401 "Your api key is
# expired", after the throttler found the key), an OAuth access token (401 Invalid Access Token.:
# the JWT no longer verifies, and the platform token lookup does not know it), an OAuth refresh
# token (packages/features/oauth/services/OAuthService.ts: invalid_grant invalid_refresh_token), and
# any other bearer, a platform managed user's (oauth-flow.service.ts: 498 TokenExpiredException).
async def test_expire_token_expires_every_kind(fake: FakeCal) -> None:
    client = fake.app.oauth.register_client("https://app.example/callback", ["PROFILE_READ"])
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url="http://cal.test"
    ) as http:
        oauth_app = client.app("http://cal.test")
        login = oauth_app.authorization_request(["PROFILE_READ"])
        redirect = await http.get(login.url)
        code = oauth_app.code_from_callback(
            dict(httpx.URL(redirect.headers["location"]).params), state=login.state
        )
        tokens = await oauth_app.exchange_code(code, code_verifier=login.code_verifier, http_client=http)
        key = fake.add_api_key().key

        def me(token: str) -> httpx.Request:
            return http.build_request("GET", "/v2/me", headers={"Authorization": f"Bearer {token}"})

        for token in (tokens.access_token, key):
            assert (await http.send(me(token))).status_code == 200
        for token in (tokens.access_token, tokens.refresh_token, key, "eyJ.managed.user"):
            fake.expire_token(token)
        expired = await http.send(me(tokens.access_token))
        assert (expired.status_code, expired.json()["error"]["message"]) == (401, "Invalid Access Token.")
        expired_key = await http.send(me(key))
        assert (expired_key.status_code, expired_key.json()["error"]["message"]) == (
            401,
            "Your api key is expired",
        )
        managed = await http.send(me("eyJ.managed.user"))
        assert (managed.status_code, managed.json()["error"]["code"]) == (498, "TokenExpiredException")
        refresh = await http.post(
            "/v2/auth/oauth2/token",
            json={
                "client_id": client.client_id,
                "client_secret": client.client_secret,
                "grant_type": "refresh_token",
                "refresh_token": tokens.refresh_token,
            },
        )
        assert refresh.status_code == 400
        assert refresh.json() == {"error": "invalid_grant", "error_description": "invalid_refresh_token"}
        # The default key is untouched.
        assert (await http.send(me(fake.api_key))).status_code == 200
