package io.custodian.platform.authz.engine;

import io.custodian.platform.authz.api.Delegation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Delegations by delegate, each list in id order so the deciding delegation is always the same one. */
final class DelegationIndex {

    private final Map<String, List<Delegation>> byDelegate;

    private DelegationIndex(Map<String, List<Delegation>> byDelegate) {
        this.byDelegate = byDelegate;
    }

    static DelegationIndex of(List<Delegation> delegations) {
        Map<String, List<Delegation>> byDelegate = new HashMap<>();
        for (Delegation delegation : delegations) {
            byDelegate.computeIfAbsent(delegation.delegate(), d -> new ArrayList<>()).add(delegation);
        }
        byDelegate.replaceAll((delegate, list) -> list.stream()
                .sorted(Comparator.comparing(Delegation::id)).toList());
        return new DelegationIndex(Map.copyOf(byDelegate));
    }

    /** The delegations to {@code user}, possibly none. */
    List<Delegation> to(String user) {
        return byDelegate.getOrDefault(user, List.of());
    }
}
