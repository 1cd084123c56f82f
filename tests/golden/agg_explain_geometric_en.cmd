$CHISO explain examples/synthetic/trung-binh-nhan.chiso examples/synthetic/trung-binh-nhan.yaml huyen-c --lang en
