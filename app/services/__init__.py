"""QObjects that run work off the GUI thread and emit results as signals."""
