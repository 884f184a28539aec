# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_email_host_workflow_step_dto_action import UpdateEmailHostWorkflowStepDtoAction
from ..models.update_email_host_workflow_step_dto_recipient import UpdateEmailHostWorkflowStepDtoRecipient
from ..models.update_email_host_workflow_step_dto_template import UpdateEmailHostWorkflowStepDtoTemplate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.html_workflow_message_dto import HtmlWorkflowMessageDto


class UpdateEmailHostWorkflowStepDto(ApiModel):
    """
    Attributes:
        action (UpdateEmailHostWorkflowStepDtoAction): Action to perform, send an email to the host of the event
            Default: UpdateEmailHostWorkflowStepDtoAction.EMAIL_HOST. Example: email_host.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (UpdateEmailHostWorkflowStepDtoRecipient): Recipient type Example: attendee.
        template (UpdateEmailHostWorkflowStepDtoTemplate): Template type for the step Example: reminder.
        sender (str): Displayed sender name.
        include_calendar_event (bool): Whether to include a calendar event in the notification, can be included with
            actions email_host, email_attendee, email_address Default: False. Example: True.
        message (HtmlWorkflowMessageDto):
        id (int | Unset): Unique identifier of the step you want to update, if adding a new step do not provide this id
            Example: 67244.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "action",
            "stepNumber",
            "recipient",
            "template",
            "sender",
            "includeCalendarEvent",
            "message",
            "id",
        }
    )
    _required = frozenset(
        {
            "action",
            "stepNumber",
            "recipient",
            "template",
            "sender",
            "includeCalendarEvent",
            "message",
        }
    )

    def __init__(
        self,
        *,
        action: UpdateEmailHostWorkflowStepDtoAction,
        step_number: float,
        recipient: UpdateEmailHostWorkflowStepDtoRecipient,
        template: UpdateEmailHostWorkflowStepDtoTemplate,
        sender: str,
        include_calendar_event: bool,
        message: HtmlWorkflowMessageDto,
        id: int | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = UpdateEmailHostWorkflowStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = UpdateEmailHostWorkflowStepDtoRecipient(recipient).value

        data["template"] = UpdateEmailHostWorkflowStepDtoTemplate(template).value

        data["sender"] = sender

        data["includeCalendarEvent"] = include_calendar_event

        data["message"] = as_json(message)

        _id = id

        if not isinstance(_id, Unset):
            data["id"] = _id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> UpdateEmailHostWorkflowStepDtoAction:
        """Action to perform, send an email to the host of the event"""
        action = UpdateEmailHostWorkflowStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> UpdateEmailHostWorkflowStepDtoRecipient:
        """Recipient type"""
        recipient = UpdateEmailHostWorkflowStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> UpdateEmailHostWorkflowStepDtoTemplate:
        """Template type for the step"""
        template = UpdateEmailHostWorkflowStepDtoTemplate(self._req("template"))

        return template

    @property
    def sender(self) -> str:
        """Displayed sender name."""
        return cast(str, self._req("sender"))

    @property
    def include_calendar_event(self) -> bool:
        """Whether to include a calendar event in the notification, can be included with actions email_host,
        email_attendee, email_address"""
        return cast(bool, self._req("includeCalendarEvent"))

    @property
    def message(self) -> HtmlWorkflowMessageDto:
        from ..models.html_workflow_message_dto import HtmlWorkflowMessageDto  # noqa: PLC0415

        message = HtmlWorkflowMessageDto.from_dict(self._req("message"))

        return message

    @property
    def id(self) -> int | Unset:
        """Unique identifier of the step you want to update, if adding a new step do not provide this id"""
        return cast(int | Unset, self._data.get("id", UNSET))
