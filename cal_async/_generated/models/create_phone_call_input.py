# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_phone_call_input_template_type import CreatePhoneCallInputTemplateType
from ..types import UNSET, Unset


class CreatePhoneCallInput(ApiModel):
    """
    Attributes:
        your_phone_number (str): Your phone number
        number_to_call (str): Number to call
        cal_api_key (str): CAL API Key
        enabled (bool): Enabled status Default: True.
        template_type (CreatePhoneCallInputTemplateType): Template type Default:
            CreatePhoneCallInputTemplateType.CUSTOM_TEMPLATE.
        scheduler_name (str | Unset): Scheduler name
        guest_name (str | Unset): Guest name
        guest_email (str | Unset): Guest email
        guest_company (str | Unset): Guest company
        begin_message (str | Unset): Begin message
        general_prompt (str | Unset): General prompt
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "yourPhoneNumber",
            "numberToCall",
            "calApiKey",
            "enabled",
            "templateType",
            "schedulerName",
            "guestName",
            "guestEmail",
            "guestCompany",
            "beginMessage",
            "generalPrompt",
        }
    )
    _required = frozenset(
        {
            "yourPhoneNumber",
            "numberToCall",
            "calApiKey",
            "enabled",
            "templateType",
        }
    )

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["yourPhoneNumber"] = your_phone_number

        data["numberToCall"] = number_to_call

        data["calApiKey"] = cal_api_key

        data["enabled"] = enabled

        data["templateType"] = CreatePhoneCallInputTemplateType(template_type).value

        _scheduler_name = scheduler_name

        if not isinstance(_scheduler_name, Unset):
            data["schedulerName"] = _scheduler_name
        _guest_name = guest_name

        if not isinstance(_guest_name, Unset):
            data["guestName"] = _guest_name
        _guest_email = guest_email

        if not isinstance(_guest_email, Unset):
            data["guestEmail"] = _guest_email
        _guest_company = guest_company

        if not isinstance(_guest_company, Unset):
            data["guestCompany"] = _guest_company
        _begin_message = begin_message

        if not isinstance(_begin_message, Unset):
            data["beginMessage"] = _begin_message
        _general_prompt = general_prompt

        if not isinstance(_general_prompt, Unset):
            data["generalPrompt"] = _general_prompt
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def your_phone_number(self) -> str:
        """Your phone number"""
        return cast(str, self._req("yourPhoneNumber"))

    @property
    def number_to_call(self) -> str:
        """Number to call"""
        return cast(str, self._req("numberToCall"))

    @property
    def cal_api_key(self) -> str:
        """CAL API Key"""
        return cast(str, self._req("calApiKey"))

    @property
    def enabled(self) -> bool:
        """Enabled status"""
        return cast(bool, self._req("enabled"))

    @property
    def template_type(self) -> CreatePhoneCallInputTemplateType:
        """Template type"""
        template_type = CreatePhoneCallInputTemplateType(self._req("templateType"))

        return template_type

    @property
    def scheduler_name(self) -> str | Unset:
        """Scheduler name"""
        return cast(str | Unset, self._data.get("schedulerName", UNSET))

    @property
    def guest_name(self) -> str | Unset:
        """Guest name"""
        return cast(str | Unset, self._data.get("guestName", UNSET))

    @property
    def guest_email(self) -> str | Unset:
        """Guest email"""
        return cast(str | Unset, self._data.get("guestEmail", UNSET))

    @property
    def guest_company(self) -> str | Unset:
        """Guest company"""
        return cast(str | Unset, self._data.get("guestCompany", UNSET))

    @property
    def begin_message(self) -> str | Unset:
        """Begin message"""
        return cast(str | Unset, self._data.get("beginMessage", UNSET))

    @property
    def general_prompt(self) -> str | Unset:
        """General prompt"""
        return cast(str | Unset, self._data.get("generalPrompt", UNSET))
