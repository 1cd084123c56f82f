$CHISO check tests/bad/files/039-condition-flag-unquoted.chiso --diagnostic-ids
