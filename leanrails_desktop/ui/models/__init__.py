"""Qt item models, thin over pure state in ``core``."""
