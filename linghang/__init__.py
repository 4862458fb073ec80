"""Linghang (领航): an AI-native, self-hostable sales management system."""

__version__ = "0.1.0"
