"""The Qt desktop viewer: a thin layer over `viewer.core`; it reads a Comparison, never analyses."""
