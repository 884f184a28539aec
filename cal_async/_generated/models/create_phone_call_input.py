# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .create_phone_call_input_template_type import CreatePhoneCallInputTemplateType

if TYPE_CHECKING:
    pass


class CreatePhoneCallInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    your_phone_number: str = field("yourPhoneNumber", STR, required=True)
    """ Your phone number """
    number_to_call: str = field("numberToCall", STR, required=True)
    """ Number to call """
    cal_api_key: str = field("calApiKey", STR, required=True)
    """ CAL API Key """
    enabled: bool = field("enabled", BOOL, required=True)
    """ Enabled status """
    template_type: CreatePhoneCallInputTemplateType = field(
        "templateType", enum_of(CreatePhoneCallInputTemplateType), required=True
    )
    """ Template type """
    scheduler_name: str | Unset = field("schedulerName", STR, required=False)
    """ Scheduler name """
    guest_name: str | Unset = field("guestName", STR, required=False)
    """ Guest name """
    guest_email: str | Unset = field("guestEmail", STR, required=False)
    """ Guest email """
    guest_company: str | Unset = field("guestCompany", STR, required=False)
    """ Guest company """
    begin_message: str | Unset = field("beginMessage", STR, required=False)
    """ Begin message """
    general_prompt: str | Unset = field("generalPrompt", STR, required=False)
    """ General prompt """

    def __init__(
        self,
        *,
        your_phone_number: str,
        number_to_call: str,
        cal_api_key: str,
        enabled: bool,
        template_type: CreatePhoneCallInputTemplateType,
        scheduler_name: str | Unset = UNSET,
        guest_name: str | Unset = UNSET,
        guest_email: str | Unset = UNSET,
        guest_company: str | Unset = UNSET,
        begin_message: str | Unset = UNSET,
        general_prompt: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "yourPhoneNumber": your_phone_number,
                "numberToCall": number_to_call,
                "calApiKey": cal_api_key,
                "enabled": enabled,
                "templateType": template_type,
                "schedulerName": scheduler_name,
                "guestName": guest_name,
                "guestEmail": guest_email,
                "guestCompany": guest_company,
                "beginMessage": begin_message,
                "generalPrompt": general_prompt,
            }
        )


class CreatePhoneCallInputDict(TypedDict, total=False):
    """``CreatePhoneCallInput`` as a plain dict with the API's JSON names, for request bodies."""

    yourPhoneNumber: Required[str]
    numberToCall: Required[str]
    calApiKey: Required[str]
    enabled: Required[bool]
    templateType: Required[CreatePhoneCallInputTemplateType | Literal["CHECK_IN_APPOINTMENT", "CUSTOM_TEMPLATE"]]
    schedulerName: str
    guestName: str
    guestEmail: str
    guestCompany: str
    beginMessage: str
    generalPrompt: str
