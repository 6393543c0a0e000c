INSERT INTO chat_transcripts VALUES (1, ROW('elf', 'Hello!', 0.9, 7)), (2, NULL);
