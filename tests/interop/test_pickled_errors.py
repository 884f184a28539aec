"""Every exception of ``cal_async._errors`` survives ``pickle`` (issue 20, item 10): users hand errors
across processes (Celery results, multiprocessing, logging's socket and queue handlers).

The test walks the module, so a new exception class fails here until it has a realistic instance
below. What must come back: the same class, message, ``args`` and attributes; a response the error
carries comes back without the request's credentials (they must not reach a result backend or a
log store), the response itself unchanged.
"""

from __future__ import annotations

import functools
import inspect
import pickle
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import httpx2
import pytest

from cal_async import _errors, _responses
from cal_async.resources import Slot
from cal_async.testing import FakeCal

KEY = "cal_live_" + "5ecret" * 6
SECRET_KEY = "platform-secret-key-9f3c"
REFRESH_TOKEN = "refresh-token-a81d"
CREDENTIALS = (KEY, SECRET_KEY, REFRESH_TOKEN)


def _response(status: int, body: Any, lib: ModuleType = httpx, **headers: str) -> httpx.Response:
    """A response as the client holds it: read, with the request that carried credentials."""
    request = lib.Request(
        "POST",
        "https://api.cal.com/v2/oauth/client-1/refresh",
        headers={"Authorization": f"Bearer {KEY}", "x-cal-secret-key": SECRET_KEY, "x-cal-client-id": "c1"},
        json={"refreshToken": REFRESH_TOKEN},
    )
    response: httpx.Response = lib.Response(
        status, json=body, headers={"X-Request-Id": "req-42", **headers}, request=request
    )
    return response


def _status_error(status: int) -> Callable[[], _errors.APIStatusError]:
    body = {"status": "error", "error": {"code": "SomeException", "message": f"refused with {status}"}}
    return lambda: _responses.error_from_response(_response(status, body))


_STATUS_OF = {cls: status for status, cls in _responses._BY_STATUS.items()}
_STATUS_OF |= {_errors.APIStatusError: 418, _errors.InternalServerError: 502}
_PARIS = ZoneInfo("Europe/Paris")
_START = datetime(2030, 1, 7, 10, tzinfo=_PARIS)

# One realistic instance per class, as the SDK raises it.
INSTANCES: dict[type[BaseException], Callable[[], BaseException]] = {
    **{cls: _status_error(status) for cls, status in _STATUS_OF.items()},
    _errors.RateLimitError: lambda: _responses.error_from_response(
        _response(
            429,
            {"statusCode": 429, "message": "ThrottlerException: Too Many Requests"},
            **{"X-RateLimit-Limit-Default": "120", "X-RateLimit-Remaining-Default": "0"},
            **{"X-RateLimit-Reset-Default": "37"},
        )
    ),
    _errors.CalError: lambda: _errors.CalError("something failed"),
    **{
        cls: functools.partial(
            cls,
            "GET api.cal.com/v2/me failed (2 retries): ConnectError: refused",
            method="GET",
            path="/v2/me",
            host="api.cal.com",
            retries=2,
        )
        for cls in (_errors.APIConnectionError, _errors.APITimeoutError)
    },
    _errors.APIResponseError: lambda: _errors.APIResponseError(
        "200 response is not JSON (text/html): <html>", response=_response(200, None)
    ),
    _errors.ResponseValidationError: lambda: _errors.ResponseValidationError(
        "BookingOutput", "start", "field 'start' should be an ISO 8601 date-time, the server sent str 'x'"
    ),
    _errors.TokenRefreshError: lambda: _errors.TokenRefreshError(
        "refreshing the managed user's token failed", status_code=400, request_id="req-7"
    ),
    _errors.OAuthError: lambda: _errors.OAuthError(
        "invalid_client", "client_not_found", status_code=401, request_id="req-8"
    ),
    _errors.OAuthCallbackError: lambda: _errors.OAuthCallbackError("state_mismatch", "the state differs"),
    _errors.ReauthorizationRequired: lambda: _errors.ReauthorizationRequired(
        "invalid_grant", "refresh_token_expired", status_code=400
    ),
    _errors.RateBudgetError: lambda: _errors.RateBudgetError("no slot", method="GET", path="/v2/me"),
    _errors.RateBudgetUnavailableError: lambda: _errors.RateBudgetUnavailableError(
        "redis is down", method="POST", path="/v2/bookings"
    ),
    _errors.RateBudgetExhaustedError: lambda: _errors.RateBudgetExhaustedError(
        "the key's budget is used up", method="GET", path="/v2/me", retry_after=12.5
    ),
    _errors.WebhookError: lambda: _errors.WebhookError("webhook failed"),
    _errors.WebhookSignatureError: lambda: _errors.WebhookSignatureError("mismatch", "bad signature"),
    _errors.WebhookPayloadError: lambda: _errors.WebhookPayloadError("the body is not a JSON object"),
    _errors.UnknownWebhookTriggerWarning: lambda: _errors.UnknownWebhookTriggerWarning("NEW_TRIGGER"),
    _errors.SlotUnavailableError: lambda: _errors.SlotUnavailableError(
        _START,
        [Slot(_START + timedelta(hours=h), _START + timedelta(hours=h, minutes=30)) for h in (1, 2)],
        reason="taken",
    ),
    _errors.EventTypeNotFoundError: lambda: _errors.EventTypeNotFoundError("no event type 'intro' for ada"),
    _errors.TeamNotFoundError: lambda: _errors.TeamNotFoundError("no team 'sales' in organization 7"),
}


def _exception_classes(module: ModuleType) -> list[type[BaseException]]:
    return [
        cls
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, BaseException) and cls.__module__ == module.__name__
    ]


def test_every_exception_class_of_the_module_has_an_instance_here() -> None:
    classes = _exception_classes(_errors)
    assert len(classes) >= 25
    assert set(classes) == set(INSTANCES)


def _comparable(value: object) -> object:
    """Attribute values compared by what they hold (responses and requests have no ``==``)."""
    if isinstance(value, (httpx.Response, httpx2.Response)):
        return (
            type(value),
            value.status_code,
            value.headers.multi_items(),
            value.content,
            value.request.method,
            str(value.request.url),
        )
    return value


@pytest.mark.parametrize("cls", list(INSTANCES), ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("protocol", [pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_an_error_comes_back_from_pickle_as_it_was(cls: type[BaseException], protocol: int) -> None:
    original = INSTANCES[cls]()
    assert type(original) is cls
    original.add_note("while syncing bookings")  # notes are the error's too
    data = pickle.dumps(original, protocol=protocol)
    for secret in CREDENTIALS:
        assert secret.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is cls
    assert str(copy) == str(original) and copy.args == original.args
    assert {k: _comparable(v) for k, v in vars(copy).items()} == {
        k: _comparable(v) for k, v in vars(original).items()
    }
    assert copy.__notes__ == ["while syncing bookings"]


def test_the_fields_users_read_survive() -> None:
    limited = pickle.loads(pickle.dumps(INSTANCES[_errors.RateLimitError]()))
    assert isinstance(limited, _errors.RateLimitError)
    assert limited.status_code == 429 and limited.retry_after == 37
    assert limited.rate_limit.get("default") is not None and limited.request_id == "req-42"
    assert str(limited).endswith("retry in 37.0 s")
    oauth = pickle.loads(pickle.dumps(INSTANCES[_errors.OAuthError]()))
    assert str(oauth) == (
        "the Cal.com OAuth token endpoint refused the request: 401 invalid_client: client_not_found"
    )
    assert (oauth.error, oauth.error_description) == ("invalid_client", "client_not_found")
    assert oauth.status_code == 401
    slot = pickle.loads(pickle.dumps(INSTANCES[_errors.SlotUnavailableError]()))
    assert slot.requested == _START and slot.requested.tzinfo == _PARIS
    assert [s.start for s in slot.nearest] == [_START + timedelta(hours=1), _START + timedelta(hours=2)]


@pytest.mark.parametrize("lib", [httpx, httpx2], ids=lambda lib: lib.__name__)
def test_a_carried_response_keeps_everything_but_the_requests_credentials(lib: ModuleType) -> None:
    original = _responses.error_from_response(_response(404, {"statusCode": 404, "message": "gone"}, lib))
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy.response) is lib.Response and copy.response.json() == original.body == copy.body
    assert copy.response.headers["x-request-id"] == "req-42"
    request = copy.response.request
    assert (request.method, str(request.url)) == ("POST", "https://api.cal.com/v2/oauth/client-1/refresh")
    assert "authorization" not in request.headers and "x-cal-secret-key" not in request.headers
    assert request.headers["x-cal-client-id"] == "c1"  # an id, not a secret
    assert request.content == b""  # the body (a refresh token here) is not kept
    # The error in this process is untouched.
    assert original.response.request.headers["authorization"] == f"Bearer {KEY}"


async def test_an_error_the_client_raised_pickles_without_its_key() -> None:
    fake = FakeCal(now=datetime(2030, 1, 7, 8, tzinfo=UTC))
    async with fake.client() as cal:
        with pytest.raises(_errors.NotFoundError) as raised:
            await cal.bookings.get("no-such-booking")
    assert raised.value.response.request.headers["authorization"] == f"Bearer {fake.api_key}"
    data = pickle.dumps(raised.value)
    assert fake.api_key.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is _errors.NotFoundError and str(copy) == str(raised.value)
    assert copy.response.status_code == 404 and copy.code == raised.value.code == "NotFoundException"
