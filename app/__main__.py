"""`python -m app` and the frozen launcher: the `innocite` command line (GUI without arguments)."""

import time

STARTED = (
    time.time()
)  # start-up timing fallback where /proc is missing (app.cli.seconds_since_start)

import sys  # noqa: E402

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
