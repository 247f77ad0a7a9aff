"""Shared test configuration: the Hypothesis profiles.

``deep`` runs every property with at least 1,000 examples and no deadline (``pytest
--hypothesis-profile=deep``; see docs/testing.md for what it covers and how long it takes).
A test that sets its own ``max_examples`` keeps it under every profile.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "deep",
    max_examples=1_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
