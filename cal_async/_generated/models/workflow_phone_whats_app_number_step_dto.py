# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.workflow_phone_whats_app_number_step_dto_action import WorkflowPhoneWhatsAppNumberStepDtoAction
from ..models.workflow_phone_whats_app_number_step_dto_recipient import WorkflowPhoneWhatsAppNumberStepDtoRecipient
from ..models.workflow_phone_whats_app_number_step_dto_template import WorkflowPhoneWhatsAppNumberStepDtoTemplate

if TYPE_CHECKING:
    from ..models.text_workflow_message_dto import TextWorkflowMessageDto


class WorkflowPhoneWhatsAppNumberStepDto(ApiModel):
    """
    Attributes:
        action (WorkflowPhoneWhatsAppNumberStepDtoAction): Action to perform, send a text message via whatsapp to a
            specific phone number Default: WorkflowPhoneWhatsAppNumberStepDtoAction.WHATSAPP_NUMBER. Example:
            whatsapp_number.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (WorkflowPhoneWhatsAppNumberStepDtoRecipient): Recipient type Example: attendee.
        template (WorkflowPhoneWhatsAppNumberStepDtoTemplate): Template type for the step Example: reminder.
        sender (str): Displayed sender name.
        verified_phone_id (int): Phone number if recipient is PHONE_NUMBER, required for actions SMS_NUMBER and
            WHATSAPP_NUMBER Example: 3243434.
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
            "verifiedPhoneId",
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
            "verifiedPhoneId",
            "message",
        }
    )

    def __init__(
        self,
        *,
        action: WorkflowPhoneWhatsAppNumberStepDtoAction,
        step_number: float,
        recipient: WorkflowPhoneWhatsAppNumberStepDtoRecipient,
        template: WorkflowPhoneWhatsAppNumberStepDtoTemplate,
        sender: str,
        verified_phone_id: int,
        message: TextWorkflowMessageDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = WorkflowPhoneWhatsAppNumberStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = WorkflowPhoneWhatsAppNumberStepDtoRecipient(recipient).value

        data["template"] = WorkflowPhoneWhatsAppNumberStepDtoTemplate(template).value

        data["sender"] = sender

        data["verifiedPhoneId"] = verified_phone_id

        data["message"] = as_json(message)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> WorkflowPhoneWhatsAppNumberStepDtoAction:
        """Action to perform, send a text message via whatsapp to a specific phone number"""
        action = WorkflowPhoneWhatsAppNumberStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> WorkflowPhoneWhatsAppNumberStepDtoRecipient:
        """Recipient type"""
        recipient = WorkflowPhoneWhatsAppNumberStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> WorkflowPhoneWhatsAppNumberStepDtoTemplate:
        """Template type for the step"""
        template = WorkflowPhoneWhatsAppNumberStepDtoTemplate(self._req("template"))

        return template

    @property
    def sender(self) -> str:
        """Displayed sender name."""
        return cast(str, self._req("sender"))

    @property
    def verified_phone_id(self) -> int:
        """Phone number if recipient is PHONE_NUMBER, required for actions SMS_NUMBER and WHATSAPP_NUMBER"""
        return cast(int, self._req("verifiedPhoneId"))

    @property
    def message(self) -> TextWorkflowMessageDto:
        from ..models.text_workflow_message_dto import TextWorkflowMessageDto  # noqa: PLC0415

        message = TextWorkflowMessageDto.from_dict(self._req("message"))

        return message
