# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.workflow_step_output_dto_action import WorkflowStepOutputDtoAction
from ..models.workflow_step_output_dto_recipient import WorkflowStepOutputDtoRecipient
from ..models.workflow_step_output_dto_template import WorkflowStepOutputDtoTemplate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_message_output_dto import WorkflowMessageOutputDto


class WorkflowStepOutputDto(ApiModel):
    """
    Attributes:
        id (int): Unique identifier of the step Example: 67244.
        step_number (float): Step number in the workflow sequence Example: 1.
        action (WorkflowStepOutputDtoAction): Action to perform Example: email_host.
        recipient (WorkflowStepOutputDtoRecipient): Intended recipient type Example: const.
        template (WorkflowStepOutputDtoTemplate): Template type used Example: reminder.
        sender (str): Displayed sender name used for this step Example: Cal.com Notifications.
        message (WorkflowMessageOutputDto):
        email (str | Unset): Verified Email  if action is EMAIL_ADDRESS Example: 31214.
        phone (str | Unset): Verified Phone if action is SMS_NUMBER or WHATSAPP_NUMBER
        include_calendar_event (bool | Unset): Whether a calendar event (.ics) was included (for email actions) Default:
            False. Example: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "stepNumber",
            "action",
            "recipient",
            "template",
            "sender",
            "message",
            "email",
            "phone",
            "includeCalendarEvent",
        }
    )
    _required = frozenset(
        {
            "id",
            "stepNumber",
            "action",
            "recipient",
            "template",
            "sender",
            "message",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        step_number: float,
        action: WorkflowStepOutputDtoAction,
        recipient: WorkflowStepOutputDtoRecipient,
        template: WorkflowStepOutputDtoTemplate,
        sender: str,
        message: WorkflowMessageOutputDto,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        include_calendar_event: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["stepNumber"] = step_number

        data["action"] = WorkflowStepOutputDtoAction(action).value

        data["recipient"] = WorkflowStepOutputDtoRecipient(recipient).value

        data["template"] = WorkflowStepOutputDtoTemplate(template).value

        data["sender"] = sender

        data["message"] = as_json(message)

        _email = email

        if not isinstance(_email, Unset):
            data["email"] = _email
        _phone = phone

        if not isinstance(_phone, Unset):
            data["phone"] = _phone
        _include_calendar_event = include_calendar_event

        if not isinstance(_include_calendar_event, Unset):
            data["includeCalendarEvent"] = _include_calendar_event
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        """Unique identifier of the step"""
        return cast(int, self._req("id"))

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def action(self) -> WorkflowStepOutputDtoAction:
        """Action to perform"""
        action = WorkflowStepOutputDtoAction(self._req("action"))

        return action

    @property
    def recipient(self) -> WorkflowStepOutputDtoRecipient:
        """Intended recipient type"""
        recipient = WorkflowStepOutputDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> WorkflowStepOutputDtoTemplate:
        """Template type used"""
        template = WorkflowStepOutputDtoTemplate(self._req("template"))

        return template

    @property
    def sender(self) -> str:
        """Displayed sender name used for this step"""
        return cast(str, self._req("sender"))

    @property
    def message(self) -> WorkflowMessageOutputDto:
        from ..models.workflow_message_output_dto import WorkflowMessageOutputDto  # noqa: PLC0415

        message = WorkflowMessageOutputDto.from_dict(self._req("message"))

        return message

    @property
    def email(self) -> str | Unset:
        """Verified Email  if action is EMAIL_ADDRESS"""
        return cast(str | Unset, self._data.get("email", UNSET))

    @property
    def phone(self) -> str | Unset:
        """Verified Phone if action is SMS_NUMBER or WHATSAPP_NUMBER"""
        return cast(str | Unset, self._data.get("phone", UNSET))

    @property
    def include_calendar_event(self) -> bool | Unset:
        """Whether a calendar event (.ics) was included (for email actions)"""
        return cast(bool | Unset, self._data.get("includeCalendarEvent", UNSET))
