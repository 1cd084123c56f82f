$CHISO eval examples/synthetic/trung-binh-nhan.chiso examples/synthetic/trung-binh-nhan.yaml
