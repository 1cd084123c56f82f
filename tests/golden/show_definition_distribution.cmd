$CHISO show --definition examples/synthetic/pci-nguong-phan-bo.chiso
