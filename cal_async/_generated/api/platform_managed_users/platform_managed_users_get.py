# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    list_of,
    model,
)
from cal_async._operation import PagedOperation, decode_page, decode_result
from cal_async._path_params import path_segment
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ...models.managed_user_output import ManagedUserOutput

    pass

OPERATION: Final = "platform.managed_users.get"
METHOD: Final = "GET"
PATH: Final = "/v2/oauth-clients/{client_id}/users"
AUTH: Final[tuple[str, ...]] = ("x-cal-secret-key",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[list[ManagedUserOutput]]] = list_of(model("managed_user_output", "ManagedUserOutput"))
ITEM: Final[Decoder[ManagedUserOutput]] = model("managed_user_output", "ManagedUserOutput")


def build_request(
    client_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    emails: Sequence[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    if not isinstance(limit, Unset):
        params.update(query_params("limit", "limit", limit))
    if not isinstance(offset, Unset):
        params.update(query_params("offset", "offset", offset))
    if not isinstance(emails, Unset):
        params.update(query_params("emails", "emails", emails))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            client_id=path_segment("client_id", client_id),
        ),
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> list[ManagedUserOutput]:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


def parse_page(data: Any) -> tuple[list[ManagedUserOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    return decode_page(OPERATION, data, ITEM, single=False)


ENDPOINT: Final = PagedOperation(
    OPERATION,
    METHOD,
    "/v2/oauth-clients/{clientId}/users",
    AUTH,
    API_VERSION,
    build_request,
    parse_page,
    offset="offset",
    limit="limit",
    default_limit=100,
)
