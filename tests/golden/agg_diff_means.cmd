$CHISO diff examples/synthetic/trung-binh-nhan.chiso tests/golden/files/agg_means_2025.chiso
