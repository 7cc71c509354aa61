package io.custodian.platform.authz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final Subject ALICE = new Subject("alice", Set.of("finance", "staff"),
            Map.of("department", "finance", "level", 3, "clearance", "5", "ratio", 0.75, "admin", true));
    private static final ResourceRef TABLE = new ResourceRef("42", Map.of(
            "owner", "alice", "owner_department", "finance", "classification", "internal",
            "tags", List.of("pii", "gdpr"), "size", 1024L, "source", "postgres"));
    /** Monday 10 March 2025, 10:30 UTC, from 10.1.2.3. */
    private static final RequestContext MONDAY = new RequestContext(
            Instant.parse("2025-03-10T10:30:00Z"), "10.1.2.3", ZoneOffset.UTC);

    private static boolean eval(String expression) {
        return Condition.parse(expression).test(ALICE, TABLE, MONDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "user.department == resource.owner_department",
        "resource.classification in ['public','internal']",
        "resource.owner == user.name",
        "'finance' in user.groups",
        "between(request.time,'09:00','17:00') and request.day not in ['SAT','SUN']",
        "cidr(request.ip,'10.0.0.0/8')",
    })
    void documentedExamplesHold(String expression) {
        assertTrue(eval(expression), expression);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "user.name == 'alice'", "user.name != 'bob'", "user.level == 3", "user.level != 4",
        "user.level < 4", "user.level <= 3", "user.level > 2", "user.level >= 3",
        "user.ratio < 1", "user.ratio == 0.75", "-1 < user.level", "resource.size > 1000.5",
        "user.clearance >= 5", "resource.id == 42", "'apple' < 'banana'", "resource.source >= 'postgres'",
        "user.admin == true", "user.admin", "user.admin != false",
    })
    void comparisonsHold(String expression) {
        assertTrue(eval(expression), expression);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "user.name == 'Alice'", "user.level < 3", "user.level > 3", "user.level != 3",
        "user.clearance < 5", "'banana' <= 'apple'", "resource.size <= 1000",
    })
    void comparisonsFail(String expression) {
        assertFalse(eval(expression), expression);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'staff' in user.groups", "'hr' not in user.groups", "user.level in [1, 2, 3]", "user.level not in [4]",
        "resource.tags contains 'pii'", "user.groups contains 'finance'", "user.name in [user.department, 'alice']",
        "resource.classification not in ['secret', 'confidential']", "3.0 in [3]",
    })
    void membershipHolds(String expression) {
        assertTrue(eval(expression), expression);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'hr' in user.groups", "'finance' not in user.groups", "resource.tags contains 'public'",
        "user.name in []", "'alice' in user.name", "user.name contains 'a'",
    })
    void membershipFails(String expression) {
        assertFalse(eval(expression), expression);
    }

    @Test
    void logicalOperatorsAndPrecedence() {
        assertTrue(eval("true and true"));
        assertTrue(eval("true && true"));
        assertFalse(eval("true and false"));
        assertTrue(eval("false or true"));
        assertTrue(eval("false || true"));
        assertFalse(eval("not true"));
        assertTrue(eval("!false"));
        assertTrue(eval("true or false and false"), "and binds tighter than or");
        assertFalse(eval("(true or false) and false"));
        assertTrue(eval("not user.name == 'bob'"), "not applies to the comparison");
        assertTrue(eval("!(user.level > 5) && (user.name == 'alice' || false)"));
    }

    @Test
    void eachVariableFamilyIsRead() {
        assertTrue(eval("user.name == 'alice'"));
        assertTrue(eval("user.groups contains 'staff'"));
        assertTrue(eval("user.department == 'finance'"));
        assertTrue(eval("resource.id == '42'"));
        assertTrue(eval("resource.source == 'postgres'"));
        assertTrue(eval("request.ip == '10.1.2.3'"));
        assertTrue(eval("request.time >= '10:30' and request.time < '10:31'"));
        assertTrue(eval("request.day == 'MON'"));
        assertTrue(eval("request.date == '2025-03-10'"));
        assertTrue(eval("request.date >= '2025-01-01' and request.date < '2026-01-01'"));
    }

    @Test
    void stringsMayUseEitherQuoteAndEscapes() {
        assertTrue(Condition.parse("\"it's\" == 'it\\'s'").test(ALICE, TABLE, MONDAY));
        assertTrue(Condition.parse("'a\\\\b' != 'a b'").test(ALICE, TABLE, MONDAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "user.missing == 'x'", "user.missing != 'x'", "user.missing < 3", "user.missing >= 3",
        "user.missing in ['x']", "user.missing not in ['x']", "'x' in user.missing",
        "resource.missing contains 'x'", "resource.tags contains user.missing",
        "user.missing == resource.missing", "cidr(user.missing, '10.0.0.0/8')",
        "between(user.missing, '00:00', '23:59')", "user.missing",
    })
    void unknownAttributeIsNullAndComparisonsWithItAreFalse(String expression) {
        assertFalse(eval(expression), expression);
    }

    @Test
    void explicitNullChecksPresence() {
        assertTrue(eval("user.missing == null"));
        assertTrue(eval("null == user.missing"));
        assertFalse(eval("user.missing != null"));
        assertTrue(eval("user.department != null"));
        assertTrue(eval("not user.missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "user.groups > 3", "resource.tags == 'pii'", "true < 1", "'abc' > 5", "request.time > 5",
        "request.time == 'noon'", "user.admin > false", "cidr(user.groups, '10.0.0.0/8')",
        "between(user.name, '09:00', '17:00')", "user.level == 'three'", "[1, 2] == [1, 2]",
        "user.level contains 3", "5 in 5",
    })
    void typeMismatchIsFalseNotAnException(String expression) {
        assertFalse(eval(expression), expression);
    }

    @Test
    void missingResourceMeansNoResourceAttributes() {
        Condition condition = Condition.parse("resource.owner == user.name");

        assertFalse(condition.test(ALICE, null, MONDAY));
        assertFalse(condition.test(ALICE, ResourceRef.NONE, MONDAY));
    }

    @Test
    void expressionIsKeptAsWritten() {
        assertEquals("user.name  ==  'x'", Condition.parse("user.name  ==  'x'").expression());
    }
}
