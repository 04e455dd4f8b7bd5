"""Pure-Python core of LeanRails Desktop. Nothing below this package imports Qt."""
