"""cal-async: an async-first, fully typed Python SDK for the Cal.com API v2."""
