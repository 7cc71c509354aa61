package io.custodian.platform.authz.engine;

import io.custodian.platform.authz.api.InvalidModelException;
import io.custodian.platform.authz.api.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The role hierarchy, checked and closed once: for each role, the role itself and every ancestor
 * whose policies it inherits.
 */
final class RoleHierarchy {

    private enum Mark { VISITING, DONE }

    private final Map<String, Set<String>> closures;

    private RoleHierarchy(Map<String, Set<String>> closures) {
        this.closures = closures;
    }

    /**
     * @throws InvalidModelException on a duplicate role, an unknown parent or a cycle, naming them
     */
    static RoleHierarchy of(List<Role> roles) {
        // Sorted so that the error reported for a broken model is always the same one.
        Map<String, Role> byName = new TreeMap<>();
        for (Role role : roles) {
            if (byName.put(role.name(), role) != null) {
                throw new InvalidModelException("role '" + role.name() + "' is defined twice");
            }
        }
        for (Role role : byName.values()) {
            for (String parent : new TreeSet<>(role.parents())) {
                if (!byName.containsKey(parent)) {
                    throw new InvalidModelException(
                            "role '" + role.name() + "' has unknown parent role '" + parent + "'");
                }
            }
        }
        Map<String, Mark> marks = new HashMap<>();
        for (String name : byName.keySet()) {
            findCycle(name, byName, marks, new ArrayList<>());
        }
        Map<String, Set<String>> closures = new HashMap<>();
        for (String name : byName.keySet()) {
            close(name, byName, closures);
        }
        return new RoleHierarchy(closures);
    }

    /** The role and all its ancestors, or {@code null} if there is no such role. */
    Set<String> closure(String role) {
        return closures.get(role);
    }

    private static void findCycle(String name, Map<String, Role> byName, Map<String, Mark> marks,
                                  List<String> path) {
        Mark mark = marks.get(name);
        if (mark == Mark.DONE) {
            return;
        }
        if (mark == Mark.VISITING) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            throw new InvalidModelException("role hierarchy has a cycle: " + String.join(" -> ", cycle));
        }
        marks.put(name, Mark.VISITING);
        path.add(name);
        for (String parent : new TreeSet<>(byName.get(name).parents())) {
            findCycle(parent, byName, marks, path);
        }
        path.remove(path.size() - 1);
        marks.put(name, Mark.DONE);
    }

    private static Set<String> close(String name, Map<String, Role> byName, Map<String, Set<String>> closures) {
        Set<String> done = closures.get(name);
        if (done != null) {
            return done;
        }
        Set<String> closure = new LinkedHashSet<>();
        closure.add(name);
        for (String parent : byName.get(name).parents()) {
            closure.addAll(close(parent, byName, closures));
        }
        Set<String> result = Collections.unmodifiableSet(closure);
        closures.put(name, result);
        return result;
    }
}
