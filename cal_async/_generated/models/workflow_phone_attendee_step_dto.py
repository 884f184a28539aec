# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.workflow_phone_attendee_step_dto_action import WorkflowPhoneAttendeeStepDtoAction
from ..models.workflow_phone_attendee_step_dto_recipient import WorkflowPhoneAttendeeStepDtoRecipient
from ..models.workflow_phone_attendee_step_dto_template import WorkflowPhoneAttendeeStepDtoTemplate

if TYPE_CHECKING:
    from ..models.text_workflow_message_dto import TextWorkflowMessageDto


class WorkflowPhoneAttendeeStepDto(ApiModel):
    """
    Attributes:
        action (WorkflowPhoneAttendeeStepDtoAction): Action to perform, send a text message to the phone numbers of the
            attendees Default: WorkflowPhoneAttendeeStepDtoAction.SMS_ATTENDEE. Example: sms_attendee.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (WorkflowPhoneAttendeeStepDtoRecipient): Recipient type Example: attendee.
        template (WorkflowPhoneAttendeeStepDtoTemplate): Template type for the step Example: reminder.
        sender (str): Displayed sender name.
        message (TextWorkflowMessageDto):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "action",
            "stepNumber",
            "recipient",
            "template",
            "sender",
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
            "message",
        }
    )

    def __init__(
        self,
        *,
        action: WorkflowPhoneAttendeeStepDtoAction,
        step_number: float,
        recipient: WorkflowPhoneAttendeeStepDtoRecipient,
        template: WorkflowPhoneAttendeeStepDtoTemplate,
        sender: str,
        message: TextWorkflowMessageDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = WorkflowPhoneAttendeeStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = WorkflowPhoneAttendeeStepDtoRecipient(recipient).value

        data["template"] = WorkflowPhoneAttendeeStepDtoTemplate(template).value

        data["sender"] = sender

        data["message"] = as_json(message)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> WorkflowPhoneAttendeeStepDtoAction:
        """Action to perform, send a text message to the phone numbers of the attendees"""
        action = WorkflowPhoneAttendeeStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> WorkflowPhoneAttendeeStepDtoRecipient:
        """Recipient type"""
        recipient = WorkflowPhoneAttendeeStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> WorkflowPhoneAttendeeStepDtoTemplate:
        """Template type for the step"""
        template = WorkflowPhoneAttendeeStepDtoTemplate(self._req("template"))

        return template

    @property
    def sender(self) -> str:
        """Displayed sender name."""
        return cast(str, self._req("sender"))

    @property
    def message(self) -> TextWorkflowMessageDto:
        from ..models.text_workflow_message_dto import TextWorkflowMessageDto  # noqa: PLC0415

        message = TextWorkflowMessageDto.from_dict(self._req("message"))

        return message
