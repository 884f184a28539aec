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

from .update_phone_attendee_workflow_step_dto_action import UpdatePhoneAttendeeWorkflowStepDtoAction
from .update_phone_attendee_workflow_step_dto_recipient import UpdatePhoneAttendeeWorkflowStepDtoRecipient
from .update_phone_attendee_workflow_step_dto_template import UpdatePhoneAttendeeWorkflowStepDtoTemplate

if TYPE_CHECKING:
    from .text_workflow_message_dto import TextWorkflowMessageDto, TextWorkflowMessageDtoDict

    pass


class UpdatePhoneAttendeeWorkflowStepDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    action: UpdatePhoneAttendeeWorkflowStepDtoAction = field(
        "action", enum_of(UpdatePhoneAttendeeWorkflowStepDtoAction), required=True
    )
    """ Action to perform, send a text message to the phone numbers of the attendees """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    recipient: UpdatePhoneAttendeeWorkflowStepDtoRecipient = field(
        "recipient", enum_of(UpdatePhoneAttendeeWorkflowStepDtoRecipient), required=True
    )
    """ Recipient type """
    template: UpdatePhoneAttendeeWorkflowStepDtoTemplate = field(
        "template", enum_of(UpdatePhoneAttendeeWorkflowStepDtoTemplate), required=True
    )
    """ Template type for the step """
    sender: str = field("sender", STR, required=True)
    """ Displayed sender name. """
    message: TextWorkflowMessageDto = field(
        "message", model("text_workflow_message_dto", "TextWorkflowMessageDto"), required=True
    )
    id: int | Unset = field("id", INT, required=False)
    """ Unique identifier of the step you want to update, if adding a new step do not provide this id """

    def __init__(
        self,
        *,
        action: UpdatePhoneAttendeeWorkflowStepDtoAction,
        step_number: float,
        recipient: UpdatePhoneAttendeeWorkflowStepDtoRecipient,
        template: UpdatePhoneAttendeeWorkflowStepDtoTemplate,
        sender: str,
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
                "message": message,
                "id": id,
            }
        )


class UpdatePhoneAttendeeWorkflowStepDtoDict(TypedDict, total=False):
    """``UpdatePhoneAttendeeWorkflowStepDto`` as a plain dict with the API's JSON names, for request bodies."""

    action: Required[
        UpdatePhoneAttendeeWorkflowStepDtoAction
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
        UpdatePhoneAttendeeWorkflowStepDtoRecipient | Literal["attendee", "const", "email", "phone_number"]
    ]
    template: Required[
        UpdatePhoneAttendeeWorkflowStepDtoTemplate
        | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    message: Required[TextWorkflowMessageDto | TextWorkflowMessageDtoDict]
    id: int
