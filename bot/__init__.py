"""guarantees: who stands where on Ukraine's post-war security guarantees, from the desk's articles."""

__version__ = "0.1.0"
