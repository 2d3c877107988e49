"""Shared test setup: Hypothesis profiles.

``ci`` (used when CI=true, and by ``.ci/run``) runs 300 examples per plain
property; the costly ones scale from the profile (a third for generated
articles, a thirtieth per corpus article for metamorphic relations), so the
whole suite stays within about three minutes on two cores when it passes.
``dev`` is the fast default for local runs (40 examples). Select one with
HYPOTHESIS_PROFILE=name.

``ci`` is derandomized: the same examples on every run, so a red build
means a change broke something, never that the dice found an old bug on
someone else's commit. The search for new bugs is ``explore`` (random,
3,000 examples per plain property, ten times ``ci``), run by hand or on a
schedule: ``HYPOTHESIS_PROFILE=explore pytest tests/test_generated.py
tests/test_metamorphic.py tests/test_properties.py``.

Neither profile runs Hypothesis's *explain* phase: on composite article
strategies it re-runs a failing test many times to annotate the example,
which costs minutes and adds little to a shrunk example. Shrinking stays on
(Hypothesis caps it at five minutes per failing test). Every failure found
is copied into ``tests/test_regressions.py``, so it runs forever.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

_PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink)

# every profile: no deadline (articles vary in size), no explain phase
_BASE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], phases=_PHASES)
settings.register_profile("ci", _BASE, max_examples=300, derandomize=True, print_blob=True)
settings.register_profile("explore", _BASE, max_examples=3000, print_blob=True)
settings.register_profile("dev", _BASE, max_examples=40)
_default = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _default))
