# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_phone_number_workflow_step_dto_action import UpdatePhoneNumberWorkflowStepDtoAction
from ..models.update_phone_number_workflow_step_dto_recipient import UpdatePhoneNumberWorkflowStepDtoRecipient
from ..models.update_phone_number_workflow_step_dto_template import UpdatePhoneNumberWorkflowStepDtoTemplate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_workflow_message_dto import TextWorkflowMessageDto


class UpdatePhoneNumberWorkflowStepDto(ApiModel):
    """
    Attributes:
        action (UpdatePhoneNumberWorkflowStepDtoAction): Action to perform, send a text message to a specific phone
            number Default: UpdatePhoneNumberWorkflowStepDtoAction.SMS_NUMBER. Example: sms_number.
        step_number (float): Step number in the workflow sequence Example: 1.
        recipient (UpdatePhoneNumberWorkflowStepDtoRecipient): Recipient type Example: attendee.
        template (UpdatePhoneNumberWorkflowStepDtoTemplate): Template type for the step Example: reminder.
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
        action: UpdatePhoneNumberWorkflowStepDtoAction,
        step_number: float,
        recipient: UpdatePhoneNumberWorkflowStepDtoRecipient,
        template: UpdatePhoneNumberWorkflowStepDtoTemplate,
        sender: str,
        verified_phone_id: int,
        message: TextWorkflowMessageDto,
        id: int | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["action"] = UpdatePhoneNumberWorkflowStepDtoAction(action).value

        data["stepNumber"] = step_number

        data["recipient"] = UpdatePhoneNumberWorkflowStepDtoRecipient(recipient).value

        data["template"] = UpdatePhoneNumberWorkflowStepDtoTemplate(template).value

        data["sender"] = sender

        data["verifiedPhoneId"] = verified_phone_id

        data["message"] = as_json(message)

        _id = id

        if not isinstance(_id, Unset):
            data["id"] = _id
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def action(self) -> UpdatePhoneNumberWorkflowStepDtoAction:
        """Action to perform, send a text message to a specific phone number"""
        action = UpdatePhoneNumberWorkflowStepDtoAction(self._req("action"))

        return action

    @property
    def step_number(self) -> float:
        """Step number in the workflow sequence"""
        return cast(float, self._req("stepNumber"))

    @property
    def recipient(self) -> UpdatePhoneNumberWorkflowStepDtoRecipient:
        """Recipient type"""
        recipient = UpdatePhoneNumberWorkflowStepDtoRecipient(self._req("recipient"))

        return recipient

    @property
    def template(self) -> UpdatePhoneNumberWorkflowStepDtoTemplate:
        """Template type for the step"""
        template = UpdatePhoneNumberWorkflowStepDtoTemplate(self._req("template"))

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
