package io.custodian.platform.authz.internal.condition;

/** The kinds of token of the condition language. */
enum TokenType {
    NAME, STRING, NUMBER, TRUE, FALSE, NULL,
    AND, OR, NOT, IN, CONTAINS,
    EQ, NE, LT, LE, GT, GE,
    LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA,
    END
}
