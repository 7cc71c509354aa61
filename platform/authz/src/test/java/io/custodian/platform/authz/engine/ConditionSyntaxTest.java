package io.custodian.platform.authz.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionSyntaxTest {

    private static ConditionSyntaxException rejected(String expression) {
        return assertThrows(ConditionSyntaxException.class, () -> Condition.parse(expression));
    }

    @ParameterizedTest(name = "{0} fails at {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "user.name = 'x' => 10",
        "user.name == => 12",
        "(user.name == 'x' => 17",
        "user.name == 'x' and => 20",
        "user.name == 'abc => 13",
        "user.name == 'x' 'y' => 17",
        "foo.bar == 1 => 0",
        "user == 1 => 0",
        "user.a.b == 1 => 0",
        "request.host == 'x' => 0",
        "exec('rm') => 0",
        "user.name.length() > 3 => 0",
        "cidr(request.ip, '10.0.0.0/33') => 17",
        "cidr(request.ip, user.name) => 17",
        "cidr(request.ip) => 0",
        "between(request.time, '25:00', '06:00') => 22",
        "between(request.time, '09:00', '09:00') => 31",
        "between(request.time, '09:00') => 0",
        "user.level < null => 11",
        "user.name # 'x' => 10",
        "user.name == 'x' & true => 17",
        "user.name == 'x' | true => 17",
        "user.name in ['a' 'b'] => 18",
        "user.name not 'x' => 10",
        "user. == 'x' => 5",
        "1. == 1 => 2",
        "'a\\q' => 2",
        "user.a == user.b == user.c => 17",
        "== 1 => 0",
    })
    void syntaxErrorsReportTheirPosition(String expression, int position) {
        ConditionSyntaxException e = rejected(expression);

        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().endsWith("at position " + position), e.getMessage());
    }

    @Test
    void emptyOrBlankExpressionIsRejected() {
        assertEquals(0, rejected("").position());
        assertEquals(0, rejected("   ").position());
        assertEquals(0, rejected(null).position());
    }

    @Test
    void syntaxErrorIsAnIllegalArgument() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(ConditionSyntaxException.class));
    }

    @Test
    void expressionOfTwoThousandCharactersIsAccepted() {
        String expression = "user.name == '" + "x".repeat(2000 - 15) + "'";
        assertEquals(2000, expression.length());

        assertDoesNotThrow(() -> Condition.parse(expression));
    }

    @Test
    void expressionLongerThanTwoThousandCharactersIsRejected() {
        String expression = "user.name == '" + "x".repeat(2000 - 14) + "'";

        assertEquals(2000, rejected(expression).position());
    }

    @Test
    void nestingOfThirtyTwoIsAcceptedAndThirtyThreeRejected() {
        assertDoesNotThrow(() -> Condition.parse("(".repeat(32) + "true" + ")".repeat(32)));

        assertEquals(32, rejected("(".repeat(33) + "true" + ")".repeat(33)).position());
    }

    @Test
    void deepNotChainsListsAndCallsCountAsNesting() {
        assertEquals(4 * 32, rejected("not ".repeat(33) + "true").position());
        assertEquals(32, rejected("[".repeat(33) + "]".repeat(33) + " == 1").position());
        String calls = "(".repeat(31) + "cidr((request.ip), '10.0.0.0/8')" + ")".repeat(31);
        assertEquals(36, rejected(calls).position());
    }
}
