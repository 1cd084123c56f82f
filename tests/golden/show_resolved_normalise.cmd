$CHISO show --resolved examples/synthetic/ddci-chuan-hoa.chiso
