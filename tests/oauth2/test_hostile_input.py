"""OAuth under hostile input, from the caller and from the server, on httpx and httpx2 alike.

Tokens, the client secret and the code verifier are checked when built and when received (no
whitespace, control characters or non-ASCII: they travel in headers and bodies), and scrubbed from
every error text, chained cause, repr and log line; transport failures and header-encoding failures
are typed; callbacks, redirect URIs and ``expires_in`` are held to clear rules.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import httpx2
import pytest

from cal_async import (
    APIConnectionError,
    APITimeoutError,
    CalClient,
    OAuthApp,
    OAuthCallbackError,
    OAuthError,
    OAuthSession,
    OAuthTokens,
    ReauthorizationRequired,
)
from cal_async._oauth2 import MAX_TOKEN_LIFETIME, tokens_from_response
from tests.adversarial.secret_checks import MALFORMED, exception_texts

LIBRARIES = {"httpx": httpx, "httpx2": httpx2}
SECRET = "s3cret-Client-Value-0123456789"
ACCESS = "oat_Access-Token-Value-0123456789"
REFRESH = "ort_Refresh-Token-Value-0123456789"
VERIFIER = "v" * 43 + "-Verifier-Value"
CODE = "Authorization-Code-Value-0123456789"
STATE = "State-Value-Kept-Server-Side-0123"
API = "https://api.cal.test"
APP = OAuthApp(client_id="client-1", redirect_uri="https://app.example/cb", client_secret=SECRET, api_url=API)


@pytest.fixture(params=list(LIBRARIES))
def hx(request: pytest.FixtureRequest) -> ModuleType:
    return LIBRARIES[str(request.param)]


def client(hx: ModuleType, handler: Callable[[Any], Any]) -> Any:
    return hx.AsyncClient(transport=hx.MockTransport(handler), base_url=API)


def reply(hx: ModuleType, status: int, payload: object) -> Any:
    return hx.Response(status, json=payload)


# --- checked when built ----------------------------------------------------------------------------


@pytest.mark.parametrize("label", list(MALFORMED))
async def test_malformed_oauth_credentials_are_refused_without_echo(label: str) -> None:
    secret = "Zq9" + MALFORMED[label] + "Wv7secretpart"
    builders: dict[str, Callable[[], object]] = {
        "access token": lambda: OAuthTokens(secret, REFRESH),
        "refresh token": lambda: OAuthTokens(ACCESS, secret),
        "client secret": lambda: OAuthApp(
            client_id="c", redirect_uri="https://a.example/cb", client_secret=secret
        ),
        "client id": lambda: OAuthApp(client_id=secret, redirect_uri="https://a.example/cb"),
        "state": lambda: APP.authorization_request(["PROFILE_READ"], state=secret),
    }
    for what, build in builders.items():
        with pytest.raises(ValueError) as caught:
            build()
        assert "secretpart" not in exception_texts(caught.value), what


@pytest.mark.parametrize("label", list(MALFORMED))
async def test_malformed_code_verifier_or_refresh_token_is_refused_before_sending(label: str) -> None:
    sent: list[object] = []
    bad = "Zq9" + MALFORMED[label] + "Wv7secretpart"
    async with client(httpx, sent.append) as http:
        for call in (
            APP.exchange_code(CODE, code_verifier=bad + "x" * 43, http_client=http),
            APP.exchange_code(bad, code_verifier=VERIFIER, http_client=http),
            APP.refresh(bad, http_client=http),
        ):
            with pytest.raises(ValueError) as caught:
                await call
            assert "secretpart" not in exception_texts(caught.value)
    assert sent == []


# --- checked when received --------------------------------------------------------------------------


@pytest.mark.parametrize("label", list(MALFORMED))
@pytest.mark.parametrize("field", ["access_token", "refresh_token"])
async def test_an_unusable_token_from_the_endpoint_is_a_typed_error(
    hx: ModuleType, label: str, field: str
) -> None:
    tokens = {"access_token": ACCESS, "refresh_token": REFRESH, "expires_in": 1800}
    tokens[field] = "Zq9" + MALFORMED[label] + "Wv7secretpart"
    async with client(hx, lambda request: reply(hx, 200, tokens)) as http:
        with pytest.raises(OAuthError) as caught:
            await APP.refresh(REFRESH, http_client=http)
    assert caught.value.error == "invalid_response" and type(caught.value) is OAuthError
    assert "secretpart" not in exception_texts(caught.value)


async def test_a_non_ascii_token_never_reaches_a_header(hx: ModuleType) -> None:
    """The issue's case: a token endpoint handing out a non-ASCII access token made every later
    call raise UnicodeEncodeError. Now the refresh fails typed, and the session keeps the old pair."""

    def handler(request: Any) -> Any:
        if request.url.path.endswith("/token"):
            return reply(
                hx, 200, {"access_token": "oat_é" + ACCESS, "refresh_token": REFRESH, "expires_in": 1800}
            )
        return reply(hx, 401, {"status": "error", "error": {"code": "UnauthorizedException", "message": "x"}})

    session = OAuthSession(APP, OAuthTokens(ACCESS, REFRESH))
    async with client(hx, handler) as http, CalClient(oauth=session, http_client=http) as cal:
        with pytest.raises(OAuthError) as caught:
            await cal.me.get()  # 401, refresh: the reply's token cannot be sent
    assert caught.value.error == "invalid_response"
    assert session.access_token == ACCESS


# --- scrubbed from transport errors -------------------------------------------------------------------


async def test_a_transport_error_quoting_the_access_token_is_scrubbed(
    hx: ModuleType, debug_logs: pytest.LogCaptureFixture
) -> None:
    def handler(request: Any) -> Any:
        raise hx.LocalProtocolError(f"Illegal header value {request.headers['authorization'].encode()!r}")

    session = OAuthSession(APP, OAuthTokens(ACCESS, REFRESH))
    async with client(hx, handler) as http, CalClient(oauth=session, http_client=http, max_retries=0) as cal:
        with pytest.raises(APIConnectionError) as caught:
            await cal.me.get()
    text = exception_texts(caught.value)
    assert ACCESS not in text and "<redacted>" in text
    assert caught.value.__cause__ is None  # the original text would show the token
    assert not _leaks(debug_logs)


async def test_a_refresh_failing_in_transport_is_scrubbed_of_refresh_token_and_secret(
    hx: ModuleType, debug_logs: pytest.LogCaptureFixture
) -> None:
    def handler(request: Any) -> Any:
        if request.url.path.endswith("/token"):
            raise hx.ConnectError(f"refused while sending {request.content.decode()}")
        return reply(hx, 401, {"status": "error", "error": {"code": "UnauthorizedException", "message": "x"}})

    session = OAuthSession(APP, OAuthTokens(ACCESS, REFRESH))
    async with client(hx, handler) as http, CalClient(oauth=session, http_client=http, max_retries=0) as cal:
        with pytest.raises(APIConnectionError) as caught:
            await cal.me.get()
    text = exception_texts(caught.value)
    assert REFRESH not in text and SECRET not in text and "<redacted>" in text
    assert not _leaks(debug_logs)


@pytest.mark.parametrize("with_http_client", [True, False])
async def test_exchange_code_transport_failures_are_typed_and_scrubbed(
    hx: ModuleType, with_http_client: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(request: Any) -> Any:
        raise hx.ConnectError(f"refused: {request.content.decode()}")

    def time_out(request: Any) -> Any:
        raise hx.ReadTimeout("no answer", request=request)

    for handler, kind in ((refuse, APIConnectionError), (time_out, APITimeoutError)):
        if with_http_client:
            async with client(hx, handler) as http:
                with pytest.raises(kind) as caught:
                    await APP.exchange_code(CODE, code_verifier=VERIFIER, http_client=http)
        else:
            with _made_clients_fail(hx, handler, monkeypatch), pytest.raises(kind) as caught:
                await APP.exchange_code(CODE, code_verifier=VERIFIER)
        assert type(caught.value) is kind
        assert (caught.value.method, caught.value.host, caught.value.path) == (
            "POST",
            "api.cal.test",
            "/v2/auth/oauth2/token",
        )
        text = exception_texts(caught.value)
        assert SECRET not in text and VERIFIER not in text and CODE not in text


async def test_exchange_code_to_a_closed_port_is_an_api_connection_error() -> None:
    app = OAuthApp(client_id="c", redirect_uri="https://a.example/cb", api_url="http://127.0.0.1:9")
    with pytest.raises(APIConnectionError, match=r"POST 127\.0\.0\.1/v2/auth/oauth2/token failed"):
        await app.exchange_code(CODE, code_verifier=VERIFIER)


# --- header encoding ---------------------------------------------------------------------------------


async def test_a_header_that_cannot_be_encoded_is_a_value_error_naming_it(hx: ModuleType) -> None:
    seen: list[Any] = []
    session = OAuthSession(APP, OAuthTokens(ACCESS, REFRESH, expires_at=0.0))  # expired: refresh first
    headers = {"X-Caller": "Zoé-secretpart"}
    async with (
        client(hx, seen.append) as http,
        CalClient(oauth=session, http_client=http, default_headers=headers) as cal,
    ):
        with pytest.raises(ValueError) as on_refresh:
            await cal.me.get()  # the refresh POST is built first
        fresh = OAuthSession(APP, OAuthTokens(ACCESS, REFRESH))
        async with CalClient(oauth=fresh, http_client=http) as other:
            with pytest.raises(ValueError) as on_call:
                await other.me.get(extra_headers=headers)
    for caught in (on_refresh, on_call):
        assert type(caught.value) is ValueError  # not UnicodeEncodeError
        assert "'X-Caller'" in str(caught.value) and "secretpart" not in exception_texts(caught.value)
        assert ACCESS not in exception_texts(caught.value)
    assert seen == []


# --- scrubbed from the endpoint's own text -------------------------------------------------------------


async def test_an_error_description_echoing_secrets_is_scrubbed(hx: ModuleType) -> None:
    def handler(request: Any) -> Any:
        echo = f"bad grant {REFRESH} for client secret {SECRET}"
        return reply(hx, 400, {"error": "invalid_grant", "error_description": echo})

    async with client(hx, handler) as http:
        with pytest.raises(ReauthorizationRequired) as caught:
            await APP.refresh(REFRESH, http_client=http)
    assert caught.value.error_description == "bad grant <redacted> for client secret <redacted>"
    text = exception_texts(caught.value)
    assert REFRESH not in text and SECRET not in text


def test_a_long_server_text_is_cut_short() -> None:
    response = httpx.Response(400, json={"error": "invalid_request", "error_description": "x" * 10_000})
    with pytest.raises(OAuthError) as caught:
        tokens_from_response(response, 0.0)
    assert len(caught.value.error_description or "") == 300


# --- the callback ------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["", None])
def test_an_empty_expected_state_is_refused(state: Any) -> None:
    with pytest.raises(ValueError, match="state is empty"):
        APP.code_from_callback({"code": "c", "state": ""}, state=state)


def test_local_refusals_read_as_local_and_authorize_errors_as_cal_coms() -> None:
    with pytest.raises(OAuthCallbackError) as mismatch:
        APP.code_from_callback({"code": "c", "state": "other"}, state="mine")
    assert mismatch.value.error == "state_mismatch"
    assert "refused here, before anything was sent to Cal.com" in str(mismatch.value)
    assert "token endpoint" not in str(mismatch.value)
    for params in ({"state": "mine"}, {"state": "mine", "code": "has space"}):
        with pytest.raises(OAuthCallbackError) as no_code:
            APP.code_from_callback(params, state="mine")
        assert no_code.value.error == "invalid_callback" and "refused here" in str(no_code.value)
    with pytest.raises(OAuthCallbackError) as denied:
        APP.code_from_callback({"error": "access_denied", "state": "mine"}, state="mine")
    assert str(denied.value).startswith("Cal.com's authorization page sent the user back with an error")
    assert isinstance(denied.value, OAuthError)  # existing `except OAuthError` still catches it


def test_a_callback_error_echoing_secrets_is_scrubbed() -> None:
    params = {
        "error": "invalid_request",
        "error_description": f"{SECRET} / state mine-{SECRET}",
        "state": "x",
    }
    with pytest.raises(OAuthCallbackError) as caught:
        APP.code_from_callback(params, state=STATE)
    assert SECRET not in exception_texts(caught.value)
    params = {"error": "access_denied", "error_description": STATE}
    with pytest.raises(OAuthCallbackError) as echoed:
        APP.code_from_callback(params, state=STATE)
    assert STATE not in exception_texts(echoed.value)


# --- redirect URIs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uri", "problem"),
    [
        ("https://app.example/cb#frag", "fragment"),
        ("https://user:pa55word@app.example/cb", "user information"),
        ("https://user@app.example/cb", "user information"),
        ("http://app.example/cb", "must use https"),
        ("http://10.0.0.5/cb", "must use https"),
        ("http://localhost.example.com/cb", "must use https"),
        ("ftp://app.example/cb", "absolute http"),
    ],
)
def test_unsafe_redirect_uris_are_refused(uri: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        OAuthApp(client_id="c", redirect_uri=uri)
    assert "pa55word" not in exception_texts(caught.value)


@pytest.mark.parametrize(
    "uri",
    [
        "http://localhost:8000/callback",
        "http://127.0.0.1/cb",
        "http://[::1]:9000/cb",
        "http://app.localhost/cb",
    ],
)
def test_plain_http_to_a_loopback_host_is_allowed(uri: str) -> None:
    assert OAuthApp(client_id="c", redirect_uri=uri).redirect_uri == uri


# --- expires_in --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expires_in", "lifetime"),
    [
        (1800, 1800.0),
        (None, None),
        (math.nan, None),
        (math.inf, None),
        (-100_000, None),
        (0, None),
        ("1800", None),
        (True, None),
        (10**12, MAX_TOKEN_LIFETIME),
    ],
)
def test_expires_in_rule(expires_in: object, lifetime: float | None) -> None:
    payload: dict[str, object] = {"access_token": ACCESS, "refresh_token": REFRESH}
    if expires_in is not None:
        payload["expires_in"] = expires_in
    # NaN and Infinity as the JSON texts a server could send (json.dumps writes them so).
    response = httpx.Response(200, content=json.dumps(payload).encode())
    tokens = tokens_from_response(response, now=1000.0)
    assert tokens.expires_at == (None if lifetime is None else 1000.0 + lifetime)


@pytest.mark.parametrize("expires_at", [math.nan, math.inf, "soon", True])
def test_stored_tokens_need_a_finite_expiry(expires_at: Any) -> None:
    with pytest.raises(ValueError, match="finite Unix time"):
        OAuthTokens(ACCESS, REFRESH, expires_at=expires_at)


async def test_a_negative_expires_in_does_not_make_every_call_refresh(hx: ModuleType) -> None:
    token_requests: list[Any] = []

    def handler(request: Any) -> Any:
        if request.url.path.endswith("/token"):
            token_requests.append(request)
            return reply(hx, 200, {"access_token": ACCESS, "refresh_token": REFRESH, "expires_in": -100_000})
        return reply(hx, 200, {"status": "success", "data": {"id": 1, "username": "u", "email": "u@x.test"}})

    async with client(hx, handler) as http:
        tokens = await APP.exchange_code(CODE, code_verifier=VERIFIER, http_client=http)
        assert tokens.expires_at is None
        async with CalClient(oauth=OAuthSession(APP, tokens), http_client=http) as cal:
            for _ in range(5):
                await cal.me.get()
    assert len(token_requests) == 1  # the exchange only


@contextlib.contextmanager
def _made_clients_fail(
    hx: ModuleType, handler: Callable[[Any], Any], monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The clients the SDK makes itself (CAL_HTTP_BACKEND picks the library) send to ``handler``."""
    made = hx.AsyncClient

    def failing(*args: Any, **kwargs: Any) -> Any:
        return made(*args, **{**kwargs, "transport": hx.MockTransport(handler)})

    monkeypatch.setenv("CAL_HTTP_BACKEND", hx.__name__)
    with monkeypatch.context() as patch:
        patch.setattr(hx, "AsyncClient", failing)
        yield


def _leaks(logs: pytest.LogCaptureFixture) -> list[str]:
    records = "\n".join(f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in logs.records)
    return [s for s in (ACCESS, REFRESH, SECRET, VERIFIER) if s in records]
