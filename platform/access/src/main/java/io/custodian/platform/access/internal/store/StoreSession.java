package io.custodian.platform.access.internal.store;

import io.custodian.platform.access.internal.entity.DelegationEntity;
import io.custodian.platform.access.internal.entity.PolicyEntity;
import io.custodian.platform.access.internal.entity.RoleEntity;
import io.custodian.platform.access.internal.entity.RoleGrantEntity;
import io.custodian.platform.authz.api.AccessModel;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/** The stored access model within one unit of work: typed queries over one entity manager. */
public final class StoreSession {

    private final EntityManager em;

    StoreSession(EntityManager em) {
        this.em = em;
    }

    public Optional<RoleEntity> role(String name) {
        return Optional.ofNullable(em.find(RoleEntity.class, name));
    }

    public List<RoleEntity> roles() {
        return em.createQuery("SELECT r FROM RoleEntity r ORDER BY r.name", RoleEntity.class).getResultList();
    }

    public Optional<PolicyEntity> policy(String id) {
        return Optional.ofNullable(em.find(PolicyEntity.class, id));
    }

    public Optional<PolicyEntity> policyNamed(String name) {
        return em.createQuery("SELECT p FROM PolicyEntity p WHERE p.name = :name", PolicyEntity.class)
                .setParameter("name", name).getResultList().stream().findFirst();
    }

    public List<PolicyEntity> policies() {
        return em.createQuery("SELECT p FROM PolicyEntity p ORDER BY p.name", PolicyEntity.class).getResultList();
    }

    /** Policies attached to one principal, written {@code role:Viewer}. */
    public List<PolicyEntity> policiesOf(String principal) {
        return em.createQuery("SELECT p FROM PolicyEntity p WHERE p.principal = :principal ORDER BY p.name",
                PolicyEntity.class).setParameter("principal", principal).getResultList();
    }

    public Optional<RoleGrantEntity> grant(String id) {
        return Optional.ofNullable(em.find(RoleGrantEntity.class, id));
    }

    public List<RoleGrantEntity> grants() {
        return em.createQuery("SELECT g FROM RoleGrantEntity g ORDER BY g.createdAt, g.id", RoleGrantEntity.class)
                .getResultList();
    }

    public List<RoleGrantEntity> grantsOfRole(String role) {
        return em.createQuery("SELECT g FROM RoleGrantEntity g WHERE g.role = :role ORDER BY g.createdAt, g.id",
                RoleGrantEntity.class).setParameter("role", role).getResultList();
    }

    public Optional<DelegationEntity> delegation(String id) {
        return Optional.ofNullable(em.find(DelegationEntity.class, id));
    }

    public List<DelegationEntity> delegations() {
        return em.createQuery("SELECT d FROM DelegationEntity d ORDER BY d.createdAt, d.id", DelegationEntity.class)
                .getResultList();
    }

    /** Policies whose end has passed and whose expiry has not been audited yet. */
    public List<PolicyEntity> expiredPolicies(Instant now) {
        return em.createQuery("SELECT p FROM PolicyEntity p WHERE p.validUntil IS NOT NULL AND p.validUntil <= :now"
                + " AND p.expiryAudited = false ORDER BY p.validUntil", PolicyEntity.class)
                .setParameter("now", Date.from(now)).getResultList();
    }

    /** Grants whose end has passed and whose expiry has not been audited yet. */
    public List<RoleGrantEntity> expiredGrants(Instant now) {
        return em.createQuery("SELECT g FROM RoleGrantEntity g WHERE g.validUntil IS NOT NULL"
                + " AND g.validUntil <= :now AND g.expiryAudited = false ORDER BY g.validUntil", RoleGrantEntity.class)
                .setParameter("now", Date.from(now)).getResultList();
    }

    /** Delegations whose end has passed and whose expiry has not been audited yet. */
    public List<DelegationEntity> expiredDelegations(Instant now) {
        return em.createQuery("SELECT d FROM DelegationEntity d WHERE d.validUntil <= :now"
                + " AND d.expiryAudited = false ORDER BY d.validUntil", DelegationEntity.class)
                .setParameter("now", Date.from(now)).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /**
     * The whole model as this unit of work sees it, pending changes included: a write is checked by
     * compiling exactly what it would commit.
     */
    public AccessModel model() {
        if (em.getTransaction().isActive()) {
            em.flush();
        }
        return new AccessModel(
                roles().stream().map(ModelMapping::role).toList(),
                policies().stream().map(ModelMapping::policy).toList(),
                grants().stream().map(ModelMapping::grant).toList(),
                delegations().stream().map(ModelMapping::delegation).toList());
    }
}
