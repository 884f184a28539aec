# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    STR,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .workflow_email_attendee_step_dto_action import WorkflowEmailAttendeeStepDtoAction
from .workflow_email_attendee_step_dto_recipient import WorkflowEmailAttendeeStepDtoRecipient
from .workflow_email_attendee_step_dto_template import WorkflowEmailAttendeeStepDtoTemplate

if TYPE_CHECKING:
    from .html_workflow_message_dto import HtmlWorkflowMessageDto, HtmlWorkflowMessageDtoDict

    pass


class WorkflowEmailAttendeeStepDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    action: WorkflowEmailAttendeeStepDtoAction = field(
        "action", enum_of(WorkflowEmailAttendeeStepDtoAction), required=True
    )
    """ Action to perform, send an email to the attendees of the event """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    recipient: WorkflowEmailAttendeeStepDtoRecipient = field(
        "recipient", enum_of(WorkflowEmailAttendeeStepDtoRecipient), required=True
    )
    """ Recipient type """
    template: WorkflowEmailAttendeeStepDtoTemplate = field(
        "template", enum_of(WorkflowEmailAttendeeStepDtoTemplate), required=True
    )
    """ Template type for the step """
    sender: str = field("sender", STR, required=True)
    """ Displayed sender name. """
    include_calendar_event: bool = field("includeCalendarEvent", BOOL, required=True)
    """ Whether to include a calendar event in the notification, can be included with actions email_host,
    email_attendee, email_address """
    message: HtmlWorkflowMessageDto = field(
        "message", model("html_workflow_message_dto", "HtmlWorkflowMessageDto"), required=True
    )

    def __init__(
        self,
        *,
        action: WorkflowEmailAttendeeStepDtoAction,
        step_number: float,
        recipient: WorkflowEmailAttendeeStepDtoRecipient,
        template: WorkflowEmailAttendeeStepDtoTemplate,
        sender: str,
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
                "includeCalendarEvent": include_calendar_event,
                "message": message,
            }
        )


class WorkflowEmailAttendeeStepDtoDict(TypedDict, total=False):
    """``WorkflowEmailAttendeeStepDto`` as a plain dict with the API's JSON names, for request bodies."""

    action: Required[
        WorkflowEmailAttendeeStepDtoAction
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
    recipient: Required[WorkflowEmailAttendeeStepDtoRecipient | Literal["attendee", "const", "email", "phone_number"]]
    template: Required[
        WorkflowEmailAttendeeStepDtoTemplate
        | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    includeCalendarEvent: Required[bool]
    message: Required[HtmlWorkflowMessageDto | HtmlWorkflowMessageDtoDict]
