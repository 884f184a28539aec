# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    INT,
    STR,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .update_phone_number_workflow_step_dto_action import UpdatePhoneNumberWorkflowStepDtoAction
from .update_phone_number_workflow_step_dto_recipient import UpdatePhoneNumberWorkflowStepDtoRecipient
from .update_phone_number_workflow_step_dto_template import UpdatePhoneNumberWorkflowStepDtoTemplate

if TYPE_CHECKING:
    from .text_workflow_message_dto import TextWorkflowMessageDto, TextWorkflowMessageDtoDict

    pass


class UpdatePhoneNumberWorkflowStepDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    action: UpdatePhoneNumberWorkflowStepDtoAction = field(
        "action", enum_of(UpdatePhoneNumberWorkflowStepDtoAction), required=True
    )
    """ Action to perform, send a text message to a specific phone number """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    recipient: UpdatePhoneNumberWorkflowStepDtoRecipient = field(
        "recipient", enum_of(UpdatePhoneNumberWorkflowStepDtoRecipient), required=True
    )
    """ Recipient type """
    template: UpdatePhoneNumberWorkflowStepDtoTemplate = field(
        "template", enum_of(UpdatePhoneNumberWorkflowStepDtoTemplate), required=True
    )
    """ Template type for the step """
    sender: str = field("sender", STR, required=True)
    """ Displayed sender name. """
    verified_phone_id: int = field("verifiedPhoneId", INT, required=True)
    """ Phone number if recipient is PHONE_NUMBER, required for actions SMS_NUMBER and WHATSAPP_NUMBER """
    message: TextWorkflowMessageDto = field(
        "message", model("text_workflow_message_dto", "TextWorkflowMessageDto"), required=True
    )
    id: int | Unset = field("id", INT, required=False)
    """ Unique identifier of the step you want to update, if adding a new step do not provide this id """

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
    ) -> None:
        self._set(
            {
                "action": action,
                "stepNumber": step_number,
                "recipient": recipient,
                "template": template,
                "sender": sender,
                "verifiedPhoneId": verified_phone_id,
                "message": message,
                "id": id,
            }
        )


class UpdatePhoneNumberWorkflowStepDtoDict(TypedDict, total=False):
    """``UpdatePhoneNumberWorkflowStepDto`` as a plain dict with the API's JSON names, for request bodies."""

    action: Required[
        UpdatePhoneNumberWorkflowStepDtoAction
        | Literal[
            "cal_ai_phone_call",
            "email_address",
            "email_attendee",
            "email_host",
            "sms_attendee",
            "sms_number",
            "whatsapp_attendee",
            "whatsapp_number",
        ]
    ]
    stepNumber: Required[float]
    recipient: Required[
        UpdatePhoneNumberWorkflowStepDtoRecipient | Literal["attendee", "const", "email", "phone_number"]
    ]
    template: Required[
        UpdatePhoneNumberWorkflowStepDtoTemplate
        | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    verifiedPhoneId: Required[int]
    message: Required[TextWorkflowMessageDto | TextWorkflowMessageDtoDict]
    id: int
