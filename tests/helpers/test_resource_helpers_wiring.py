"""The generator serves each node named in ``overrides/resource_helpers.yaml`` with its hand-written
class (a subclass of the node's generated class), wherever it sits in the tree; no other node
changes."""

from __future__ import annotations

import importlib
from pathlib import Path

from ruamel.yaml import YAML

from cal_async import CalClient
from cal_async._resource import APIResource
from cal_async.resources import OrgTeamEventTypeHelpers, TeamEventTypeHelpers, WithHosts

MAPPING = Path(__file__).resolve().parents[2] / "overrides" / "resource_helpers.yaml"


def _node(cal: CalClient, dotted: str) -> APIResource:
    node: object = cal
    for part in dotted.split("."):
        node = getattr(node, part)
    assert isinstance(node, APIResource)
    return node


def test_every_mapped_node_serves_its_class() -> None:
    table = YAML(typ="safe").load(MAPPING.read_text(encoding="utf-8"))
    assert len(table) >= 9
    cal = CalClient("cal_" + "0" * 32)
    for dotted, spec in table.items():
        node = _node(cal, dotted)
        module, _, name = spec.partition(":")
        assert type(node) is getattr(importlib.import_module(module), name), f"cal.{dotted} is {type(node)}"
        # The generated operations are its base: the helpers call them as typed methods.
        generated = next(c for c in type(node).__mro__ if c.__module__.startswith("cal_async._generated."))
        expected = "".join(p.title().replace("_", "") for p in dotted.split(".")) + "Resource"
        assert generated.__name__ == expected


def test_team_event_type_helpers_on_both_team_nodes() -> None:
    cal = CalClient("cal_" + "0" * 32)
    assert isinstance(cal.teams.event_types, TeamEventTypeHelpers)
    assert isinstance(cal.orgs.teams.event_types, OrgTeamEventTypeHelpers)
    assert isinstance(cal.teams.event_types, WithHosts) and isinstance(cal.orgs.teams.event_types, WithHosts)


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
