$CHISO check tests/bad/files/092-resolve-error-hides-checks.chiso --diagnostic-ids
