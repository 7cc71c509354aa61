CREATE TABLE kit_fine (id INTEGER);
