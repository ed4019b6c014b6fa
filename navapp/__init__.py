"""navapp: co-driver navigation and roadbook app for rally-raid crews."""

__version__ = "0.1.0"
