"""The one path for work off the GUI thread: the task runner and the open account's session."""
