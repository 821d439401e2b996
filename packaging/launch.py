"""Entry point of the frozen app: the same `main` as the `corroborate` command from source."""

import multiprocessing
import sys

from viewer.cli import main

if __name__ == "__main__":
    # a parsing worker (core.parse_pool) is this executable started again: run the worker
    multiprocessing.freeze_support()
    sys.exit(main())
