# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.on_after_cal_video_guests_no_show_trigger_dto import OnAfterCalVideoGuestsNoShowTriggerDto
    from ..models.on_after_cal_video_hosts_no_show_trigger_dto import OnAfterCalVideoHostsNoShowTriggerDto
    from ..models.on_after_event_trigger_dto import OnAfterEventTriggerDto
    from ..models.on_before_event_trigger_dto import OnBeforeEventTriggerDto
    from ..models.on_cancel_trigger_dto import OnCancelTriggerDto
    from ..models.on_creation_trigger_dto import OnCreationTriggerDto
    from ..models.on_no_show_update_trigger_dto import OnNoShowUpdateTriggerDto
    from ..models.on_paid_trigger_dto import OnPaidTriggerDto
    from ..models.on_payment_initiated_trigger_dto import OnPaymentInitiatedTriggerDto
    from ..models.on_rejected_trigger_dto import OnRejectedTriggerDto
    from ..models.on_requested_trigger_dto import OnRequestedTriggerDto
    from ..models.on_reschedule_trigger_dto import OnRescheduleTriggerDto
    from ..models.workflow_activation_dto import WorkflowActivationDto
    from ..models.workflow_email_address_step_dto import WorkflowEmailAddressStepDto
    from ..models.workflow_email_attendee_step_dto import WorkflowEmailAttendeeStepDto
    from ..models.workflow_email_host_step_dto import WorkflowEmailHostStepDto
    from ..models.workflow_phone_attendee_step_dto import WorkflowPhoneAttendeeStepDto
    from ..models.workflow_phone_number_step_dto import WorkflowPhoneNumberStepDto
    from ..models.workflow_phone_whats_app_attendee_step_dto import WorkflowPhoneWhatsAppAttendeeStepDto
    from ..models.workflow_phone_whats_app_number_step_dto import WorkflowPhoneWhatsAppNumberStepDto


class CreateWorkflowDto(ApiModel):
    """
    Attributes:
        name (str): Name of the workflow Example: Platform Test Workflow.
        activation (WorkflowActivationDto):
        trigger (OnAfterCalVideoGuestsNoShowTriggerDto | OnAfterCalVideoHostsNoShowTriggerDto | OnAfterEventTriggerDto |
            OnBeforeEventTriggerDto | OnCancelTriggerDto | OnCreationTriggerDto | OnNoShowUpdateTriggerDto |
            OnPaidTriggerDto | OnPaymentInitiatedTriggerDto | OnRejectedTriggerDto | OnRequestedTriggerDto |
            OnRescheduleTriggerDto): Trigger configuration for the workflow
        steps (list[WorkflowEmailAddressStepDto | WorkflowEmailAttendeeStepDto | WorkflowEmailHostStepDto |
            WorkflowPhoneAttendeeStepDto | WorkflowPhoneNumberStepDto | WorkflowPhoneWhatsAppAttendeeStepDto |
            WorkflowPhoneWhatsAppNumberStepDto]): Steps to execute as part of the workflow
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "activation",
            "trigger",
            "steps",
        }
    )
    _required = frozenset(
        {
            "name",
            "activation",
            "trigger",
            "steps",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        activation: WorkflowActivationDto,
        trigger: OnAfterCalVideoGuestsNoShowTriggerDto
        | OnAfterCalVideoHostsNoShowTriggerDto
        | OnAfterEventTriggerDto
        | OnBeforeEventTriggerDto
        | OnCancelTriggerDto
        | OnCreationTriggerDto
        | OnNoShowUpdateTriggerDto
        | OnPaidTriggerDto
        | OnPaymentInitiatedTriggerDto
        | OnRejectedTriggerDto
        | OnRequestedTriggerDto
        | OnRescheduleTriggerDto,
        steps: list[
            WorkflowEmailAddressStepDto
            | WorkflowEmailAttendeeStepDto
            | WorkflowEmailHostStepDto
            | WorkflowPhoneAttendeeStepDto
            | WorkflowPhoneNumberStepDto
            | WorkflowPhoneWhatsAppAttendeeStepDto
            | WorkflowPhoneWhatsAppNumberStepDto
        ],
        **extra: Any,
    ) -> None:
        from ..models.on_after_cal_video_guests_no_show_trigger_dto import OnAfterCalVideoGuestsNoShowTriggerDto  # noqa: PLC0415
        from ..models.on_after_cal_video_hosts_no_show_trigger_dto import OnAfterCalVideoHostsNoShowTriggerDto  # noqa: PLC0415
        from ..models.on_after_event_trigger_dto import OnAfterEventTriggerDto  # noqa: PLC0415
        from ..models.on_before_event_trigger_dto import OnBeforeEventTriggerDto  # noqa: PLC0415
        from ..models.on_cancel_trigger_dto import OnCancelTriggerDto  # noqa: PLC0415
        from ..models.on_creation_trigger_dto import OnCreationTriggerDto  # noqa: PLC0415
        from ..models.on_paid_trigger_dto import OnPaidTriggerDto  # noqa: PLC0415
        from ..models.on_payment_initiated_trigger_dto import OnPaymentInitiatedTriggerDto  # noqa: PLC0415
        from ..models.on_rejected_trigger_dto import OnRejectedTriggerDto  # noqa: PLC0415
        from ..models.on_requested_trigger_dto import OnRequestedTriggerDto  # noqa: PLC0415
        from ..models.on_reschedule_trigger_dto import OnRescheduleTriggerDto  # noqa: PLC0415
        from ..models.workflow_email_address_step_dto import WorkflowEmailAddressStepDto  # noqa: PLC0415
        from ..models.workflow_email_attendee_step_dto import WorkflowEmailAttendeeStepDto  # noqa: PLC0415
        from ..models.workflow_email_host_step_dto import WorkflowEmailHostStepDto  # noqa: PLC0415
        from ..models.workflow_phone_number_step_dto import WorkflowPhoneNumberStepDto  # noqa: PLC0415
        from ..models.workflow_phone_whats_app_attendee_step_dto import WorkflowPhoneWhatsAppAttendeeStepDto  # noqa: PLC0415
        from ..models.workflow_phone_whats_app_number_step_dto import WorkflowPhoneWhatsAppNumberStepDto  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["name"] = name

        data["activation"] = as_json(activation)

        if isinstance(trigger, OnBeforeEventTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnAfterEventTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnCancelTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnCreationTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnRescheduleTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnAfterCalVideoGuestsNoShowTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnAfterCalVideoHostsNoShowTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnRejectedTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnRequestedTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnPaidTriggerDto):
            data["trigger"] = as_json(trigger)
        elif isinstance(trigger, OnPaymentInitiatedTriggerDto):
            data["trigger"] = as_json(trigger)
        else:
            data["trigger"] = as_json(trigger)

        data["steps"] = []
        for steps_item_data in steps:
            steps_item: dict[str, Any]
            if isinstance(steps_item_data, WorkflowEmailAddressStepDto):
                steps_item = as_json(steps_item_data)
            elif isinstance(steps_item_data, WorkflowEmailAttendeeStepDto):
                steps_item = as_json(steps_item_data)
            elif isinstance(steps_item_data, WorkflowEmailHostStepDto):
                steps_item = as_json(steps_item_data)
            elif isinstance(steps_item_data, WorkflowPhoneWhatsAppAttendeeStepDto):
                steps_item = as_json(steps_item_data)
            elif isinstance(steps_item_data, WorkflowPhoneWhatsAppNumberStepDto):
                steps_item = as_json(steps_item_data)
            elif isinstance(steps_item_data, WorkflowPhoneNumberStepDto):
                steps_item = as_json(steps_item_data)
            else:
                steps_item = as_json(steps_item_data)

            data["steps"].append(steps_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        """Name of the workflow"""
        return cast(str, self._req("name"))

    @property
    def activation(self) -> WorkflowActivationDto:
        from ..models.workflow_activation_dto import WorkflowActivationDto  # noqa: PLC0415

        activation = WorkflowActivationDto.from_dict(self._req("activation"))

        return activation

    @property
    def trigger(
        self,
    ) -> (
        OnAfterCalVideoGuestsNoShowTriggerDto
        | OnAfterCalVideoHostsNoShowTriggerDto
        | OnAfterEventTriggerDto
        | OnBeforeEventTriggerDto
        | OnCancelTriggerDto
        | OnCreationTriggerDto
        | OnNoShowUpdateTriggerDto
        | OnPaidTriggerDto
        | OnPaymentInitiatedTriggerDto
        | OnRejectedTriggerDto
        | OnRequestedTriggerDto
        | OnRescheduleTriggerDto
    ):
        """Trigger configuration for the workflow"""
        from ..models.on_after_cal_video_guests_no_show_trigger_dto import OnAfterCalVideoGuestsNoShowTriggerDto  # noqa: PLC0415
        from ..models.on_after_cal_video_hosts_no_show_trigger_dto import OnAfterCalVideoHostsNoShowTriggerDto  # noqa: PLC0415
        from ..models.on_after_event_trigger_dto import OnAfterEventTriggerDto  # noqa: PLC0415
        from ..models.on_before_event_trigger_dto import OnBeforeEventTriggerDto  # noqa: PLC0415
        from ..models.on_cancel_trigger_dto import OnCancelTriggerDto  # noqa: PLC0415
        from ..models.on_creation_trigger_dto import OnCreationTriggerDto  # noqa: PLC0415
        from ..models.on_no_show_update_trigger_dto import OnNoShowUpdateTriggerDto  # noqa: PLC0415
        from ..models.on_paid_trigger_dto import OnPaidTriggerDto  # noqa: PLC0415
        from ..models.on_payment_initiated_trigger_dto import OnPaymentInitiatedTriggerDto  # noqa: PLC0415
        from ..models.on_rejected_trigger_dto import OnRejectedTriggerDto  # noqa: PLC0415
        from ..models.on_requested_trigger_dto import OnRequestedTriggerDto  # noqa: PLC0415
        from ..models.on_reschedule_trigger_dto import OnRescheduleTriggerDto  # noqa: PLC0415

        def _parse_trigger(
            data: object,
        ) -> (
            OnAfterCalVideoGuestsNoShowTriggerDto
            | OnAfterCalVideoHostsNoShowTriggerDto
            | OnAfterEventTriggerDto
            | OnBeforeEventTriggerDto
            | OnCancelTriggerDto
            | OnCreationTriggerDto
            | OnNoShowUpdateTriggerDto
            | OnPaidTriggerDto
            | OnPaymentInitiatedTriggerDto
            | OnRejectedTriggerDto
            | OnRequestedTriggerDto
            | OnRescheduleTriggerDto
        ):
            try:
                if not OnBeforeEventTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_0 = OnBeforeEventTriggerDto.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnAfterEventTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_1 = OnAfterEventTriggerDto.from_dict(data)

                return trigger_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnAfterCalVideoGuestsNoShowTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_5 = OnAfterCalVideoGuestsNoShowTriggerDto.from_dict(data)

                return trigger_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnAfterCalVideoHostsNoShowTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_6 = OnAfterCalVideoHostsNoShowTriggerDto.from_dict(data)

                return trigger_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnCancelTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_2 = OnCancelTriggerDto.from_dict(data)

                return trigger_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnCreationTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_3 = OnCreationTriggerDto.from_dict(data)

                return trigger_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnRescheduleTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_4 = OnRescheduleTriggerDto.from_dict(data)

                return trigger_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnRejectedTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_7 = OnRejectedTriggerDto.from_dict(data)

                return trigger_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnRequestedTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_8 = OnRequestedTriggerDto.from_dict(data)

                return trigger_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnPaidTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_9 = OnPaidTriggerDto.from_dict(data)

                return trigger_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnPaymentInitiatedTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_10 = OnPaymentInitiatedTriggerDto.from_dict(data)

                return trigger_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not OnNoShowUpdateTriggerDto._matches(data):
                    raise TypeError()
                trigger_type_11 = OnNoShowUpdateTriggerDto.from_dict(data)

                return trigger_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                OnAfterCalVideoGuestsNoShowTriggerDto
                | OnAfterCalVideoHostsNoShowTriggerDto
                | OnAfterEventTriggerDto
                | OnBeforeEventTriggerDto
                | OnCancelTriggerDto
                | OnCreationTriggerDto
                | OnNoShowUpdateTriggerDto
                | OnPaidTriggerDto
                | OnPaymentInitiatedTriggerDto
                | OnRejectedTriggerDto
                | OnRequestedTriggerDto
                | OnRescheduleTriggerDto,
                data,
            )

        trigger = _parse_trigger(self._req("trigger"))

        return trigger

    @property
    def steps(
        self,
    ) -> list[
        WorkflowEmailAddressStepDto
        | WorkflowEmailAttendeeStepDto
        | WorkflowEmailHostStepDto
        | WorkflowPhoneAttendeeStepDto
        | WorkflowPhoneNumberStepDto
        | WorkflowPhoneWhatsAppAttendeeStepDto
        | WorkflowPhoneWhatsAppNumberStepDto
    ]:
        """Steps to execute as part of the workflow"""
        from ..models.workflow_email_address_step_dto import WorkflowEmailAddressStepDto  # noqa: PLC0415
        from ..models.workflow_email_attendee_step_dto import WorkflowEmailAttendeeStepDto  # noqa: PLC0415
        from ..models.workflow_email_host_step_dto import WorkflowEmailHostStepDto  # noqa: PLC0415
        from ..models.workflow_phone_attendee_step_dto import WorkflowPhoneAttendeeStepDto  # noqa: PLC0415
        from ..models.workflow_phone_number_step_dto import WorkflowPhoneNumberStepDto  # noqa: PLC0415
        from ..models.workflow_phone_whats_app_attendee_step_dto import WorkflowPhoneWhatsAppAttendeeStepDto  # noqa: PLC0415
        from ..models.workflow_phone_whats_app_number_step_dto import WorkflowPhoneWhatsAppNumberStepDto  # noqa: PLC0415

        steps = []
        _steps = self._req("steps")
        for steps_item_data in _steps:

            def _parse_steps_item(
                data: object,
            ) -> (
                WorkflowEmailAddressStepDto
                | WorkflowEmailAttendeeStepDto
                | WorkflowEmailHostStepDto
                | WorkflowPhoneAttendeeStepDto
                | WorkflowPhoneNumberStepDto
                | WorkflowPhoneWhatsAppAttendeeStepDto
                | WorkflowPhoneWhatsAppNumberStepDto
            ):
                try:
                    if not WorkflowEmailAddressStepDto._matches(data):
                        raise TypeError()
                    steps_item_type_0 = WorkflowEmailAddressStepDto.from_dict(data)

                    return steps_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not WorkflowEmailAttendeeStepDto._matches(data):
                        raise TypeError()
                    steps_item_type_1 = WorkflowEmailAttendeeStepDto.from_dict(data)

                    return steps_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not WorkflowEmailHostStepDto._matches(data):
                        raise TypeError()
                    steps_item_type_2 = WorkflowEmailHostStepDto.from_dict(data)

                    return steps_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not WorkflowPhoneWhatsAppNumberStepDto._matches(data):
                        raise TypeError()
                    steps_item_type_4 = WorkflowPhoneWhatsAppNumberStepDto.from_dict(data)

                    return steps_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not WorkflowPhoneNumberStepDto._matches(data):
                        raise TypeError()
                    steps_item_type_5 = WorkflowPhoneNumberStepDto.from_dict(data)

                    return steps_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not WorkflowPhoneWhatsAppAttendeeStepDto._matches(data):
                        raise TypeError()
                    steps_item_type_3 = WorkflowPhoneWhatsAppAttendeeStepDto.from_dict(data)

                    return steps_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not WorkflowPhoneAttendeeStepDto._matches(data):
                        raise TypeError()
                    steps_item_type_6 = WorkflowPhoneAttendeeStepDto.from_dict(data)

                    return steps_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    WorkflowEmailAddressStepDto
                    | WorkflowEmailAttendeeStepDto
                    | WorkflowEmailHostStepDto
                    | WorkflowPhoneAttendeeStepDto
                    | WorkflowPhoneNumberStepDto
                    | WorkflowPhoneWhatsAppAttendeeStepDto
                    | WorkflowPhoneWhatsAppNumberStepDto,
                    data,
                )

            steps_item = _parse_steps_item(steps_item_data)

            steps.append(steps_item)

        return steps
