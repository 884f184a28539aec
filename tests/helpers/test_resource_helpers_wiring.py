"""The generator builds each node's class from ``overrides/resource_helpers.yaml``: every node named
there serves its mixins' helpers wherever it sits in the tree, and no other node changes."""

from __future__ import annotations

import importlib
from pathlib import Path

from ruamel.yaml import YAML

from cal_async import CalClient
from cal_async._resource import APIResource
from cal_async.resources import TeamEventTypeHelpers

MAPPING = Path(__file__).resolve().parents[2] / "overrides" / "resource_helpers.yaml"


def _node(cal: CalClient, dotted: str) -> APIResource:
    node: object = cal
    for part in dotted.split("."):
        node = getattr(node, part)
    assert isinstance(node, APIResource)
    return node


def test_every_mapped_node_serves_its_mixins() -> None:
    table = YAML(typ="safe").load(MAPPING.read_text(encoding="utf-8"))
    assert len(table) >= 10
    cal = CalClient("cal_" + "0" * 32)
    for dotted, helpers in table.items():
        node = _node(cal, dotted)
        for spec in helpers:
            module, _, name = spec.partition(":")
            mixin = getattr(importlib.import_module(module), name.split("[")[0])
            assert isinstance(node, mixin), f"cal.{dotted} lacks {name}"
        # The generated operations are still there, behind the helpers.
        assert type(node).__mro__[2].__name__.endswith("Operations"), type(node).__mro__


def test_team_event_type_helpers_on_both_team_nodes() -> None:
    cal = CalClient("cal_" + "0" * 32)
    assert isinstance(cal.teams.event_types, TeamEventTypeHelpers)
    assert isinstance(cal.orgs.teams.event_types, TeamEventTypeHelpers)


def test_nodes_without_helpers_are_the_generated_classes() -> None:
    cal = CalClient("cal_" + "0" * 32)
    for node in (cal.me, cal.orgs, cal.teams, cal.orgs.users.bookings):
        assert type(node).__mro__[1] is APIResource, type(node).__mro__


def test_resources_are_cached_per_client_and_hold_it() -> None:
    cal = CalClient("cal_" + "0" * 32)
    assert cal.bookings is cal.bookings
    assert cal.bookings._client is cal
    fast = cal.with_options(max_retries=0)
    assert fast.bookings is not cal.bookings and fast.bookings._client is fast
