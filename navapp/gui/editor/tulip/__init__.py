"""tulip room of the GUI."""
