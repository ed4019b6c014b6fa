"""shell room of the GUI."""
