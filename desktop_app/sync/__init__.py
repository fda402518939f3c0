"""Station side of sync: identity, request signing, push/pull client, applying rows, bundles."""
