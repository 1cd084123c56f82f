$CHISO explain examples/synthetic/ddci-chuan-hoa-z.chiso examples/synthetic/ddci-chuan-hoa-z.yaml h-d --lang en
