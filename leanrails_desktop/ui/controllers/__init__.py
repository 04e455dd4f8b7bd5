"""QObjects that decide: each gets an AppContext and the views it drives, never the window."""
