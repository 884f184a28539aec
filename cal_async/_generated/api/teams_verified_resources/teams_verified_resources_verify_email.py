# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from cal_async._fields import (
    Decoder,
    model,
)
from cal_async._models import to_json
from cal_async._operation import Operation, decode_result
from cal_async._path_params import path_segment

if TYPE_CHECKING:
    from ...models.schedule_output_legacy import ScheduleOutputLegacy
    from ...models.verify_email_input import VerifyEmailInput, VerifyEmailInputDict

    pass

OPERATION: Final = "teams.verified_resources.verify_email"
METHOD: Final = "POST"
PATH: Final = "/v2/teams/{team_id}/verified-resources/emails/verification-code/verify"
AUTH: Final[tuple[str, ...]] = ("Authorization",)
API_VERSION: Final[str | None] = None
RESULT: Final[Decoder[ScheduleOutputLegacy]] = model("schedule_output_legacy", "ScheduleOutputLegacy")


def build_request(
    team_id: int,
    *,
    body: VerifyEmailInput | VerifyEmailInputDict,
) -> dict[str, Any]:
    headers: dict[str, str] = {}
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            team_id=path_segment("team_id", team_id),
        ),
        "headers": headers,
    }
    kwargs["json"] = to_json(body, what="body")
    return kwargs


def parse_result(data: Any) -> ScheduleOutputLegacy:
    """The envelope's ``data``, decoded (the envelope's ``status`` is ``success`` here)."""
    return decode_result(OPERATION, data, RESULT, enveloped=True)


ENDPOINT: Final = Operation(
    OPERATION,
    METHOD,
    "/v2/teams/{teamId}/verified-resources/emails/verification-code/verify",
    AUTH,
    API_VERSION,
    build_request,
    parse_result,
)
