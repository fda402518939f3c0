"""Ikrar: registration desk for declaration-signing events."""

__version__ = "0.1.0"
APP_NAME = "Ikrar"
