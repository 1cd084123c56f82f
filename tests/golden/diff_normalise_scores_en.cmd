$CHISO diff examples/synthetic/ddci-chuan-hoa.chiso tests/golden/files/ddci-chuan-hoa-doi.chiso --scores examples/synthetic/ddci-chuan-hoa.yaml --lang en
