"""The analysis core. Nothing in this package may import Qt: it runs headless."""
