$CHISO diff examples/synthetic/pci-nguong-phan-bo.chiso tests/golden/files/pci-nguong-co-dinh.chiso --scores examples/synthetic/pci-nguong-phan-bo.yaml
