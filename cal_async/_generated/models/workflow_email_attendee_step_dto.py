# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.workflow_email_attendee_step_dto_action import WorkflowEmailAttendeeStepDtoAction
from ..models.workflow_email_attendee_step_dto_recipient import WorkflowEmailAttendeeStepDtoRecipient
from ..models.workflow_email_attendee_step_dto_template import WorkflowEmailAttendeeStepDtoTemplate

if TYPE_CHECKING:
    from ..models.html_workflow_message_dto import HtmlWorkflowMessageDto


class WorkflowEmailAttendeeStepDto(ApiModel):
    """
    Attributes:
        action (WorkflowEmailAttendeeStepDtoAction): Action to perform, send an email to the attendees of the event
            Default: WorkflowEmailAttendeeStepDtoAction.EMAIL_ATTENDEE. Example: email_attendee.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (WorkflowEmailAttendeeStepDtoRecipient): Recipient type Example: attendee.
        template (WorkflowEmailAttendeeStepDtoTemplate): Template type for the step Example: reminder.
        sender (str): Displayed sender name.
        include_calendar_event (bool): Whether to include a calendar event in the notification, can be included with
            actions email_host, email_attendee, email_address Default: False. Example: True.
        message (HtmlWorkflowMessageDto):
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
        action: WorkflowEmailAttendeeStepDtoAction,
        step_number: float,
        recipient: WorkflowEmailAttendeeStepDtoRecipient,
        template: WorkflowEmailAttendeeStepDtoTemplate,
        sender: str,
        include_calendar_event: bool,
        message: HtmlWorkflowMessageDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = WorkflowEmailAttendeeStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = WorkflowEmailAttendeeStepDtoRecipient(recipient).value

        data["template"] = WorkflowEmailAttendeeStepDtoTemplate(template).value

        data["sender"] = sender

        data["includeCalendarEvent"] = include_calendar_event

        data["message"] = as_json(message)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> WorkflowEmailAttendeeStepDtoAction:
        """Action to perform, send an email to the attendees of the event"""
        action = WorkflowEmailAttendeeStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> WorkflowEmailAttendeeStepDtoRecipient:
        """Recipient type"""
        recipient = WorkflowEmailAttendeeStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> WorkflowEmailAttendeeStepDtoTemplate:
        """Template type for the step"""
        template = WorkflowEmailAttendeeStepDtoTemplate(self._req("template"))

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
