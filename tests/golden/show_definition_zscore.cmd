$CHISO show --definition examples/synthetic/ddci-chuan-hoa-z.chiso
