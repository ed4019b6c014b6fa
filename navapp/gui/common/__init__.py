"""common room of the GUI."""
