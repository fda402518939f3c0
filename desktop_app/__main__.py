import sys

from desktop_app.cli.main import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # Certificate batches use spawned worker processes; a frozen build must not re-run
        # main() in them. Imported only when frozen: multiprocessing costs start-up time.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
