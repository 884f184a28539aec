"""Normalise the official Cal.com OpenAPI document before code generation: the pipeline.

The document served at ``/v2/docs-json`` cannot be generated from as it is (see
``../shared/openapi/README.md`` and ``../shared/API-FACTS.md``). :data:`STEPS` runs, in order:

1. the spec repairs (``spec_repair.py``): one step per class of document defect, derived from the
   document's structure;
2. the server facts (``server_facts.py``): where the live server contradicts the document; they
   run before the time formats are repaired, so that the fields they add get formats too;
3. the SDK naming (``sdk_naming.py``): the Python names of schemas, resources and methods, chosen
   last so that they see the repaired document.

Each step is idempotent, so ``normalize(normalize(d)) == normalize(d)``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from . import sdk_naming, server_facts, spec_repair
from .document import JSON

STEPS: tuple[Callable[[JSON], None], ...] = (
    spec_repair.declare_path_parameters,
    spec_repair.add_missing_array_items,
    spec_repair.repair_dangling_refs,
    spec_repair.repair_enums,
    spec_repair.repair_patterns,
    spec_repair.lift_auth_headers,
    spec_repair.pin_api_versions,
    spec_repair.type_untyped_parameters,
    spec_repair.type_scalar_objects,
    spec_repair.untype_self_referencing_data,
    spec_repair.integer_counts_and_ids,
    spec_repair.comma_separated_query_lists,
    server_facts.apply_server_facts,
    spec_repair.time_formats,  # after the facts, so that fields they add (a slot's start) get formats
    sdk_naming.clean_schema_names,
    sdk_naming.assign_resource_names,
)


def normalize(doc: JSON) -> JSON:
    """Return a normalised deep copy of ``doc``; ``normalize(normalize(d)) == normalize(d)``."""
    out = copy.deepcopy(doc)
    for step in STEPS:
        step(out)
    out.setdefault("servers", [])
    if not out["servers"]:
        out["servers"] = [{"url": "https://api.cal.com"}]
    return out
