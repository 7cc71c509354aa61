package io.custodian.platform.security.internal.user;

import io.custodian.platform.persistence.api.Transactions;
import io.custodian.platform.security.internal.entity.GroupEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Groups ({@code custodian_group}) and their members ({@code custodian_group_member}). Members
 * are plain rows of two names, written with SQL: an entity for a two-column link table would add
 * nothing but a composite-key class.
 */
public final class GroupStore {

    private final EntityManagerFactory emf;

    public GroupStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** A group with its members. */
    public record GroupRecord(String name, String description, Instant createdAt, Set<String> members) {
        public GroupRecord {
            members = Set.copyOf(members);
        }
    }

    public List<GroupRecord> list() {
        return Transactions.read(emf, em -> {
            Map<String, Set<String>> members = allMembers(em);
            return em.createQuery("SELECT g FROM GroupEntity g ORDER BY g.name", GroupEntity.class).getResultList()
                    .stream().map(g -> toRecord(g, members.getOrDefault(g.getName(), Set.of()))).toList();
        });
    }

    public Optional<GroupRecord> find(String name) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(GroupEntity.class, name))
                .map(g -> toRecord(g, membersOf(em, name))));
    }

    /** @return false if a group of that name exists already */
    public boolean create(String name, String description, Instant now) {
        return Transactions.inTransaction(emf, em -> {
            if (em.find(GroupEntity.class, name) != null) {
                return false;
            }
            em.persist(new GroupEntity(name, description, now));
            return true;
        });
    }

    /** @return false if there is no such group */
    public boolean describe(String name, String description) {
        return Transactions.inTransaction(emf, em -> Optional.ofNullable(em.find(GroupEntity.class, name))
                .map(g -> {
                    g.setDescription(description);
                    return true;
                }).orElse(false));
    }

    /** Deletes the group and its memberships. @return false if there was no such group */
    public boolean delete(String name) {
        return Transactions.inTransaction(emf, em -> {
            GroupEntity group = em.find(GroupEntity.class, name);
            if (group == null) {
                return false;
            }
            // Explicit, not only the foreign key cascade: OpenJPA may flush the delete before it knows of the rows.
            em.createNativeQuery("DELETE FROM custodian_group_member WHERE group_name = ?1")
                    .setParameter(1, name).executeUpdate();
            em.remove(group);
            return true;
        });
    }

    /** Replaces the members. Callers check that group and users exist. */
    public void setMembers(String group, Set<String> users) {
        Transactions.run(emf, em -> {
            em.createNativeQuery("DELETE FROM custodian_group_member WHERE group_name = ?1")
                    .setParameter(1, group).executeUpdate();
            for (String user : new TreeSet<>(users)) {
                em.createNativeQuery("INSERT INTO custodian_group_member (group_name, username) VALUES (?1, ?2)")
                        .setParameter(1, group).setParameter(2, user).executeUpdate();
            }
        });
    }

    /** The groups {@code user} belongs to. */
    public Set<String> groupsOf(String user) {
        return Transactions.read(emf, em -> strings(em.createNativeQuery(
                "SELECT group_name FROM custodian_group_member WHERE username = ?1").setParameter(1, user)
                .getResultList()));
    }

    private static Set<String> membersOf(EntityManager em, String group) {
        return strings(em.createNativeQuery("SELECT username FROM custodian_group_member WHERE group_name = ?1")
                .setParameter(1, group).getResultList());
    }

    private static Map<String, Set<String>> allMembers(EntityManager em) {
        Map<String, Set<String>> members = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT group_name, username FROM custodian_group_member")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            members.computeIfAbsent((String) columns[0], g -> new TreeSet<>()).add((String) columns[1]);
        }
        return members;
    }

    private static Set<String> strings(List<?> rows) {
        Set<String> values = new TreeSet<>();
        rows.forEach(row -> values.add(String.valueOf(row)));
        return values;
    }

    private static GroupRecord toRecord(GroupEntity g, Set<String> members) {
        return new GroupRecord(g.getName(), g.getDescription(), g.getCreatedAt(), members);
    }
}
