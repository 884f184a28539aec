# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel

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
    from .workflow_activation_dto import WorkflowActivationDto, WorkflowActivationDtoDict
    from .workflow_email_address_step_dto import WorkflowEmailAddressStepDto, WorkflowEmailAddressStepDtoDict
    from .workflow_email_attendee_step_dto import WorkflowEmailAttendeeStepDto, WorkflowEmailAttendeeStepDtoDict
    from .workflow_email_host_step_dto import WorkflowEmailHostStepDto, WorkflowEmailHostStepDtoDict
    from .workflow_phone_attendee_step_dto import WorkflowPhoneAttendeeStepDto, WorkflowPhoneAttendeeStepDtoDict
    from .workflow_phone_number_step_dto import WorkflowPhoneNumberStepDto, WorkflowPhoneNumberStepDtoDict
    from .workflow_phone_whats_app_attendee_step_dto import (
        WorkflowPhoneWhatsAppAttendeeStepDto,
        WorkflowPhoneWhatsAppAttendeeStepDtoDict,
    )
    from .workflow_phone_whats_app_number_step_dto import (
        WorkflowPhoneWhatsAppNumberStepDto,
        WorkflowPhoneWhatsAppNumberStepDtoDict,
    )

    pass


class CreateWorkflowDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    """ Name of the workflow """
    activation: WorkflowActivationDto = field(
        "activation", model("workflow_activation_dto", "WorkflowActivationDto"), required=True
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
        required=True,
    )
    """ Trigger configuration for the workflow """
    steps: list[
        WorkflowEmailAddressStepDto
        | WorkflowEmailAttendeeStepDto
        | WorkflowEmailHostStepDto
        | WorkflowPhoneWhatsAppAttendeeStepDto
        | WorkflowPhoneWhatsAppNumberStepDto
        | WorkflowPhoneNumberStepDto
        | WorkflowPhoneAttendeeStepDto
    ] = field(
        "steps",
        list_of(
            one_of(
                model("workflow_email_address_step_dto", "WorkflowEmailAddressStepDto"),
                model("workflow_email_attendee_step_dto", "WorkflowEmailAttendeeStepDto"),
                model("workflow_email_host_step_dto", "WorkflowEmailHostStepDto"),
                model("workflow_phone_whats_app_attendee_step_dto", "WorkflowPhoneWhatsAppAttendeeStepDto"),
                model("workflow_phone_whats_app_number_step_dto", "WorkflowPhoneWhatsAppNumberStepDto"),
                model("workflow_phone_number_step_dto", "WorkflowPhoneNumberStepDto"),
                model("workflow_phone_attendee_step_dto", "WorkflowPhoneAttendeeStepDto"),
            )
        ),
        required=True,
    )
    """ Steps to execute as part of the workflow """

    def __init__(
        self,
        *,
        name: str,
        activation: WorkflowActivationDto,
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
        | OnNoShowUpdateTriggerDto,
        steps: list[
            WorkflowEmailAddressStepDto
            | WorkflowEmailAttendeeStepDto
            | WorkflowEmailHostStepDto
            | WorkflowPhoneWhatsAppAttendeeStepDto
            | WorkflowPhoneWhatsAppNumberStepDto
            | WorkflowPhoneNumberStepDto
            | WorkflowPhoneAttendeeStepDto
        ],
    ) -> None:
        self._set(
            {
                "name": name,
                "activation": activation,
                "trigger": trigger,
                "steps": steps,
            }
        )


class CreateWorkflowDtoDict(TypedDict, total=False):
    """``CreateWorkflowDto`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    activation: Required[WorkflowActivationDto | WorkflowActivationDtoDict]
    trigger: Required[
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
    ]
    steps: Required[
        Sequence[
            WorkflowEmailAddressStepDto
            | WorkflowEmailAddressStepDtoDict
            | WorkflowEmailAttendeeStepDto
            | WorkflowEmailAttendeeStepDtoDict
            | WorkflowEmailHostStepDto
            | WorkflowEmailHostStepDtoDict
            | WorkflowPhoneWhatsAppAttendeeStepDto
            | WorkflowPhoneWhatsAppAttendeeStepDtoDict
            | WorkflowPhoneWhatsAppNumberStepDto
            | WorkflowPhoneWhatsAppNumberStepDtoDict
            | WorkflowPhoneNumberStepDto
            | WorkflowPhoneNumberStepDtoDict
            | WorkflowPhoneAttendeeStepDto
            | WorkflowPhoneAttendeeStepDtoDict
        ]
    ]
