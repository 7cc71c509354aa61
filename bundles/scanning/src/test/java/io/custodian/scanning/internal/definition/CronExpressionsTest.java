package io.custodian.scanning.internal.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

/** The schedule check agrees with Quartz's own parser, which the kernel's Camel runs. */
class CronExpressionsTest {

    private static final List<String> EXPRESSIONS = List.of(
            "0 0 2 * * ?", "0 0/15 * ? * MON-FRI", "0 0 12 ? * 2#1", "0 30 3 L * ?", "0 0 6 15W * ?", "0 0 0 LW * ?",
            "0 0 0 L-3 * ?", "0 0 1 ? * 6L", "*/5 * * * * ?", "0 0 9-17 * * ?", "0 0 0 1 JAN,JUL ?", "0 0 0 ? * SUN 2030", "0 0 0 ? * sun-sat",
            "0 15 10 ? * *", "0 0 12 1/5 * ?", "59 59 23 31 12 ? 2099", "0 0 0 * * ? *", "0 5-10/2 * * * ?",
            "0 0 2 * *", "0 0 2 * * *", "0 0 2 ? * ?", "60 0 2 * * ?", "0 60 2 * * ?", "0 0 24 * * ?", "0 0 0 32 * ?",
            "0 0 0 0 * ?", "0 0 0 * 13 ?", "0 0 0 ? * 8", "0 0 0 ? * FOO", "a b c d e f",
            "0 0 0 * * ? * *", "0 0 0 ? * 2#6", "0 0 0 33W * ?", "0 0 0 1-x * ?",
            "0 0/61 * * * ?", "0 0 0 L-31 * ?");

    @Test
    void everyExpressionIsJudgedAsQuartzJudgesIt() {
        List<String> disagreements = new ArrayList<>();
        for (String expression : EXPRESSIONS) {
            boolean quartz = CronExpression.isValidExpression(expression);
            boolean ours = CronExpressions.problem(expression).isEmpty();
            if (quartz != ours) {
                disagreements.add(expression + ": Quartz says " + (quartz ? "valid" : "invalid") + ", we say "
                        + CronExpressions.problem(expression).orElse("valid"));
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void nonsenseQuartzToleratesIsRefused() {
        for (String expression : List.of("0 0 0 * JANUARY ?", "0 0 0 * * ? 1969", "0 0/0 * * * ?", "0 0 2 * * ? ,")) {
            assertTrue(CronExpression.isValidExpression(expression), expression);
            assertTrue(CronExpressions.problem(expression).isPresent(), () -> expression + ": stricter than Quartz, never looser");
        }
    }

    @Test
    void aUnixExpressionGetsAHint() {
        assertTrue(CronExpressions.problem("0 2 * * *").orElseThrow().contains("Quartz form"));
    }
}
