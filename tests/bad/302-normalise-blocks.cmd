$CHISO check tests/bad/files/302-normalise-blocks.chiso --diagnostic-ids
$CHISO check tests/bad/files/302-normalise-blocks.chiso --lang en
