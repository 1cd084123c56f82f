$CHISO show --definition examples/synthetic/trung-binh-nhan.chiso
