"""The demo shop that `manage.py load_demo` assembles (see loader.demo_load): catalogue,
sellers, offers, accounts, drawn images, generated products, and the Wagtail pages and content.
"""
