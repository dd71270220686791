"""InnoCite Decision Studio: the desktop application and its command line."""

__version__ = "0.1.0"
