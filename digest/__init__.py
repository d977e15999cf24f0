"""Debate Digest: who said what in political debates, published as a cross-linked static site.

Layers (each imports only those before it):
``model`` / ``problems`` (records) -> ``load`` / ``validate`` (YAML in, problems out) ->
``index`` (cross-references) -> ``extract`` (drafting records from articles) ->
``site`` (the MkDocs plugin: the only package that imports MkDocs).
"""

__version__ = "0.1.0"
