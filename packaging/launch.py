"""Entry point of the frozen app: the same `main` as the `corroborate` command from source."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
