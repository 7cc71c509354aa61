package io.custodian.platform.authz.engine;

/**
 * A condition expression does not parse: bad syntax, an unknown variable or function, an input
 * longer than 2000 characters or nested deeper than 32 levels. The message names the problem and
 * the position; it never quotes more of the expression than the offending token.
 */
public final class ConditionSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param problem  what is wrong, for example {@code expected ')'}
     * @param position zero-based offset of the offending character in the expression
     */
    public ConditionSyntaxException(String problem, int position) {
        super(problem + " at position " + position);
        this.position = position;
    }

    /** Zero-based offset of the offending character in the expression. */
    public int position() {
        return position;
    }
}
