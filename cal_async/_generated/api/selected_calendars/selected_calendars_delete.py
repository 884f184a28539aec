# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._operation import Operation, decode_result
from cal_async._query_params import query_params
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from ...models.selected_calendar_output_dto import SelectedCalendarOutputDto

    pass

OPERATION: Final = "selected_calendars.delete"
METHOD: Final = "DELETE"
PATH: Final = "/v2/selected-calendars"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[SelectedCalendarOutputDto]] = model("selected_calendar_output_dto", "SelectedCalendarOutputDto")


def build_request(
    *,
    integration: str,
    external_id: str,
    credential_id: str,
    delegation_credential_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    params: dict[str, Any] = {}
    params.update(query_params("integration", "integration", integration))
    params.update(query_params("externalId", "external_id", external_id))
    params.update(query_params("credentialId", "credential_id", credential_id))
    if not isinstance(delegation_credential_id, Unset):
        params.update(query_params("delegationCredentialId", "delegation_credential_id", delegation_credential_id))
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
        "headers": headers,
    }
    return kwargs


def parse_result(data: Any) -> SelectedCalendarOutputDto:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(OPERATION, METHOD, "/v2/selected-calendars", AUTH, API_VERSION, build_request, parse_result)
