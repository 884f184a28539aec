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
from cal_async._sentinel import UNSET, Unset

from .update_email_host_workflow_step_dto_action import UpdateEmailHostWorkflowStepDtoAction
from .update_email_host_workflow_step_dto_recipient import UpdateEmailHostWorkflowStepDtoRecipient
from .update_email_host_workflow_step_dto_template import UpdateEmailHostWorkflowStepDtoTemplate

if TYPE_CHECKING:
    from .html_workflow_message_dto import HtmlWorkflowMessageDto, HtmlWorkflowMessageDtoDict

    pass


class UpdateEmailHostWorkflowStepDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    action: UpdateEmailHostWorkflowStepDtoAction = field(
        "action", enum_of(UpdateEmailHostWorkflowStepDtoAction), required=True
    )
    """ Action to perform, send an email to the host of the event """
    step_number: float = field("stepNumber", FLOAT, required=True)
    """ Step number in the workflow sequence """
    recipient: UpdateEmailHostWorkflowStepDtoRecipient = field(
        "recipient", enum_of(UpdateEmailHostWorkflowStepDtoRecipient), required=True
    )
    """ Recipient type """
    template: UpdateEmailHostWorkflowStepDtoTemplate = field(
        "template", enum_of(UpdateEmailHostWorkflowStepDtoTemplate), required=True
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
    id: int | Unset = field("id", INT, required=False)
    """ Unique identifier of the step you want to update, if adding a new step do not provide this id """

    def __init__(
        self,
        *,
        action: UpdateEmailHostWorkflowStepDtoAction,
        step_number: float,
        recipient: UpdateEmailHostWorkflowStepDtoRecipient,
        template: UpdateEmailHostWorkflowStepDtoTemplate,
        sender: str,
        include_calendar_event: bool,
        message: HtmlWorkflowMessageDto,
        id: int | Unset = UNSET,
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
                "id": id,
            }
        )


class UpdateEmailHostWorkflowStepDtoDict(TypedDict, total=False):
    """``UpdateEmailHostWorkflowStepDto`` as a plain dict with the API's JSON names, for request bodies."""

    action: Required[
        UpdateEmailHostWorkflowStepDtoAction
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
    recipient: Required[UpdateEmailHostWorkflowStepDtoRecipient | Literal["attendee", "const", "email", "phone_number"]]
    template: Required[
        UpdateEmailHostWorkflowStepDtoTemplate
        | Literal["cancelled", "completed", "custom", "rating", "reminder", "rescheduled"]
    ]
    sender: Required[str]
    includeCalendarEvent: Required[bool]
    message: Required[HtmlWorkflowMessageDto | HtmlWorkflowMessageDtoDict]
    id: int
