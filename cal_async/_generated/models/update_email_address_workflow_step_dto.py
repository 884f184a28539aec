# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_email_address_workflow_step_dto_action import UpdateEmailAddressWorkflowStepDtoAction
from ..models.update_email_address_workflow_step_dto_recipient import UpdateEmailAddressWorkflowStepDtoRecipient
from ..models.update_email_address_workflow_step_dto_template import UpdateEmailAddressWorkflowStepDtoTemplate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.html_workflow_message_dto import HtmlWorkflowMessageDto


class UpdateEmailAddressWorkflowStepDto(ApiModel):
    """
    Attributes:
        action (UpdateEmailAddressWorkflowStepDtoAction): Action to perform, send an email to a specific email address
            Default: UpdateEmailAddressWorkflowStepDtoAction.EMAIL_ADDRESS. Example: email_address.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (UpdateEmailAddressWorkflowStepDtoRecipient): Recipient type Example: attendee.
        template (UpdateEmailAddressWorkflowStepDtoTemplate): Template type for the step Example: reminder.
        sender (str): Displayed sender name.
        verified_email_id (int): Email address if recipient is EMAIL, required for action EMAIL_ADDRESS Example: 31214.
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
            "verifiedEmailId",
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
            "verifiedEmailId",
            "includeCalendarEvent",
            "message",
        }
    )

    def __init__(
        self,
        *,
        action: UpdateEmailAddressWorkflowStepDtoAction,
        step_number: float,
        recipient: UpdateEmailAddressWorkflowStepDtoRecipient,
        template: UpdateEmailAddressWorkflowStepDtoTemplate,
        sender: str,
        verified_email_id: int,
        include_calendar_event: bool,
        message: HtmlWorkflowMessageDto,
        id: int | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = UpdateEmailAddressWorkflowStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = UpdateEmailAddressWorkflowStepDtoRecipient(recipient).value

        data["template"] = UpdateEmailAddressWorkflowStepDtoTemplate(template).value

        data["sender"] = sender

        data["verifiedEmailId"] = verified_email_id

        data["includeCalendarEvent"] = include_calendar_event

        data["message"] = as_json(message)

        _id = id

        if not isinstance(_id, Unset):
            data["id"] = _id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> UpdateEmailAddressWorkflowStepDtoAction:
        """Action to perform, send an email to a specific email address"""
        action = UpdateEmailAddressWorkflowStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> UpdateEmailAddressWorkflowStepDtoRecipient:
        """Recipient type"""
        recipient = UpdateEmailAddressWorkflowStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> UpdateEmailAddressWorkflowStepDtoTemplate:
        """Template type for the step"""
        template = UpdateEmailAddressWorkflowStepDtoTemplate(self._req("template"))

        return template

    @property
    def sender(self) -> str:
        """Displayed sender name."""
        return cast(str, self._req("sender"))

    @property
    def verified_email_id(self) -> int:
        """Email address if recipient is EMAIL, required for action EMAIL_ADDRESS"""
        return cast(int, self._req("verifiedEmailId"))

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
