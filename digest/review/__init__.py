"""Editor tools for deciding drafts: the review queue, decisions written back to the YAML, and
the ``digest review`` terminal walk. Only :mod:`digest.review.terminal` imports the terminal UI
library; the rest is plain Python over the record layer."""
