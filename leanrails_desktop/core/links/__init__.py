"""Pure state and rules over links: the filter, the editing session."""
