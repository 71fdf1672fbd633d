"""Builders for the demo shop that `manage.py load_demo` assembles (see loader.demo_load)."""
