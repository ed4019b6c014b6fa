"""The roadbook editor: box list, detail panel and map over one undo stack."""

from navapp.gui.editor.window import EditorWindow

__all__ = ["EditorWindow"]
