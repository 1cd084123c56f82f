$CHISO show tests/bad/files/gia-tri.chiso --resolved; $CHISO show tests/bad/files/218-theo-id.chiso --resolved
