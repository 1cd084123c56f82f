$CHISO show --definition examples/synthetic/ddci-chuan-hoa.chiso
