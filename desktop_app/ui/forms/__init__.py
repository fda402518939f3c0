"""Python modules generated from ``forms/*.ui`` by ``python -m tools.build_forms``. Do not edit."""
