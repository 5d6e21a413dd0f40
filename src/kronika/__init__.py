"""Kronika: political event data from news articles, in their own language."""

__version__ = "0.1.0"
