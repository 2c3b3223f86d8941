"""Site-wide protections: response headers, upload validation, safe rendering of stored HTML."""
