# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.workflow_phone_whats_app_attendee_step_dto_action import WorkflowPhoneWhatsAppAttendeeStepDtoAction
from ..models.workflow_phone_whats_app_attendee_step_dto_recipient import WorkflowPhoneWhatsAppAttendeeStepDtoRecipient
from ..models.workflow_phone_whats_app_attendee_step_dto_template import WorkflowPhoneWhatsAppAttendeeStepDtoTemplate

if TYPE_CHECKING:
    from ..models.text_workflow_message_dto import TextWorkflowMessageDto


class WorkflowPhoneWhatsAppAttendeeStepDto(ApiModel):
    """
    Attributes:
        action (WorkflowPhoneWhatsAppAttendeeStepDtoAction): Action to perform Default:
            WorkflowPhoneWhatsAppAttendeeStepDtoAction.WHATSAPP_ATTENDEE. Example: whatsapp_attendee.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (WorkflowPhoneWhatsAppAttendeeStepDtoRecipient): Recipient type Example: attendee.
        template (WorkflowPhoneWhatsAppAttendeeStepDtoTemplate): Template type for the step Example: reminder.
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
        action: WorkflowPhoneWhatsAppAttendeeStepDtoAction,
        step_number: float,
        recipient: WorkflowPhoneWhatsAppAttendeeStepDtoRecipient,
        template: WorkflowPhoneWhatsAppAttendeeStepDtoTemplate,
        sender: str,
        message: TextWorkflowMessageDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = WorkflowPhoneWhatsAppAttendeeStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = WorkflowPhoneWhatsAppAttendeeStepDtoRecipient(recipient).value

        data["template"] = WorkflowPhoneWhatsAppAttendeeStepDtoTemplate(template).value

        data["sender"] = sender

        data["message"] = as_json(message)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> WorkflowPhoneWhatsAppAttendeeStepDtoAction:
        """Action to perform"""
        action = WorkflowPhoneWhatsAppAttendeeStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> WorkflowPhoneWhatsAppAttendeeStepDtoRecipient:
        """Recipient type"""
        recipient = WorkflowPhoneWhatsAppAttendeeStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> WorkflowPhoneWhatsAppAttendeeStepDtoTemplate:
        """Template type for the step"""
        template = WorkflowPhoneWhatsAppAttendeeStepDtoTemplate(self._req("template"))

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
