$CHISO check tests/bad/files/088-crlf-error-column.chiso --diagnostic-ids
