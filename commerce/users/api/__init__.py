"""The account endpoints of /api/v1/: registration, your profile, your password."""
