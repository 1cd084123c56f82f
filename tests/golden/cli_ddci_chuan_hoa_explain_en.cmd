$CHISO explain examples/synthetic/ddci-chuan-hoa.chiso examples/synthetic/ddci-chuan-hoa.yaml h-a --lang en
