"""LeanRails Desktop: manage LeanRails Checkout Links from the desktop."""

__version__ = "0.1.0"
APP_NAME = "LeanRails Desktop"
APP_ID = "com.leanrails.Desktop"
