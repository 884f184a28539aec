# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    INT,
    STR,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .workflow_email_address_step_dto_action import WorkflowEmailAddressStepDtoAction
from .workflow_email_address_step_dto_recipient import WorkflowEmailAddressStepDtoRecipient
from .workflow_email_address_step_dto_template import WorkflowEmailAddressStepDtoTemplate

if TYPE_CHECKING:
    from .html_workflow_message_dto import HtmlWorkflowMessageDto, HtmlWorkflowMessageDtoDict

    pass


class WorkflowEmailAddressStepDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    action: WorkflowEmailAddressStepDtoAction = field(
        "action", enum_of(WorkflowEmailAddressStepDtoAction), required=True
    )
    """ Action to perform, send an email to a specific email address """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    recipient: WorkflowEmailAddressStepDtoRecipient = field(
        "recipient", enum_of(WorkflowEmailAddressStepDtoRecipient), required=True
    )
    """ Recipient type """
    template: WorkflowEmailAddressStepDtoTemplate = field(
        "template", enum_of(WorkflowEmailAddressStepDtoTemplate), required=True
    )
    """ Template type for the step """
    sender: str = field("sender", STR, required=True)
    """ Displayed sender name. """
    verified_email_id: int = field("verifiedEmailId", INT, required=True)
    """ Email address if recipient is EMAIL, required for action EMAIL_ADDRESS """
    include_calendar_event: bool = field("includeCalendarEvent", BOOL, required=True)
    """ Whether to include a calendar event in the notification, can be included with actions email_host,
    email_attendee, email_address """
    message: HtmlWorkflowMessageDto = field(
        "message", model("html_workflow_message_dto", "HtmlWorkflowMessageDto"), required=True
    )

    def __init__(
        self,
        *,
        action: WorkflowEmailAddressStepDtoAction,
        step_number: float,
        recipient: WorkflowEmailAddressStepDtoRecipient,
        template: WorkflowEmailAddressStepDtoTemplate,
        sender: str,
        verified_email_id: int,
        include_calendar_event: bool,
        message: HtmlWorkflowMessageDto,
    ) -> None:
        self._set(
            {
                "action": action,
                "stepNumber": step_number,
                "recipient": recipient,
                "template": template,
                "sender": sender,
                "verifiedEmailId": verified_email_id,
                "includeCalendarEvent": include_calendar_event,
                "message": message,
            }
        )


class WorkflowEmailAddressStepDtoDict(TypedDict, total=False):
    """``WorkflowEmailAddressStepDto`` as a plain dict with the API's JSON names, for request bodies."""

    action: Required[
        WorkflowEmailAddressStepDtoAction
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
    recipient: Required[WorkflowEmailAddressStepDtoRecipient | Literal["attendee", "const", "email", "phone_number"]]
    template: Required[
        WorkflowEmailAddressStepDtoTemplate
        | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    verifiedEmailId: Required[int]
    includeCalendarEvent: Required[bool]
    message: Required[HtmlWorkflowMessageDto | HtmlWorkflowMessageDtoDict]
