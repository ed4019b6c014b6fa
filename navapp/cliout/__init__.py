"""What the command line prints: the text tables and JSON documents of its commands.

Qt-free; one module per command, so a command loads only its own renderer.
"""
