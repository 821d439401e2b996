"""`python -m viewer` is the same as the `corroborate` command."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
