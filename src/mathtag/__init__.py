"""mathtag: tag Korean school math problems with the 2022 revised curriculum's standards."""

__version__ = "0.1.0"
