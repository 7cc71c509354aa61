package io.custodian.bench.authz;

import io.custodian.platform.authz.api.AccessModel;
import io.custodian.platform.authz.api.AccessRequest;
import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Permission;
import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import io.custodian.platform.authz.engine.PolicyEngine;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of {@link PolicyEngine#decide} over {@link BenchModel}, sampled per call so JMH reports
 * percentiles. Settings here are defaults; {@code run.sh} passes its own.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class DecisionBenchmark {

    /** More distinct users than the engine caches, so each cold call resolves roles afresh. */
    private static final int COLD_USERS = 25_000;

    private AccessModel model;
    private PolicyEngine engine;
    private AccessRequest allowed;
    private AccessRequest denied;
    private AccessRequest[] coldAllowed;
    private int next;

    @Setup
    public void setUp() {
        model = BenchModel.build();
        engine = PolicyEngine.compile(model, user -> Optional.empty());
        Map<String, Object> userAttributes = Map.of("department", "sales");
        ResourceRef orders = new ResourceRef("orders", Map.of("classification", "confidential",
                "owner", "bob", "owner_department", "finance", "tags", List.of("pii", "gdpr")));
        RequestContext context = new RequestContext(Instant.parse("2025-03-10T10:00:00Z"), "10.1.2.3",
                ZoneId.of("Europe/Berlin"));
        Subject alice = new Subject(BenchModel.USER, Set.of(BenchModel.GROUP_A, BenchModel.GROUP_B), userAttributes);
        allowed = new AccessRequest(alice, Permission.parse(BenchModel.ALLOWED), orders, context, null);
        denied = new AccessRequest(alice, Permission.parse(BenchModel.DENIED), orders, context, null);
        expect(engine.decide(allowed), true, BenchModel.DEEP_POLICY);
        expect(engine.decide(denied), false, "default");

        // Same roles as alice (her direct grants come through a third group), but a new cache key each call.
        coldAllowed = new AccessRequest[COLD_USERS];
        for (int i = 0; i < COLD_USERS; i++) {
            Subject user = new Subject(BenchModel.USER + "-" + i,
                    Set.of(BenchModel.GROUP_A, BenchModel.GROUP_B, "direct"), userAttributes);
            coldAllowed[i] = new AccessRequest(user, allowed.permission(), orders, context, null);
        }
        engine = PolicyEngine.compile(BenchModel.withDirectGroup(model), user -> Optional.empty());
        expect(engine.decide(allowed), true, BenchModel.DEEP_POLICY);
        expect(engine.decide(coldAllowed[0]), true, BenchModel.DEEP_POLICY);
        if (engine.effectiveRoles(coldAllowed[0].subject(), context.time()).size()
                != engine.effectiveRoles(alice, context.time()).size()) {
            throw new IllegalStateException("cold users should hold the same roles as alice");
        }
    }

    /** Allowed by a policy on a great-grandparent role, after every other candidate was weighed. */
    @Benchmark
    public Decision allowedDeepInHierarchy() {
        return engine.decide(allowed);
    }

    /** Nothing allows it: every candidate in a busy domain is weighed and refused. */
    @Benchmark
    public Decision deniedByDefault() {
        return engine.decide(denied);
    }

    /** As {@link #allowedDeepInHierarchy()} but the effective roles are never cached. */
    @Benchmark
    public Decision allowedDeepColdRoleCache() {
        AccessRequest request = coldAllowed[next];
        next = next + 1 == COLD_USERS ? 0 : next + 1;
        return engine.decide(request);
    }

    /** Compiling the whole model, as the access bundle does on every change. */
    @Benchmark
    public PolicyEngine compileModel() {
        return PolicyEngine.compile(model, user -> Optional.empty());
    }

    private static void expect(Decision decision, boolean allowed, String decidedBy) {
        if (decision.allowed() != allowed || !decision.decidedBy().equals(decidedBy)) {
            throw new IllegalStateException("benchmark model is wrong: " + decision);
        }
    }
}
