"""One person, one record: the name rules every command uses (``digest extract``, ``digest
merge``). Plain Python: no MkDocs, no terminal.

* :mod:`digest.identity.names`: when two spellings are one person or one organisation.
* :mod:`digest.identity.junk`: names that are no person, role titles cut from the wrong words.
* :mod:`digest.identity.registry`: the known records, and which of them a drafted name is.
* :mod:`digest.identity.resolve`: one drafted article's ids bound to the digest's records.
* :mod:`digest.identity.data`: the tables (diminutives, short forms, titles) as data.
"""
