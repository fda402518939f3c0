import multiprocessing
import sys

from desktop_app.cli.main import main

if __name__ == "__main__":
    # Certificate batches use spawned worker processes; a frozen build must not re-run main().
    multiprocessing.freeze_support()
    sys.exit(main())
