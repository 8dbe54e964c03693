"""Where the annotated development data is: ``$SAIDWHEN_DEVDATA``, else ``shared/devdata``
beside the checkout (as the workspace lays it out). It is never copied into the repository."""

from __future__ import annotations

import os
from pathlib import Path

DEVDATA = Path(
    os.environ.get("SAIDWHEN_DEVDATA") or Path(__file__).resolve().parents[2] / "shared" / "devdata"
)
MEANTIME = DEVDATA / "meantime"
POLNEAR = DEVDATA / "polnear-dev"
