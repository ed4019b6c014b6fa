"""gps room of the GUI."""
