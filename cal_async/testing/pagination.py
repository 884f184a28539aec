"""``take``/``skip`` as list operations accept them, and the ``pagination`` object booking lists carry."""

from __future__ import annotations

import math
from typing import Any

from .errors import field_error, validation_error
from .routing import Ctx

MAX_TAKE = 250


def take_skip(ctx: Ctx, *, default_take: int) -> tuple[int, int]:
    errors = []
    values: dict[str, int] = {}
    for name, default, lowest, highest in (("take", default_take, 1, MAX_TAKE), ("skip", 0, 0, None)):
        raw = ctx.request.arg(name)
        if raw is None:
            values[name] = default
            continue
        try:
            number = int(raw)
        except ValueError:
            errors.append(field_error(name, raw, "isNumber", f"{name} must be a number"))
            continue
        if number < lowest:
            errors.append(field_error(name, number, "min", f"{name} must not be less than {lowest}"))
        elif highest is not None and number > highest:
            errors.append(field_error(name, number, "max", f"{name} must not be greater than {highest}"))
        values[name] = number
    if errors:
        raise validation_error(errors)
    return values["take"], values["skip"]


def pagination(total: int, take: int, skip: int, returned: int) -> dict[str, Any]:
    return {
        "totalItems": total,
        "remainingItems": max(total - skip - returned, 0),
        "returnedItems": returned,
        "itemsPerPage": take,
        # 1-based, but 0 when nothing matched at all.
        "currentPage": skip // take + 1 if total else 0,
        "totalPages": math.ceil(total / take),
        "hasNextPage": skip + returned < total,
        "hasPreviousPage": skip > 0,
    }
