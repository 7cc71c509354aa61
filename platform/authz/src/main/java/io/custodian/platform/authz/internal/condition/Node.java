package io.custodian.platform.authz.internal.condition;

/**
 * A parsed condition, evaluated as a tree. Evaluation never throws: an unknown attribute is
 * {@code null}, and every comparison, membership test or function with a {@code null} or
 * mismatched operand is {@code false}. Logical nodes yield {@link Boolean}s; value nodes yield
 * strings, {@link java.math.BigDecimal}s, booleans, collections, a {@link java.time.LocalTime}
 * ({@code request.time}) or {@code null}.
 */
public sealed interface Node
        permits Literal, ListNode, Variable, Logical, Not, NullCheck, Comparison, Membership, Contains,
        CidrCall, BetweenCall {

    /** The node's value for one request. */
    Object eval(Facts facts);
}
