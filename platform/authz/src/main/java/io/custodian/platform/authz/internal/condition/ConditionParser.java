package io.custodian.platform.authz.internal.condition;

import io.custodian.platform.authz.engine.ConditionSyntaxException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for the condition language, producing a {@link Node} tree once per
 * policy. Grammar (lowest precedence first):
 *
 * <pre>
 * or         := and (('or' | '||') and)*
 * and        := unary (('and' | '&amp;&amp;') unary)*
 * unary      := ('not' | '!') unary | comparison
 * comparison := operand [ ('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=' | 'in' | 'not' 'in' | 'contains') operand ]
 * operand    := string | number | 'true' | 'false' | 'null' | '[' [or (',' or)*] ']'
 *             | '(' or ')' | function '(' or (',' or)* ')' | variable
 * </pre>
 *
 * Variables and functions are checked here, so a typo fails when the policy is saved rather than
 * silently never matching.
 */
public final class ConditionParser {

    /** The longest expression accepted, in characters. */
    public static final int MAX_LENGTH = 2000;
    /** The deepest nesting of parentheses, lists, function calls and {@code not}s accepted. */
    public static final int MAX_DEPTH = 32;

    private final List<Token> tokens;
    private int index;
    private int depth;

    private ConditionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Parses an expression.
     *
     * @throws ConditionSyntaxException if it is empty, too long, too deep or malformed
     */
    public static Node parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new ConditionSyntaxException("the expression is empty", 0);
        }
        if (expression.length() > MAX_LENGTH) {
            throw new ConditionSyntaxException("the expression is longer than " + MAX_LENGTH + " characters",
                    MAX_LENGTH);
        }
        ConditionParser parser = new ConditionParser(Lexer.tokenize(expression));
        Node root = parser.or();
        Token end = parser.peek();
        if (end.type() != TokenType.END) {
            throw new ConditionSyntaxException("unexpected " + end.describe(), end.position());
        }
        return root;
    }

    private Node or() {
        List<Node> operands = new ArrayList<>(List.of(and()));
        while (accept(TokenType.OR)) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Logical(false, List.copyOf(operands));
    }

    private Node and() {
        List<Node> operands = new ArrayList<>(List.of(unary()));
        while (accept(TokenType.AND)) {
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.get(0) : new Logical(true, List.copyOf(operands));
    }

    private Node unary() {
        Token not = peek();
        if (accept(TokenType.NOT)) {
            enter(not);
            Node operand = unary();
            depth--;
            return new Not(operand);
        }
        return comparison();
    }

    private Node comparison() {
        Node left = operand();
        Token op = peek();
        switch (op.type()) {
            case EQ, NE, LT, LE, GT, GE -> {
                index++;
                return compare(op, left, operand());
            }
            case IN -> {
                index++;
                return new Membership(left, operand(), false);
            }
            case CONTAINS -> {
                index++;
                return new Contains(left, operand());
            }
            case NOT -> {
                if (peek(1).type() == TokenType.IN) {
                    index += 2;
                    return new Membership(left, operand(), true);
                }
                throw new ConditionSyntaxException("unexpected " + op.describe(), op.position());
            }
            default -> {
                return left;
            }
        }
    }

    private static Node compare(Token op, Node left, Node right) {
        boolean leftNull = isNull(left);
        boolean rightNull = isNull(right);
        if (leftNull || rightNull) {
            if (op.type() != TokenType.EQ && op.type() != TokenType.NE) {
                throw new ConditionSyntaxException("null can only be compared with == or !=", op.position());
            }
            Node other = leftNull ? right : left;
            return new NullCheck(other, op.type() == TokenType.NE);
        }
        return new Comparison(op.type(), left, right);
    }

    private static boolean isNull(Node node) {
        return node instanceof Literal literal && literal.value() == null;
    }

    private Node operand() {
        Token t = next();
        switch (t.type()) {
            case STRING:
                return new Literal(t.text());
            case NUMBER:
                return new Literal(new BigDecimal(t.text()));
            case TRUE:
                return new Literal(Boolean.TRUE);
            case FALSE:
                return new Literal(Boolean.FALSE);
            case NULL:
                return new Literal(null);
            case LBRACKET:
                return list(t);
            case LPAREN: {
                enter(t);
                Node inner = or();
                expect(TokenType.RPAREN, "')'");
                depth--;
                return inner;
            }
            case NAME:
                if (peek().type() == TokenType.LPAREN) {
                    return function(t);
                }
                return Variables.resolve(t);
            default:
                throw new ConditionSyntaxException("expected a value but found " + t.describe(), t.position());
        }
    }

    private Node list(Token open) {
        enter(open);
        List<Node> items = new ArrayList<>();
        if (!accept(TokenType.RBRACKET)) {
            do {
                items.add(or());
            } while (accept(TokenType.COMMA));
            expect(TokenType.RBRACKET, "']' or ','");
        }
        depth--;
        return ListNode.of(items);
    }

    private Node function(Token name) {
        Token open = next();
        enter(open);
        List<Node> args = new ArrayList<>();
        List<Token> starts = new ArrayList<>();
        if (peek().type() != TokenType.RPAREN) {
            do {
                starts.add(peek());
                args.add(or());
            } while (accept(TokenType.COMMA));
        }
        expect(TokenType.RPAREN, "')' or ','");
        depth--;
        return Functions.call(name, args, starts);
    }

    private void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw new ConditionSyntaxException("nested deeper than " + MAX_DEPTH + " levels", at.position());
        }
    }

    private void expect(TokenType type, String what) {
        Token t = next();
        if (t.type() != type) {
            throw new ConditionSyntaxException("expected " + what + " but found " + t.describe(), t.position());
        }
    }

    private boolean accept(TokenType type) {
        if (peek().type() == type) {
            index++;
            return true;
        }
        return false;
    }

    private Token next() {
        Token t = peek();
        if (t.type() != TokenType.END) {
            index++;
        }
        return t;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }
}
