$CHISO check tests/bad/files/084-extends-missing-parent.chiso --diagnostic-ids --lang en
