# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    FLOAT,
    STR,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .workflow_phone_whats_app_attendee_step_dto_action import WorkflowPhoneWhatsAppAttendeeStepDtoAction
from .workflow_phone_whats_app_attendee_step_dto_recipient import WorkflowPhoneWhatsAppAttendeeStepDtoRecipient
from .workflow_phone_whats_app_attendee_step_dto_template import WorkflowPhoneWhatsAppAttendeeStepDtoTemplate

if TYPE_CHECKING:
    from .text_workflow_message_dto import TextWorkflowMessageDto, TextWorkflowMessageDtoDict

    pass


class WorkflowPhoneWhatsAppAttendeeStepDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    action: WorkflowPhoneWhatsAppAttendeeStepDtoAction = field(
        "action", enum_of(WorkflowPhoneWhatsAppAttendeeStepDtoAction), required=True
    )
    """ Action to perform """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    recipient: WorkflowPhoneWhatsAppAttendeeStepDtoRecipient = field(
        "recipient", enum_of(WorkflowPhoneWhatsAppAttendeeStepDtoRecipient), required=True
    )
    """ Recipient type """
    template: WorkflowPhoneWhatsAppAttendeeStepDtoTemplate = field(
        "template", enum_of(WorkflowPhoneWhatsAppAttendeeStepDtoTemplate), required=True
    )
    """ Template type for the step """
    sender: str = field("sender", STR, required=True)
    """ Displayed sender name. """
    message: TextWorkflowMessageDto = field(
        "message", model("text_workflow_message_dto", "TextWorkflowMessageDto"), required=True
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
    ) -> None:
        self._set(
            {
                "action": action,
                "stepNumber": step_number,
                "recipient": recipient,
                "template": template,
                "sender": sender,
                "message": message,
            }
        )


class WorkflowPhoneWhatsAppAttendeeStepDtoDict(TypedDict, total=False):
    """``WorkflowPhoneWhatsAppAttendeeStepDto`` as a plain dict with the API's JSON names, for request bodies."""

    action: Required[
        WorkflowPhoneWhatsAppAttendeeStepDtoAction
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
        WorkflowPhoneWhatsAppAttendeeStepDtoRecipient | Literal["attendee", "const", "email", "phone_number"]
    ]
    template: Required[
        WorkflowPhoneWhatsAppAttendeeStepDtoTemplate
        | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    message: Required[TextWorkflowMessageDto | TextWorkflowMessageDtoDict]
