package io.custodian.platform.security.internal.admin;

import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.security.internal.SecurityDatabase;
import io.custodian.platform.security.internal.user.GroupStore;
import io.custodian.platform.security.internal.user.GroupStore.GroupRecord;
import io.custodian.platform.security.internal.user.UserDirectory;
import io.custodian.platform.security.internal.user.UserNames;
import io.custodian.platform.security.internal.user.UserStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Groups of users. Policies and role grants may name a group ({@code group:finance}); conditions
 * read a user's groups as {@code user.groups}. Every change is audited and clears the directory cache.
 */
@Component(service = GroupAdministration.class)
public class GroupAdministration {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");

    private final GroupStore groups;
    private final UserStore users;
    private final UserDirectory directory;
    private final AdminAudit audit;
    private final Clock clock;

    @Activate
    public GroupAdministration(BundleContext context, @Reference SchemaMigrator migrator,
                               @Reference(target = "(osgi.unit.name=custodian-security)") EntityManagerFactory emf,
                               @Reference UserDirectory directory, @Reference AuditService audit) {
        this(SecurityDatabase.ready(migrator, context, emf), directory, audit, Clock.systemUTC());
    }

    /** For tests: a ready database. */
    public GroupAdministration(EntityManagerFactory emf, UserDirectory directory, AuditService audit, Clock clock) {
        this.groups = new GroupStore(emf);
        this.users = new UserStore(emf);
        this.directory = directory;
        this.audit = new AdminAudit(audit);
        this.clock = clock;
    }

    /** A group as the API shows it. */
    public record GroupView(String name, String description, List<String> members, String createdAt) {
        static GroupView of(GroupRecord group) {
            return new GroupView(group.name(), group.description(), List.copyOf(new TreeSet<>(group.members())),
                    group.createdAt().toString());
        }

        Map<String, Object> auditable() {
            return Map.of("description", description, "members", String.join(",", members));
        }
    }

    /** Body of create and update; a null field keeps its value on update. */
    public record GroupRequest(String name, String description, List<String> members) {
    }

    public List<GroupView> list() {
        return groups.list().stream().map(GroupView::of).toList();
    }

    public GroupView get(String name) {
        return GroupView.of(require(name));
    }

    public GroupView create(GroupRequest request) {
        if (request == null || request.name() == null || !NAME.matcher(request.name()).matches()) {
            throw invalid("name: 1-100 letters, digits, space . _ -, starting with a letter or digit");
        }
        String description = checkedDescription(request.description());
        Set<String> members = checkedMembers(request.members());
        if (!groups.create(request.name(), description, clock.instant())) {
            throw new CustodianException(AdminErrorCode.DUPLICATE, "A group named '" + request.name() + "' exists already.");
        }
        groups.setMembers(request.name(), members);
        directory.invalidate();
        GroupView created = get(request.name());
        audit.changed("group.created", "group:" + created.name(), Map.of(), created.auditable());
        return created;
    }

    public GroupView update(String name, GroupRequest request) {
        GroupView before = get(name);
        if (request == null) {
            throw invalid("a JSON body is required");
        }
        if (request.name() != null && !request.name().equals(name)) {
            throw invalid("name: groups cannot be renamed; create a new group");
        }
        if (request.description() != null) {
            groups.describe(name, checkedDescription(request.description()));
        }
        if (request.members() != null) {
            groups.setMembers(name, checkedMembers(request.members()));
        }
        directory.invalidate();
        GroupView after = get(name);
        audit.changed("group.updated", "group:" + name, before.auditable(), after.auditable());
        return after;
    }

    public void delete(String name) {
        GroupView before = get(name);
        groups.delete(name);
        directory.invalidate();
        audit.changed("group.deleted", "group:" + name, before.auditable(), Map.of());
    }

    private GroupRecord require(String name) {
        return groups.find(name).orElseThrow(() -> new CustodianException(AdminErrorCode.GROUP_NOT_FOUND,
                "No group named '" + UserNames.forAudit(name) + "'."));
    }

    private Set<String> checkedMembers(List<String> requested) {
        Set<String> members = new TreeSet<>();
        for (String member : requested == null ? List.<String>of() : requested) {
            String name = UserNames.normalise(member);
            if (users.find(name).isEmpty()) {
                throw invalid("members: no user named '" + UserNames.forAudit(member) + "'");
            }
            members.add(name);
        }
        return members;
    }

    private static String checkedDescription(String description) {
        if (description != null && description.length() > 500) {
            throw invalid("description: at most 500 characters");
        }
        return description == null ? "" : description;
    }

    private static CustodianException invalid(String problem) {
        return new CustodianException(AdminErrorCode.INVALID_REQUEST, problem, Map.of("errors", List.of(problem)));
    }
}
