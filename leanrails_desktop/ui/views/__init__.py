"""Layout only: widgets and signals; what happens is decided by the controllers."""
