"""`python -m app` and the frozen launcher: the `innocite` command line (GUI without arguments)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
