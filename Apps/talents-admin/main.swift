// Entry point: wired up by the foundation issue.
