"""The rules engine's vocabulary, kept as data.

Each module holds plain lists and mappings (words, short regular-expression fragments)
and no logic, so a later issue can move them into the database and make them editable
in the admin without touching the field modules that read them.
"""
