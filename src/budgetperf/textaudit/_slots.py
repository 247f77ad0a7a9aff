"""Building frozen attrs objects of the hot loops at half the cost of their ``__init__``.

A frozen slotted attrs class's ``__init__`` sets each slot through ``object.__setattr__`` (to
get past the frozen ``__setattr__``): about 0.1 µs a field. Setting the slots through their
descriptors builds the same object (the class is unchanged: ``attrs.evolve``, pickling,
equality and ``repr`` see no difference) at about half the cost. Only the few objects built
per figure or per claim (:class:`~.quantities.Quantity`, :class:`~.verdicts.Reading`,
:class:`~.verdicts.Verdict`) are built so, by functions written out field by field next to their
class; :func:`setters` refuses a class whose ``__init__`` does more than set its fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs


def setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls``'s fields ``names`` (all of them, in order).

    Raises RuntimeError when the fields differ from ``names`` or one of them has a validator or
    a converter, or the class a ``__attrs_post_init__``: a builder that sets the slots one by
    one must then be updated with the class.
    """
    fields = attrs.fields(cls)
    if (
        tuple(a.name for a in fields) != names
        or any(a.validator is not None or a.converter is not None for a in fields)
        or hasattr(cls, "__attrs_post_init__")
        or hasattr(cls, "__attrs_pre_init__")
    ):  # pragma: no cover - a guard for whoever changes the class
        raise RuntimeError(f"the builder of {cls.__name__} sets its slots: update it with it")
    return tuple(getattr(cls, name).__set__ for name in names)
