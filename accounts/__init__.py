"""Admin accounts: roles, login throttling and two-factor authentication."""
