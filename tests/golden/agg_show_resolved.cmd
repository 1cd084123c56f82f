$CHISO show --resolved tests/golden/files/agg_means_2025.chiso
