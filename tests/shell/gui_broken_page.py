"""A page module whose own import fails (used by test_gui_main_window)."""

import a_module_that_does_not_exist  # noqa: F401
