$CHISO eval examples/synthetic/ddci-chuan-hoa-z.chiso examples/synthetic/ddci-chuan-hoa-z.yaml --lang en
