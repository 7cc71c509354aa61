-- The first script; a semicolon in this comment; is not a statement end.
CREATE TABLE kit_note (
    id INTEGER PRIMARY KEY,
    text VARCHAR(200) NOT NULL
);
/* A block comment; with a semicolon. */
INSERT INTO kit_note (id, text) VALUES (1, 'one; it''s -- not a comment');
