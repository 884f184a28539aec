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

from .workflow_phone_number_step_dto_action import WorkflowPhoneNumberStepDtoAction
from .workflow_phone_number_step_dto_recipient import WorkflowPhoneNumberStepDtoRecipient
from .workflow_phone_number_step_dto_template import WorkflowPhoneNumberStepDtoTemplate

if TYPE_CHECKING:
    from .text_workflow_message_dto import TextWorkflowMessageDto, TextWorkflowMessageDtoDict

    pass


class WorkflowPhoneNumberStepDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    action: WorkflowPhoneNumberStepDtoAction = field("action", enum_of(WorkflowPhoneNumberStepDtoAction), required=True)
    """ Action to perform, send a text message to a specific phone number """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    recipient: WorkflowPhoneNumberStepDtoRecipient = field(
        "recipient", enum_of(WorkflowPhoneNumberStepDtoRecipient), required=True
    )
    """ Recipient type """
    template: WorkflowPhoneNumberStepDtoTemplate = field(
        "template", enum_of(WorkflowPhoneNumberStepDtoTemplate), required=True
    )
    """ Template type for the step """
    sender: str = field("sender", STR, required=True)
    """ Displayed sender name. """
    verified_phone_id: int = field("verifiedPhoneId", INT, required=True)
    """ Phone number if recipient is PHONE_NUMBER, required for actions SMS_NUMBER and WHATSAPP_NUMBER """
    message: TextWorkflowMessageDto = field(
        "message", model("text_workflow_message_dto", "TextWorkflowMessageDto"), required=True
    )

    def __init__(
        self,
        *,
        action: WorkflowPhoneNumberStepDtoAction,
        step_number: float,
        recipient: WorkflowPhoneNumberStepDtoRecipient,
        template: WorkflowPhoneNumberStepDtoTemplate,
        sender: str,
        verified_phone_id: int,
        message: TextWorkflowMessageDto,
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
            }
        )


class WorkflowPhoneNumberStepDtoDict(TypedDict, total=False):
    """``WorkflowPhoneNumberStepDto`` as a plain dict with the API's JSON names, for request bodies."""

    action: Required[
        WorkflowPhoneNumberStepDtoAction
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
    recipient: Required[WorkflowPhoneNumberStepDtoRecipient | Literal["attendee", "const", "email", "phone_number"]]
    template: Required[
        WorkflowPhoneNumberStepDtoTemplate
        | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    verifiedPhoneId: Required[int]
    message: Required[TextWorkflowMessageDto | TextWorkflowMessageDtoDict]
