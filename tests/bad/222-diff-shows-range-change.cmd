$CHISO diff tests/bad/files/gia-tri.chiso tests/bad/files/221-ke-thua-khoang.chiso --lang en
