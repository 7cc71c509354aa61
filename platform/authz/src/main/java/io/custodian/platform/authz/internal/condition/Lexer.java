package io.custodian.platform.authz.internal.condition;

import io.custodian.platform.authz.engine.ConditionSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits an expression into tokens. Names may be dotted paths ({@code user.department}). */
final class Lexer {

    private static final Map<String, TokenType> KEYWORDS = Map.of(
            "and", TokenType.AND, "or", TokenType.OR, "not", TokenType.NOT, "in", TokenType.IN,
            "contains", TokenType.CONTAINS, "true", TokenType.TRUE, "false", TokenType.FALSE,
            "null", TokenType.NULL);

    private final String src;
    private int pos;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
            if (pos >= src.length()) {
                tokens.add(new Token(TokenType.END, "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = src.charAt(pos);
        if (isNameStart(c)) {
            return name(start);
        }
        if (isDigit(c) || (c == '-' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            return number(start);
        }
        if (c == '\'' || c == '"') {
            return string(start, c);
        }
        pos++;
        switch (c) {
            case '(': return new Token(TokenType.LPAREN, "(", start);
            case ')': return new Token(TokenType.RPAREN, ")", start);
            case '[': return new Token(TokenType.LBRACKET, "[", start);
            case ']': return new Token(TokenType.RBRACKET, "]", start);
            case ',': return new Token(TokenType.COMMA, ",", start);
            case '=': return pair('=', TokenType.EQ, "==", start, "'=' is not an operator, use '=='");
            case '&': return pair('&', TokenType.AND, "&&", start, "'&' is not an operator, use '&&' or 'and'");
            case '|': return pair('|', TokenType.OR, "||", start, "'|' is not an operator, use '||' or 'or'");
            case '!': return accept('=') ? new Token(TokenType.NE, "!=", start) : new Token(TokenType.NOT, "!", start);
            case '<': return accept('=') ? new Token(TokenType.LE, "<=", start) : new Token(TokenType.LT, "<", start);
            case '>': return accept('=') ? new Token(TokenType.GE, ">=", start) : new Token(TokenType.GT, ">", start);
            default:
                throw new ConditionSyntaxException("unexpected character '" + c + "'", start);
        }
    }

    private Token pair(char second, TokenType type, String text, int start, String problem) {
        if (!accept(second)) {
            throw new ConditionSyntaxException(problem, start);
        }
        return new Token(type, text, start);
    }

    private boolean accept(char c) {
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private Token name(int start) {
        while (true) {
            while (pos < src.length() && isNamePart(src.charAt(pos))) {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == '.') {
                if (pos + 1 >= src.length() || !isNameStart(src.charAt(pos + 1))) {
                    throw new ConditionSyntaxException("expected a name after '.'", pos + 1);
                }
                pos++;
                continue;
            }
            break;
        }
        String text = src.substring(start, pos);
        TokenType keyword = KEYWORDS.get(text);
        return new Token(keyword == null ? TokenType.NAME : keyword, text, start);
    }

    private Token number(int start) {
        if (src.charAt(pos) == '-') {
            pos++;
        }
        digits();
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            if (pos >= src.length() || !isDigit(src.charAt(pos))) {
                throw new ConditionSyntaxException("expected digits after the decimal point", pos);
            }
            digits();
        }
        return new Token(TokenType.NUMBER, src.substring(start, pos), start);
    }

    private void digits() {
        while (pos < src.length() && isDigit(src.charAt(pos))) {
            pos++;
        }
    }

    private Token string(int start, char quote) {
        StringBuilder text = new StringBuilder();
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == quote) {
                return new Token(TokenType.STRING, text.toString(), start);
            }
            if (c == '\\') {
                if (pos >= src.length()) {
                    break;
                }
                char escaped = src.charAt(pos);
                if (escaped != '\\' && escaped != '\'' && escaped != '"') {
                    throw new ConditionSyntaxException("unknown escape '\\" + escaped + "'", pos - 1);
                }
                pos++;
                c = escaped;
            }
            text.append(c);
        }
        throw new ConditionSyntaxException("unterminated string", start);
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
