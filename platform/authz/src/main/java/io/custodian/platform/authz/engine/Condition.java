package io.custodian.platform.authz.engine;

import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.internal.condition.ConditionParser;
import io.custodian.platform.authz.internal.condition.Facts;
import io.custodian.platform.authz.internal.condition.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A policy condition, parsed once into a tree and then evaluated per request. The language is
 * small and safe by construction: variables {@code user.*}, {@code resource.*},
 * {@code request.ip|time|day|date}; string, number, boolean, {@code null} and list literals;
 * {@code == != < <= > >=}, {@code in}, {@code not in}, {@code contains}, {@code and/&&},
 * {@code or/||}, {@code not/!}, parentheses; and the functions {@code cidr(...)} and
 * {@code between(...)}. There are no method calls, no loops and no reflection, and an expression
 * is at most 2000 characters and 32 levels deep. See {@code docs/access-conditions.md}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Condition {

    private static final Logger LOG = LoggerFactory.getLogger(Condition.class);

    private final String expression;
    private final Node root;

    private Condition(String expression, Node root) {
        this.expression = expression;
        this.root = root;
    }

    /**
     * Parses an expression.
     *
     * @param expression the condition text
     * @return the compiled condition
     * @throws ConditionSyntaxException on bad syntax, an unknown variable or function, input longer
     *                                  than 2000 characters or nesting deeper than 32 levels
     */
    public static Condition parse(String expression) {
        return new Condition(expression, ConditionParser.parse(expression));
    }

    /**
     * Evaluates the condition for one request. Unknown attributes evaluate as {@code null};
     * comparisons with {@code null} or between mismatched types are false. Never throws.
     *
     * @param subject  who asks ({@code user.*})
     * @param resource what they act on ({@code resource.*}), {@code null} for none
     * @param context  the request ({@code request.*})
     * @return whether the condition holds
     */
    public boolean test(Subject subject, ResourceRef resource, RequestContext context) {
        try {
            return Boolean.TRUE.equals(root.eval(new Facts(subject, resource, context)));
        } catch (RuntimeException e) {
            // The evaluator is written not to throw; this only guards the "never an exception" promise
            // against a defect, so one bad policy cannot break every decision.
            LOG.warn("Condition evaluation failed, treated as false: {}", e.toString());
            return false;
        }
    }

    /** The expression as written. */
    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }
}
