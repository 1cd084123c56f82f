$CHISO eval examples/synthetic/ddci-chuan-hoa.chiso examples/synthetic/ddci-chuan-hoa.yaml --diagnostic-ids
