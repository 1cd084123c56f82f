$CHISO show --resolved examples/synthetic/ddci-chuan-hoa-z.chiso
