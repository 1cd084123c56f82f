$CHISO evaluate x y
