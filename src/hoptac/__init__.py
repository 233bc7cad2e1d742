"""hoptac: Vietnamese cooperation news → a structured, cited, searchable record.

Data flows one way: sources → clean → extract → resolve → store → serve/export.
"""
__version__ = "0.1.0"
