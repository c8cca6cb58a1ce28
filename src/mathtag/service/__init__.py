"""The mathtag service: REST API, review page, storage and whole-bank tagging.

Everything here needs the ``serve`` extra (``pip install 'mathtag[serve]'``); the core package
(registry, classifiers, CLI) does not import it.
"""
