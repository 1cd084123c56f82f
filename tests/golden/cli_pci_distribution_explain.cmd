$CHISO explain examples/synthetic/pci-nguong-phan-bo.chiso examples/synthetic/pci-nguong-phan-bo.yaml ca-mau
