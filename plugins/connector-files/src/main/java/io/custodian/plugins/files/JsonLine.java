package io.custodian.plugins.files;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses one line of JSON Lines: a JSON object whose members become columns. Strings are unescaped, numbers
 * and booleans kept as written, {@code null} is a null, nested objects and arrays are kept as their JSON
 * text. A line that is not exactly one JSON object (or nests deeper than {@value #MAX_DEPTH}) gives
 * {@code null}: the reader skips it rather than failing the whole file.
 */
final class JsonLine {

    static final int MAX_DEPTH = 64;

    /** A member's value and what kind of JSON value it was. */
    record Value(String text, ValueKind kind) {
    }

    private final String line;
    private int pos;

    private JsonLine(String line) {
        this.line = line;
    }

    /** The members of the object on {@code line}, in order (a repeated key keeps its last value), or null if malformed. */
    static Map<String, Value> parse(String line) {
        try {
            JsonLine parser = new JsonLine(line);
            parser.skipSpace();
            Map<String, Value> members = parser.object();
            parser.skipSpace();
            return parser.pos == line.length() ? members : null;
        } catch (Malformed | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Map<String, Value> object() {
        expect('{');
        Map<String, Value> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            members.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private Value value() {
        char c = peek();
        if (c == '"') {
            return new Value(string(), ValueKind.JSON_STRING);
        } else if (c == '{' || c == '[') {
            int start = pos;
            skipStructure(0);
            return new Value(line.substring(start, pos), ValueKind.JSON_STRUCTURE);
        } else if (line.startsWith("true", pos) || line.startsWith("false", pos)) {
            String word = line.startsWith("true", pos) ? "true" : "false";
            pos += word.length();
            return new Value(word, ValueKind.JSON_BOOLEAN);
        } else if (line.startsWith("null", pos)) {
            pos += 4;
            return new Value(null, ValueKind.JSON_STRING);
        }
        return new Value(number(), ValueKind.JSON_NUMBER);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = line.charAt(pos++);
            if (c == '"') {
                return out.toString();
            } else if (c < 0x20) {
                throw new Malformed();
            } else if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = line.charAt(pos++);
            switch (e) {
                case '"': case '\\': case '/': out.append(e); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u':
                    out.append((char) Integer.parseInt(line.substring(pos, pos + 4), 16));
                    pos += 4;
                    break;
                default:
                    throw new Malformed();
            }
        }
    }

    private String number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digits = digits();
        if (digits == 0 || (digits > 1 && line.charAt(pos - digits) == '0')) {
            throw new Malformed();
        }
        if (pos < line.length() && peek() == '.') {
            pos++;
            if (digits() == 0) {
                throw new Malformed();
            }
        }
        if (pos < line.length() && (peek() == 'e' || peek() == 'E')) {
            pos++;
            if (pos < line.length() && (peek() == '+' || peek() == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw new Malformed();
            }
        }
        return line.substring(start, pos);
    }

    private int digits() {
        int start = pos;
        while (pos < line.length() && line.charAt(pos) >= '0' && line.charAt(pos) <= '9') {
            pos++;
        }
        return pos - start;
    }

    /** Skips a nested object or array, checking only that brackets balance outside strings. */
    private void skipStructure(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed();
        }
        char open = line.charAt(pos++);
        char close = open == '{' ? '}' : ']';
        while (true) {
            char c = peek();
            if (c == close) {
                pos++;
                return;
            } else if (c == '{' || c == '[') {
                skipStructure(depth + 1);
            } else if (c == '"') {
                string();
            } else if (c == '}' || c == ']') {
                throw new Malformed();
            } else {
                pos++;
            }
        }
    }

    private void skipSpace() {
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t' || line.charAt(pos) == '\r')) {
            pos++;
        }
    }

    private char peek() {
        return line.charAt(pos);
    }

    private void expect(char c) {
        if (line.charAt(pos) != c) {
            throw new Malformed();
        }
        pos++;
    }

    /** Thrown inside the parser; {@link #parse} turns it into null. Carries no stack trace: it is control flow. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed() {
            super(null, null, false, false);
        }
    }
}
