"""Qt user interface of LeanRails Desktop."""
