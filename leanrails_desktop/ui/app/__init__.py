"""The composition root: builds the window, its context and controllers, and opens accounts."""
