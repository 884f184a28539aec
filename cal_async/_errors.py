"""The SDK's exception hierarchy (extended by the runtime work)."""

from __future__ import annotations


class CalError(Exception):
    """Root of every exception cal-async raises."""
