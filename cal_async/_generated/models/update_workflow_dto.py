# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

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
    from ..models.update_email_address_workflow_step_dto import UpdateEmailAddressWorkflowStepDto
    from ..models.update_email_attendee_workflow_step_dto import UpdateEmailAttendeeWorkflowStepDto
    from ..models.update_email_host_workflow_step_dto import UpdateEmailHostWorkflowStepDto
    from ..models.update_phone_attendee_workflow_step_dto import UpdatePhoneAttendeeWorkflowStepDto
    from ..models.update_phone_number_workflow_step_dto import UpdatePhoneNumberWorkflowStepDto
    from ..models.update_phone_whats_app_number_workflow_step_dto import UpdatePhoneWhatsAppNumberWorkflowStepDto
    from ..models.update_whats_app_attendee_phone_workflow_step_dto import UpdateWhatsAppAttendeePhoneWorkflowStepDto
    from ..models.workflow_activation_dto import WorkflowActivationDto


class UpdateWorkflowDto(ApiModel):
    """
    Attributes:
        name (str | Unset): Name of the workflow Example: Platform Test Workflow.
        activation (WorkflowActivationDto | Unset):
        trigger (OnAfterCalVideoGuestsNoShowTriggerDto | OnAfterCalVideoHostsNoShowTriggerDto | OnAfterEventTriggerDto |
            OnBeforeEventTriggerDto | OnCancelTriggerDto | OnCreationTriggerDto | OnNoShowUpdateTriggerDto |
            OnPaidTriggerDto | OnPaymentInitiatedTriggerDto | OnRejectedTriggerDto | OnRequestedTriggerDto |
            OnRescheduleTriggerDto | Unset): Trigger configuration for the workflow
        steps (list[UpdateEmailAddressWorkflowStepDto | UpdateEmailAttendeeWorkflowStepDto |
            UpdateEmailHostWorkflowStepDto | UpdatePhoneAttendeeWorkflowStepDto | UpdatePhoneNumberWorkflowStepDto |
            UpdatePhoneWhatsAppNumberWorkflowStepDto | UpdateWhatsAppAttendeePhoneWorkflowStepDto] | Unset): Steps to
            execute as part of the workflow
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
    _required = frozenset({})

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        activation: WorkflowActivationDto | Unset = UNSET,
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
        | OnRescheduleTriggerDto
        | Unset = UNSET,
        steps: list[
            UpdateEmailAddressWorkflowStepDto
            | UpdateEmailAttendeeWorkflowStepDto
            | UpdateEmailHostWorkflowStepDto
            | UpdatePhoneAttendeeWorkflowStepDto
            | UpdatePhoneNumberWorkflowStepDto
            | UpdatePhoneWhatsAppNumberWorkflowStepDto
            | UpdateWhatsAppAttendeePhoneWorkflowStepDto
        ]
        | Unset = UNSET,
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
        from ..models.update_email_address_workflow_step_dto import UpdateEmailAddressWorkflowStepDto  # noqa: PLC0415
        from ..models.update_email_attendee_workflow_step_dto import UpdateEmailAttendeeWorkflowStepDto  # noqa: PLC0415
        from ..models.update_email_host_workflow_step_dto import UpdateEmailHostWorkflowStepDto  # noqa: PLC0415
        from ..models.update_phone_attendee_workflow_step_dto import UpdatePhoneAttendeeWorkflowStepDto  # noqa: PLC0415
        from ..models.update_phone_whats_app_number_workflow_step_dto import UpdatePhoneWhatsAppNumberWorkflowStepDto  # noqa: PLC0415
        from ..models.update_whats_app_attendee_phone_workflow_step_dto import (
            UpdateWhatsAppAttendeePhoneWorkflowStepDto,  # noqa: PLC0415
        )

        data: dict[str, Any] = {}
        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _activation = UNSET
        if not isinstance(activation, Unset):
            _activation = as_json(activation)

        if not isinstance(_activation, Unset):
            data["activation"] = _activation

        if isinstance(trigger, Unset):
            _trigger = UNSET
        elif isinstance(trigger, OnBeforeEventTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnAfterEventTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnCancelTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnCreationTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnRescheduleTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnAfterCalVideoGuestsNoShowTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnAfterCalVideoHostsNoShowTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnRejectedTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnRequestedTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnPaidTriggerDto):
            _trigger = as_json(trigger)
        elif isinstance(trigger, OnPaymentInitiatedTriggerDto):
            _trigger = as_json(trigger)
        else:
            _trigger = as_json(trigger)

        if not isinstance(_trigger, Unset):
            data["trigger"] = _trigger
        _steps = UNSET
        if not isinstance(steps, Unset):
            _steps = []
            for steps_item_data in steps:
                steps_item: dict[str, Any]
                if isinstance(steps_item_data, UpdateEmailAddressWorkflowStepDto):
                    steps_item = as_json(steps_item_data)
                elif isinstance(steps_item_data, UpdateEmailAttendeeWorkflowStepDto):
                    steps_item = as_json(steps_item_data)
                elif isinstance(steps_item_data, UpdateEmailHostWorkflowStepDto):
                    steps_item = as_json(steps_item_data)
                elif isinstance(steps_item_data, UpdatePhoneAttendeeWorkflowStepDto):
                    steps_item = as_json(steps_item_data)
                elif isinstance(steps_item_data, UpdatePhoneWhatsAppNumberWorkflowStepDto):
                    steps_item = as_json(steps_item_data)
                elif isinstance(steps_item_data, UpdateWhatsAppAttendeePhoneWorkflowStepDto):
                    steps_item = as_json(steps_item_data)
                else:
                    steps_item = as_json(steps_item_data)

                _steps.append(steps_item)

        if not isinstance(_steps, Unset):
            data["steps"] = _steps
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str | Unset:
        """Name of the workflow"""
        return cast(str | Unset, self._data.get("name", UNSET))

    @property
    def activation(self) -> WorkflowActivationDto | Unset:
        from ..models.workflow_activation_dto import WorkflowActivationDto  # noqa: PLC0415

        _activation = self._data.get("activation", UNSET)
        activation: WorkflowActivationDto | Unset
        if isinstance(_activation, Unset):
            activation = UNSET
        else:
            activation = WorkflowActivationDto.from_dict(_activation)

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
        | Unset
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
            | Unset
        ):
            if isinstance(data, Unset):
                return data
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
                | OnRescheduleTriggerDto
                | Unset,
                data,
            )

        trigger = _parse_trigger(self._data.get("trigger", UNSET))

        return trigger

    @property
    def steps(
        self,
    ) -> (
        list[
            UpdateEmailAddressWorkflowStepDto
            | UpdateEmailAttendeeWorkflowStepDto
            | UpdateEmailHostWorkflowStepDto
            | UpdatePhoneAttendeeWorkflowStepDto
            | UpdatePhoneNumberWorkflowStepDto
            | UpdatePhoneWhatsAppNumberWorkflowStepDto
            | UpdateWhatsAppAttendeePhoneWorkflowStepDto
        ]
        | Unset
    ):
        """Steps to execute as part of the workflow"""
        from ..models.update_email_address_workflow_step_dto import UpdateEmailAddressWorkflowStepDto  # noqa: PLC0415
        from ..models.update_email_attendee_workflow_step_dto import UpdateEmailAttendeeWorkflowStepDto  # noqa: PLC0415
        from ..models.update_email_host_workflow_step_dto import UpdateEmailHostWorkflowStepDto  # noqa: PLC0415
        from ..models.update_phone_attendee_workflow_step_dto import UpdatePhoneAttendeeWorkflowStepDto  # noqa: PLC0415
        from ..models.update_phone_number_workflow_step_dto import UpdatePhoneNumberWorkflowStepDto  # noqa: PLC0415
        from ..models.update_phone_whats_app_number_workflow_step_dto import UpdatePhoneWhatsAppNumberWorkflowStepDto  # noqa: PLC0415
        from ..models.update_whats_app_attendee_phone_workflow_step_dto import (
            UpdateWhatsAppAttendeePhoneWorkflowStepDto,  # noqa: PLC0415
        )

        _steps = self._data.get("steps", UNSET)
        steps: (
            list[
                UpdateEmailAddressWorkflowStepDto
                | UpdateEmailAttendeeWorkflowStepDto
                | UpdateEmailHostWorkflowStepDto
                | UpdatePhoneAttendeeWorkflowStepDto
                | UpdatePhoneNumberWorkflowStepDto
                | UpdatePhoneWhatsAppNumberWorkflowStepDto
                | UpdateWhatsAppAttendeePhoneWorkflowStepDto
            ]
            | Unset
        ) = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:

                def _parse_steps_item(
                    data: object,
                ) -> (
                    UpdateEmailAddressWorkflowStepDto
                    | UpdateEmailAttendeeWorkflowStepDto
                    | UpdateEmailHostWorkflowStepDto
                    | UpdatePhoneAttendeeWorkflowStepDto
                    | UpdatePhoneNumberWorkflowStepDto
                    | UpdatePhoneWhatsAppNumberWorkflowStepDto
                    | UpdateWhatsAppAttendeePhoneWorkflowStepDto
                ):
                    try:
                        if not UpdateEmailAddressWorkflowStepDto._matches(data):
                            raise TypeError()
                        steps_item_type_0 = UpdateEmailAddressWorkflowStepDto.from_dict(data)

                        return steps_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not UpdateEmailAttendeeWorkflowStepDto._matches(data):
                            raise TypeError()
                        steps_item_type_1 = UpdateEmailAttendeeWorkflowStepDto.from_dict(data)

                        return steps_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not UpdateEmailHostWorkflowStepDto._matches(data):
                            raise TypeError()
                        steps_item_type_2 = UpdateEmailHostWorkflowStepDto.from_dict(data)

                        return steps_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not UpdatePhoneWhatsAppNumberWorkflowStepDto._matches(data):
                            raise TypeError()
                        steps_item_type_4 = UpdatePhoneWhatsAppNumberWorkflowStepDto.from_dict(data)

                        return steps_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not UpdatePhoneNumberWorkflowStepDto._matches(data):
                            raise TypeError()
                        steps_item_type_6 = UpdatePhoneNumberWorkflowStepDto.from_dict(data)

                        return steps_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not UpdatePhoneAttendeeWorkflowStepDto._matches(data):
                            raise TypeError()
                        steps_item_type_3 = UpdatePhoneAttendeeWorkflowStepDto.from_dict(data)

                        return steps_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not UpdateWhatsAppAttendeePhoneWorkflowStepDto._matches(data):
                            raise TypeError()
                        steps_item_type_5 = UpdateWhatsAppAttendeePhoneWorkflowStepDto.from_dict(data)

                        return steps_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        UpdateEmailAddressWorkflowStepDto
                        | UpdateEmailAttendeeWorkflowStepDto
                        | UpdateEmailHostWorkflowStepDto
                        | UpdatePhoneAttendeeWorkflowStepDto
                        | UpdatePhoneNumberWorkflowStepDto
                        | UpdatePhoneWhatsAppNumberWorkflowStepDto
                        | UpdateWhatsAppAttendeePhoneWorkflowStepDto,
                        data,
                    )

                steps_item = _parse_steps_item(steps_item_data)

                steps.append(steps_item)

        return steps
