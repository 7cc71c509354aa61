package io.custodian.platform.authz.internal.condition;

/**
 * One token.
 *
 * @param type     its kind
 * @param text     a name, a number's digits or a string's unescaped content; the operator otherwise
 * @param position zero-based offset of its first character
 */
record Token(TokenType type, String text, int position) {

    /** How the token is shown in an error message: short, never a whole string literal. */
    String describe() {
        return switch (type) {
            case END -> "end of expression";
            case STRING -> "a string";
            case NUMBER -> "number " + text;
            default -> "'" + text + "'";
        };
    }
}
