# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from cal_async._fields import (
    BOOL,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .cal_video_settings_redirect_url_on_exit import CalVideoSettingsRedirectUrlOnExit

    pass


class CalVideoSettings(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    disable_recording_for_organizer: bool | Unset = field("disableRecordingForOrganizer", BOOL, required=False)
    """ If true, the organizer will not be able to record the meeting """
    disable_recording_for_guests: bool | Unset = field("disableRecordingForGuests", BOOL, required=False)
    """ If true, the guests will not be able to record the meeting """
    redirect_url_on_exit: CalVideoSettingsRedirectUrlOnExit | Unset = field(
        "redirectUrlOnExit",
        model("cal_video_settings_redirect_url_on_exit", "CalVideoSettingsRedirectUrlOnExit"),
        required=False,
    )
    """ URL to which participants are redirected when they exit the call """
    enable_automatic_recording_for_organizer: bool | Unset = field(
        "enableAutomaticRecordingForOrganizer", BOOL, required=False
    )
    """ If true, enables the automatic recording for the event when organizer joins the call """
    enable_automatic_transcription: bool | Unset = field("enableAutomaticTranscription", BOOL, required=False)
    """ If true, enables the automatic transcription for the event whenever someone joins the call """
    disable_transcription_for_guests: bool | Unset = field("disableTranscriptionForGuests", BOOL, required=False)
    """ If true, the guests will not be able to receive transcription of the meeting """
    disable_transcription_for_organizer: bool | Unset = field("disableTranscriptionForOrganizer", BOOL, required=False)
    """ If true, the organizer will not be able to receive transcription of the meeting """

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
    ) -> None:
        self._set(
            {
                "disableRecordingForOrganizer": disable_recording_for_organizer,
                "disableRecordingForGuests": disable_recording_for_guests,
                "redirectUrlOnExit": redirect_url_on_exit,
                "enableAutomaticRecordingForOrganizer": enable_automatic_recording_for_organizer,
                "enableAutomaticTranscription": enable_automatic_transcription,
                "disableTranscriptionForGuests": disable_transcription_for_guests,
                "disableTranscriptionForOrganizer": disable_transcription_for_organizer,
            }
        )


class CalVideoSettingsDict(TypedDict, total=False):
    """``CalVideoSettings`` as a plain dict with the API's JSON names, for request bodies."""

    disableRecordingForOrganizer: bool
    disableRecordingForGuests: bool
    redirectUrlOnExit: CalVideoSettingsRedirectUrlOnExit | Mapping[str, Any]
    enableAutomaticRecordingForOrganizer: bool
    enableAutomaticTranscription: bool
    disableTranscriptionForGuests: bool
    disableTranscriptionForOrganizer: bool
