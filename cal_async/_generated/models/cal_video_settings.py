# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cal_video_settings_redirect_url_on_exit import CalVideoSettingsRedirectUrlOnExit


class CalVideoSettings(ApiModel):
    """
    Attributes:
        disable_recording_for_organizer (bool | Unset): If true, the organizer will not be able to record the meeting
        disable_recording_for_guests (bool | Unset): If true, the guests will not be able to record the meeting
        redirect_url_on_exit (CalVideoSettingsRedirectUrlOnExit | Unset): URL to which participants are redirected when
            they exit the call
        enable_automatic_recording_for_organizer (bool | Unset): If true, enables the automatic recording for the event
            when organizer joins the call
        enable_automatic_transcription (bool | Unset): If true, enables the automatic transcription for the event
            whenever someone joins the call
        disable_transcription_for_guests (bool | Unset): If true, the guests will not be able to receive transcription
            of the meeting
        disable_transcription_for_organizer (bool | Unset): If true, the organizer will not be able to receive
            transcription of the meeting
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "disableRecordingForOrganizer",
            "disableRecordingForGuests",
            "redirectUrlOnExit",
            "enableAutomaticRecordingForOrganizer",
            "enableAutomaticTranscription",
            "disableTranscriptionForGuests",
            "disableTranscriptionForOrganizer",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        disable_recording_for_organizer: bool | Unset = UNSET,
        disable_recording_for_guests: bool | Unset = UNSET,
        redirect_url_on_exit: CalVideoSettingsRedirectUrlOnExit | Unset = UNSET,
        enable_automatic_recording_for_organizer: bool | Unset = UNSET,
        enable_automatic_transcription: bool | Unset = UNSET,
        disable_transcription_for_guests: bool | Unset = UNSET,
        disable_transcription_for_organizer: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _disable_recording_for_organizer = disable_recording_for_organizer

        if not isinstance(_disable_recording_for_organizer, Unset):
            data["disableRecordingForOrganizer"] = _disable_recording_for_organizer
        _disable_recording_for_guests = disable_recording_for_guests

        if not isinstance(_disable_recording_for_guests, Unset):
            data["disableRecordingForGuests"] = _disable_recording_for_guests
        _redirect_url_on_exit = UNSET
        if not isinstance(redirect_url_on_exit, Unset):
            _redirect_url_on_exit = as_json(redirect_url_on_exit)

        if not isinstance(_redirect_url_on_exit, Unset):
            data["redirectUrlOnExit"] = _redirect_url_on_exit
        _enable_automatic_recording_for_organizer = enable_automatic_recording_for_organizer

        if not isinstance(_enable_automatic_recording_for_organizer, Unset):
            data["enableAutomaticRecordingForOrganizer"] = _enable_automatic_recording_for_organizer
        _enable_automatic_transcription = enable_automatic_transcription

        if not isinstance(_enable_automatic_transcription, Unset):
            data["enableAutomaticTranscription"] = _enable_automatic_transcription
        _disable_transcription_for_guests = disable_transcription_for_guests

        if not isinstance(_disable_transcription_for_guests, Unset):
            data["disableTranscriptionForGuests"] = _disable_transcription_for_guests
        _disable_transcription_for_organizer = disable_transcription_for_organizer

        if not isinstance(_disable_transcription_for_organizer, Unset):
            data["disableTranscriptionForOrganizer"] = _disable_transcription_for_organizer
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def disable_recording_for_organizer(self) -> bool | Unset:
        """If true, the organizer will not be able to record the meeting"""
        return cast(bool | Unset, self._data.get("disableRecordingForOrganizer", UNSET))

    @property
    def disable_recording_for_guests(self) -> bool | Unset:
        """If true, the guests will not be able to record the meeting"""
        return cast(bool | Unset, self._data.get("disableRecordingForGuests", UNSET))

    @property
    def redirect_url_on_exit(self) -> CalVideoSettingsRedirectUrlOnExit | Unset:
        """URL to which participants are redirected when they exit the call"""
        from ..models.cal_video_settings_redirect_url_on_exit import CalVideoSettingsRedirectUrlOnExit  # noqa: PLC0415

        _redirect_url_on_exit = self._data.get("redirectUrlOnExit", UNSET)
        redirect_url_on_exit: CalVideoSettingsRedirectUrlOnExit | Unset
        if isinstance(_redirect_url_on_exit, Unset):
            redirect_url_on_exit = UNSET
        else:
            redirect_url_on_exit = CalVideoSettingsRedirectUrlOnExit.from_dict(_redirect_url_on_exit)

        return redirect_url_on_exit

    @property
    def enable_automatic_recording_for_organizer(self) -> bool | Unset:
        """If true, enables the automatic recording for the event when organizer joins the call"""
        return cast(bool | Unset, self._data.get("enableAutomaticRecordingForOrganizer", UNSET))

    @property
    def enable_automatic_transcription(self) -> bool | Unset:
        """If true, enables the automatic transcription for the event whenever someone joins the call"""
        return cast(bool | Unset, self._data.get("enableAutomaticTranscription", UNSET))

    @property
    def disable_transcription_for_guests(self) -> bool | Unset:
        """If true, the guests will not be able to receive transcription of the meeting"""
        return cast(bool | Unset, self._data.get("disableTranscriptionForGuests", UNSET))

    @property
    def disable_transcription_for_organizer(self) -> bool | Unset:
        """If true, the organizer will not be able to receive transcription of the meeting"""
        return cast(bool | Unset, self._data.get("disableTranscriptionForOrganizer", UNSET))
