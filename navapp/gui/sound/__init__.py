"""sound room of the GUI: the cues the co-driver hears, played and spoken."""
