INSERT INTO kit_note (id, text) VALUES (2, 'h2');
