$CHISO check tests/bad/files/089-tabs-error-column.chiso --diagnostic-ids --lang en
