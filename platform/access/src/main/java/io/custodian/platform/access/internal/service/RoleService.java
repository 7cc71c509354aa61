package io.custodian.platform.access.internal.service;

import io.custodian.platform.access.internal.AccessErrorCode;
import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.entity.PolicyEntity;
import io.custodian.platform.access.internal.entity.RoleEntity;
import io.custodian.platform.access.internal.entity.RoleGrantEntity;
import io.custodian.platform.access.internal.store.AccessStore;
import io.custodian.platform.access.internal.store.StoreSession;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.rest.api.CustodianException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Roles: list, read, create, change (including rename and new parents) and delete. Cycles and
 * unknown parents are refused by compiling the changed model before commit.
 */
public final class RoleService {

    static final String CREATED = "role.created";
    static final String UPDATED = "role.updated";
    static final String DELETED = "role.deleted";
    private static final int MAX_PARENTS = 20;

    private final LiveAccessDecider decider;
    private final AccessStore store;
    private final ModelWriter writer;
    private final RightsGuard rights;
    private final AccessAudit audit;

    public RoleService(LiveAccessDecider decider, AccessStore store, AuditService audit) {
        this.decider = decider;
        this.store = store;
        this.writer = new ModelWriter(decider);
        this.rights = new RightsGuard(decider);
        this.audit = new AccessAudit(audit);
    }

    public List<RoleView> list() {
        return store.read(s -> s.roles().stream().map(RoleService::view).toList());
    }

    /** @throws CustodianException 404 {@code access.role_not_found} */
    public RoleView get(String name) {
        return store.read(s -> view(find(s, name)));
    }

    public RoleView create(RoleBody body) {
        String name = body == null ? null : body.name();
        return audit.attempt(CREATED, "role:" + name, () -> {
            Set<String> parents = validate(body, true);
            String caller = RightsGuard.callerUser();
            rights.requireHeld(caller, rights.allowsOf(parents), AccessErrorCode.EXCEEDS_RIGHTS, "The parent roles");
            RoleView created = writer.write(s -> {
                if (s.role(name).isPresent()) {
                    throw new CustodianException(AccessErrorCode.DUPLICATE, "A role named '" + name + "' exists");
                }
                RoleEntity role = new RoleEntity(name, description(body), parents, decider.now());
                s.persist(role);
                return view(role);
            });
            audit.success(CREATED, "role:" + name, null, created.summary());
            return created;
        });
    }

    /**
     * Replaces description and parents; a new {@code name} renames the role and every policy, grant
     * and child role that refers to it.
     */
    public RoleView update(String name, RoleBody body) {
        return audit.attempt(UPDATED, "role:" + name, () -> {
            Set<String> parents = validate(body, false);
            String newName = Fields.blank(body.name()) ? name : body.name();
            String caller = RightsGuard.callerUser();
            RoleView before = get(name);
            Set<String> added = new HashSet<>(parents);
            added.removeAll(before.parents());
            rights.requireHeld(caller, rights.allowsOf(added), AccessErrorCode.EXCEEDS_RIGHTS, "The new parent roles");
            RoleView after = writer.write(s -> {
                RoleEntity role = find(s, name);
                role.update(description(body), parents, decider.now());
                if (!newName.equals(name)) {
                    role = rename(s, role, newName);
                }
                return view(role);
            });
            audit.success(UPDATED, "role:" + name, before.summary(), after.summary());
            return after;
        });
    }

    /**
     * Deletes a custom role with the policies attached to it. A role that other roles inherit from or
     * that is still granted is refused: revoke the grants first.
     */
    public void delete(String name) {
        audit.attempt(DELETED, "role:" + name, () -> {
            RoleView before = get(name);
            int policies = writer.write(s -> {
                RoleEntity role = find(s, name);
                if (role.isBuiltIn()) {
                    throw new CustodianException(AccessErrorCode.BUILT_IN, "Built-in role '" + name
                            + "' cannot be deleted");
                }
                List<String> children = s.roles().stream().filter(r -> r.getParents().contains(name))
                        .map(RoleEntity::getName).toList();
                List<RoleGrantEntity> grants = s.grantsOfRole(name);
                if (!children.isEmpty() || !grants.isEmpty()) {
                    throw new CustodianException(AccessErrorCode.ROLE_IN_USE, "Role '" + name + "' is inherited by "
                            + Texts.list(children) + " and granted " + grants.size() + " time(s)");
                }
                List<PolicyEntity> attached = s.policiesOf("role:" + name);
                attached.forEach(s::remove);
                s.remove(role);
                return attached.size();
            });
            audit.success(DELETED, "role:" + name, before.summary() + "; policiesDeleted=" + policies, null);
            return null;
        });
    }

    private RoleEntity rename(StoreSession s, RoleEntity role, String newName) {
        if (role.isBuiltIn()) {
            throw new CustodianException(AccessErrorCode.BUILT_IN, "Built-in role '" + role.getName()
                    + "' cannot be renamed");
        }
        if (s.role(newName).isPresent()) {
            throw new CustodianException(AccessErrorCode.DUPLICATE, "A role named '" + newName + "' exists");
        }
        String old = role.getName();
        RoleEntity renamed = role.renamedTo(newName, decider.now());
        s.remove(role);
        s.persist(renamed);
        for (RoleEntity other : s.roles()) {
            if (other.getParents().contains(old)) {
                Set<String> parents = new LinkedHashSet<>(other.getParents());
                parents.remove(old);
                parents.add(newName);
                other.setParents(parents);
            }
        }
        s.policiesOf("role:" + old).forEach(p -> p.setPrincipal("role:" + newName));
        s.grantsOfRole(old).forEach(g -> g.setRole(newName));
        return renamed;
    }

    private static Set<String> validate(RoleBody body, boolean nameRequired) {
        FieldErrors errors = new FieldErrors();
        if (body == null) {
            errors.add("body", "a JSON object is required");
            errors.throwIfAny("The role");
        }
        if ((nameRequired || !Fields.blank(body.name())) && !Fields.validRoleName(body.name())) {
            errors.add("name", "1 to 100 letters, digits, spaces, '_', '.' or '-', not starting or ending with a space");
        }
        if (body.description() != null && body.description().length() > 500) {
            errors.add("description", "at most 500 characters");
        }
        Set<String> parents = new LinkedHashSet<>();
        List<String> given = body.parents() == null ? List.of() : body.parents();
        if (given.size() > MAX_PARENTS) {
            errors.add("parents", "at most " + MAX_PARENTS + " parent roles");
        }
        for (int i = 0; i < given.size(); i++) {
            if (!Fields.validRoleName(given.get(i))) {
                errors.add("parents[" + i + "]", "not a role name");
            } else {
                parents.add(given.get(i));
            }
        }
        errors.throwIfAny("The role");
        return parents;
    }

    private static String description(RoleBody body) {
        return body.description() == null ? "" : body.description().strip();
    }

    private static RoleEntity find(StoreSession s, String name) {
        return s.role(name).orElseThrow(() -> new CustodianException(AccessErrorCode.ROLE_NOT_FOUND,
                "No role named '" + Texts.clip(name, 100) + "'"));
    }

    static RoleView view(RoleEntity e) {
        return new RoleView(e.getName(), e.getDescription(), e.getParents().stream().sorted().toList(), e.isBuiltIn());
    }
}
