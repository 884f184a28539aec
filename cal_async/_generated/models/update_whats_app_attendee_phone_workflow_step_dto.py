# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_whats_app_attendee_phone_workflow_step_dto_action import (
    UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction,
)
from ..models.update_whats_app_attendee_phone_workflow_step_dto_recipient import (
    UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient,
)
from ..models.update_whats_app_attendee_phone_workflow_step_dto_template import (
    UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_workflow_message_dto import TextWorkflowMessageDto


class UpdateWhatsAppAttendeePhoneWorkflowStepDto(ApiModel):
    """
    Attributes:
        action (UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction): Action to perform Default:
            UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction.WHATSAPP_ATTENDEE. Example: whatsapp_attendee.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient): Recipient type Example: attendee.
        template (UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate): Template type for the step Example: reminder.
        sender (str): Displayed sender name.
        message (TextWorkflowMessageDto):
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
            "message",
        }
    )

    def __init__(
        self,
        *,
        action: UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction,
        step_number: float,
        recipient: UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient,
        template: UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate,
        sender: str,
        message: TextWorkflowMessageDto,
        id: int | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient(recipient).value

        data["template"] = UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate(template).value

        data["sender"] = sender

        data["message"] = as_json(message)

        _id = id

        if not isinstance(_id, Unset):
            data["id"] = _id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction:
        """Action to perform"""
        action = UpdateWhatsAppAttendeePhoneWorkflowStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient:
        """Recipient type"""
        recipient = UpdateWhatsAppAttendeePhoneWorkflowStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate:
        """Template type for the step"""
        template = UpdateWhatsAppAttendeePhoneWorkflowStepDtoTemplate(self._req("template"))

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

    @property
    def id(self) -> int | Unset:
        """Unique identifier of the step you want to update, if adding a new step do not provide this id"""
        return cast(int | Unset, self._data.get("id", UNSET))
