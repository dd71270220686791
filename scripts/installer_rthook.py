"""PyInstaller runtime hook of build_installer.spec: pymcdm without its plots and weights.

pymcdm imports its plotting module (matplotlib, Pillow, kiwisolver: about 40 MB) and its
weighting module (scipy: about 64 MB) when it is imported; the app uses only
``pymcdm.methods`` (its own weights are in decision/weights.py), so the build leaves
matplotlib and scipy out and gives pymcdm empty ``pymcdm.visuals`` and ``pymcdm.weights``.
"""

import sys
import types

_visuals = types.ModuleType("pymcdm.visuals")
_visuals.__doc__ = "Left out of the InnoCite build: matplotlib is not bundled."
sys.modules.setdefault("pymcdm.visuals", _visuals)

_weights = types.ModuleType("pymcdm.weights")
_weights.__doc__ = "Left out of the InnoCite build: scipy is not bundled."
_weights.__all__ = []  # type: ignore[attr-defined]
sys.modules.setdefault("pymcdm.weights", _weights)
