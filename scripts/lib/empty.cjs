// An empty module (see server-only-off.cjs).
