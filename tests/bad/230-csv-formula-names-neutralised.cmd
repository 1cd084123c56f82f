$CHISO eval tests/bad/files/co-so.chiso tests/bad/files/230-ten-cong-thuc.yaml --format csv --bom --diagnostic-ids | sed "1s/^\xef\xbb\xbf/<BOM>/"
