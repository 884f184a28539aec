# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    STR,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .on_after_cal_video_guests_no_show_trigger_dto import (
        OnAfterCalVideoGuestsNoShowTriggerDto,
        OnAfterCalVideoGuestsNoShowTriggerDtoDict,
    )
    from .on_after_cal_video_hosts_no_show_trigger_dto import (
        OnAfterCalVideoHostsNoShowTriggerDto,
        OnAfterCalVideoHostsNoShowTriggerDtoDict,
    )
    from .on_after_event_trigger_dto import OnAfterEventTriggerDto, OnAfterEventTriggerDtoDict
    from .on_before_event_trigger_dto import OnBeforeEventTriggerDto, OnBeforeEventTriggerDtoDict
    from .on_cancel_trigger_dto import OnCancelTriggerDto, OnCancelTriggerDtoDict
    from .on_creation_trigger_dto import OnCreationTriggerDto, OnCreationTriggerDtoDict
    from .on_no_show_update_trigger_dto import OnNoShowUpdateTriggerDto, OnNoShowUpdateTriggerDtoDict
    from .on_paid_trigger_dto import OnPaidTriggerDto, OnPaidTriggerDtoDict
    from .on_payment_initiated_trigger_dto import OnPaymentInitiatedTriggerDto, OnPaymentInitiatedTriggerDtoDict
    from .on_rejected_trigger_dto import OnRejectedTriggerDto, OnRejectedTriggerDtoDict
    from .on_requested_trigger_dto import OnRequestedTriggerDto, OnRequestedTriggerDtoDict
    from .on_reschedule_trigger_dto import OnRescheduleTriggerDto, OnRescheduleTriggerDtoDict
    from .update_email_address_workflow_step_dto import (
        UpdateEmailAddressWorkflowStepDto,
        UpdateEmailAddressWorkflowStepDtoDict,
    )
    from .update_email_attendee_workflow_step_dto import (
        UpdateEmailAttendeeWorkflowStepDto,
        UpdateEmailAttendeeWorkflowStepDtoDict,
    )
    from .update_email_host_workflow_step_dto import UpdateEmailHostWorkflowStepDto, UpdateEmailHostWorkflowStepDtoDict
    from .update_phone_attendee_workflow_step_dto import (
        UpdatePhoneAttendeeWorkflowStepDto,
        UpdatePhoneAttendeeWorkflowStepDtoDict,
    )
    from .update_phone_number_workflow_step_dto import (
        UpdatePhoneNumberWorkflowStepDto,
        UpdatePhoneNumberWorkflowStepDtoDict,
    )
    from .update_phone_whats_app_number_workflow_step_dto import (
        UpdatePhoneWhatsAppNumberWorkflowStepDto,
        UpdatePhoneWhatsAppNumberWorkflowStepDtoDict,
    )
    from .update_whats_app_attendee_phone_workflow_step_dto import (
        UpdateWhatsAppAttendeePhoneWorkflowStepDto,
        UpdateWhatsAppAttendeePhoneWorkflowStepDtoDict,
    )
    from .workflow_activation_dto import WorkflowActivationDto, WorkflowActivationDtoDict

    pass


class UpdateWorkflowDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str | Unset = field("name", STR, required=False)
    """ Name of the workflow """
    activation: WorkflowActivationDto | Unset = field(
        "activation", model("workflow_activation_dto", "WorkflowActivationDto"), required=False
    )
    trigger: (
        OnBeforeEventTriggerDto
        | OnAfterEventTriggerDto
        | OnCancelTriggerDto
        | OnCreationTriggerDto
        | OnRescheduleTriggerDto
        | OnAfterCalVideoGuestsNoShowTriggerDto
        | OnAfterCalVideoHostsNoShowTriggerDto
        | OnRejectedTriggerDto
        | OnRequestedTriggerDto
        | OnPaidTriggerDto
        | OnPaymentInitiatedTriggerDto
        | OnNoShowUpdateTriggerDto
        | Unset
    ) = field(
        "trigger",
        one_of(
            model("on_before_event_trigger_dto", "OnBeforeEventTriggerDto"),
            model("on_after_event_trigger_dto", "OnAfterEventTriggerDto"),
            model("on_cancel_trigger_dto", "OnCancelTriggerDto"),
            model("on_creation_trigger_dto", "OnCreationTriggerDto"),
            model("on_reschedule_trigger_dto", "OnRescheduleTriggerDto"),
            model("on_after_cal_video_guests_no_show_trigger_dto", "OnAfterCalVideoGuestsNoShowTriggerDto"),
            model("on_after_cal_video_hosts_no_show_trigger_dto", "OnAfterCalVideoHostsNoShowTriggerDto"),
            model("on_rejected_trigger_dto", "OnRejectedTriggerDto"),
            model("on_requested_trigger_dto", "OnRequestedTriggerDto"),
            model("on_paid_trigger_dto", "OnPaidTriggerDto"),
            model("on_payment_initiated_trigger_dto", "OnPaymentInitiatedTriggerDto"),
            model("on_no_show_update_trigger_dto", "OnNoShowUpdateTriggerDto"),
        ),
        required=False,
    )
    """ Trigger configuration for the workflow """
    steps: (
        list[
            UpdateEmailAddressWorkflowStepDto
            | UpdateEmailAttendeeWorkflowStepDto
            | UpdateEmailHostWorkflowStepDto
            | UpdatePhoneAttendeeWorkflowStepDto
            | UpdatePhoneWhatsAppNumberWorkflowStepDto
            | UpdateWhatsAppAttendeePhoneWorkflowStepDto
            | UpdatePhoneNumberWorkflowStepDto
        ]
        | Unset
    ) = field(
        "steps",
        list_of(
            one_of(
                model("update_email_address_workflow_step_dto", "UpdateEmailAddressWorkflowStepDto"),
                model("update_email_attendee_workflow_step_dto", "UpdateEmailAttendeeWorkflowStepDto"),
                model("update_email_host_workflow_step_dto", "UpdateEmailHostWorkflowStepDto"),
                model("update_phone_attendee_workflow_step_dto", "UpdatePhoneAttendeeWorkflowStepDto"),
                model("update_phone_whats_app_number_workflow_step_dto", "UpdatePhoneWhatsAppNumberWorkflowStepDto"),
                model(
                    "update_whats_app_attendee_phone_workflow_step_dto", "UpdateWhatsAppAttendeePhoneWorkflowStepDto"
                ),
                model("update_phone_number_workflow_step_dto", "UpdatePhoneNumberWorkflowStepDto"),
            )
        ),
        required=False,
    )
    """ Steps to execute as part of the workflow """

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        activation: WorkflowActivationDto | Unset = UNSET,
        trigger: OnBeforeEventTriggerDto
        | OnAfterEventTriggerDto
        | OnCancelTriggerDto
        | OnCreationTriggerDto
        | OnRescheduleTriggerDto
        | OnAfterCalVideoGuestsNoShowTriggerDto
        | OnAfterCalVideoHostsNoShowTriggerDto
        | OnRejectedTriggerDto
        | OnRequestedTriggerDto
        | OnPaidTriggerDto
        | OnPaymentInitiatedTriggerDto
        | OnNoShowUpdateTriggerDto
        | Unset = UNSET,
        steps: list[
            UpdateEmailAddressWorkflowStepDto
            | UpdateEmailAttendeeWorkflowStepDto
            | UpdateEmailHostWorkflowStepDto
            | UpdatePhoneAttendeeWorkflowStepDto
            | UpdatePhoneWhatsAppNumberWorkflowStepDto
            | UpdateWhatsAppAttendeePhoneWorkflowStepDto
            | UpdatePhoneNumberWorkflowStepDto
        ]
        | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "activation": activation,
                "trigger": trigger,
                "steps": steps,
            }
        )


class UpdateWorkflowDtoDict(TypedDict, total=False):
    """``UpdateWorkflowDto`` as a plain dict with the API's JSON names, for request bodies."""

    name: str
    activation: WorkflowActivationDto | WorkflowActivationDtoDict
    trigger: (
        OnBeforeEventTriggerDto
        | OnBeforeEventTriggerDtoDict
        | OnAfterEventTriggerDto
        | OnAfterEventTriggerDtoDict
        | OnCancelTriggerDto
        | OnCancelTriggerDtoDict
        | OnCreationTriggerDto
        | OnCreationTriggerDtoDict
        | OnRescheduleTriggerDto
        | OnRescheduleTriggerDtoDict
        | OnAfterCalVideoGuestsNoShowTriggerDto
        | OnAfterCalVideoGuestsNoShowTriggerDtoDict
        | OnAfterCalVideoHostsNoShowTriggerDto
        | OnAfterCalVideoHostsNoShowTriggerDtoDict
        | OnRejectedTriggerDto
        | OnRejectedTriggerDtoDict
        | OnRequestedTriggerDto
        | OnRequestedTriggerDtoDict
        | OnPaidTriggerDto
        | OnPaidTriggerDtoDict
        | OnPaymentInitiatedTriggerDto
        | OnPaymentInitiatedTriggerDtoDict
        | OnNoShowUpdateTriggerDto
        | OnNoShowUpdateTriggerDtoDict
    )
    steps: Sequence[
        UpdateEmailAddressWorkflowStepDto
        | UpdateEmailAddressWorkflowStepDtoDict
        | UpdateEmailAttendeeWorkflowStepDto
        | UpdateEmailAttendeeWorkflowStepDtoDict
        | UpdateEmailHostWorkflowStepDto
        | UpdateEmailHostWorkflowStepDtoDict
        | UpdatePhoneAttendeeWorkflowStepDto
        | UpdatePhoneAttendeeWorkflowStepDtoDict
        | UpdatePhoneWhatsAppNumberWorkflowStepDto
        | UpdatePhoneWhatsAppNumberWorkflowStepDtoDict
        | UpdateWhatsAppAttendeePhoneWorkflowStepDto
        | UpdateWhatsAppAttendeePhoneWorkflowStepDtoDict
        | UpdatePhoneNumberWorkflowStepDto
        | UpdatePhoneNumberWorkflowStepDtoDict
    ]
