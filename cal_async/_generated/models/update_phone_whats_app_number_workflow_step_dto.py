# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_phone_whats_app_number_workflow_step_dto_action import (
    UpdatePhoneWhatsAppNumberWorkflowStepDtoAction,
)
from ..models.update_phone_whats_app_number_workflow_step_dto_recipient import (
    UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient,
)
from ..models.update_phone_whats_app_number_workflow_step_dto_template import (
    UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_workflow_message_dto import TextWorkflowMessageDto


class UpdatePhoneWhatsAppNumberWorkflowStepDto(ApiModel):
    """
    Attributes:
        action (UpdatePhoneWhatsAppNumberWorkflowStepDtoAction): Action to perform, send a text message via whatsapp to
            a specific phone number Default: UpdatePhoneWhatsAppNumberWorkflowStepDtoAction.WHATSAPP_NUMBER. Example:
            whatsapp_number.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient): Recipient type Example: attendee.
        template (UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate): Template type for the step Example: reminder.
        sender (str): Displayed sender name.
        verified_phone_id (int): Phone number if recipient is PHONE_NUMBER, required for actions SMS_NUMBER and
            WHATSAPP_NUMBER Example: 3243434.
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
            "verifiedPhoneId",
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
            "verifiedPhoneId",
            "message",
        }
    )

    def __init__(
        self,
        *,
        action: UpdatePhoneWhatsAppNumberWorkflowStepDtoAction,
        step_number: float,
        recipient: UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient,
        template: UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate,
        sender: str,
        verified_phone_id: int,
        message: TextWorkflowMessageDto,
        id: int | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = UpdatePhoneWhatsAppNumberWorkflowStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient(recipient).value

        data["template"] = UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate(template).value

        data["sender"] = sender

        data["verifiedPhoneId"] = verified_phone_id

        data["message"] = as_json(message)

        _id = id

        if not isinstance(_id, Unset):
            data["id"] = _id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> UpdatePhoneWhatsAppNumberWorkflowStepDtoAction:
        """Action to perform, send a text message via whatsapp to a specific phone number"""
        action = UpdatePhoneWhatsAppNumberWorkflowStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient:
        """Recipient type"""
        recipient = UpdatePhoneWhatsAppNumberWorkflowStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate:
        """Template type for the step"""
        template = UpdatePhoneWhatsAppNumberWorkflowStepDtoTemplate(self._req("template"))

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

    @property
    def id(self) -> int | Unset:
        """Unique identifier of the step you want to update, if adding a new step do not provide this id"""
        return cast(int | Unset, self._data.get("id", UNSET))
