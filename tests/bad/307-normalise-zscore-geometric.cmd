$CHISO check tests/bad/files/307-normalise-zscore-geometric.chiso --diagnostic-ids
$CHISO check tests/bad/files/307-normalise-zscore-geometric.chiso --lang en
