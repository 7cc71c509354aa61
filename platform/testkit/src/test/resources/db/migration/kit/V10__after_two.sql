-- Version 10 runs after version 2 (numeric order, not the order of the names).
UPDATE kit_note SET text = text || '+10' WHERE id = 2;
