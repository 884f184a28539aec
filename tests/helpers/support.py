"""Shared values and the client class of the helper tests.

``ExtendedClient`` lists ``CalClient`` first so the class stays valid once ``CalClient`` itself
derives from ``ExtendedResources`` (the other order would then have no consistent MRO).
"""

from __future__ import annotations

from datetime import UTC, datetime

from cal_async import CalClient
from cal_async._extended import ExtendedResources

API = "https://api.cal.com"
KEY = "cal_" + "0" * 32
#: A Monday, 08:00 UTC: the fake's default schedule is Monday-Friday 09:00-17:00.
NOW = datetime(2030, 1, 7, 8, 0, tzinfo=UTC)


class ExtendedClient(CalClient, ExtendedResources):
    """``CalClient`` serving the extended resources (what the one-line wiring change gives)."""
