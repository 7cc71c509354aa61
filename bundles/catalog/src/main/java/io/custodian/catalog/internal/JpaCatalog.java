package io.custodian.catalog.internal;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetPage;
import io.custodian.catalog.api.AssetQuery;
import io.custodian.catalog.api.CatalogService;
import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.catalog.api.SchemaChange;
import io.custodian.catalog.api.UpsertResult;
import io.custodian.catalog.internal.store.AssetReader;
import io.custodian.catalog.internal.store.AssetWriter;
import io.custodian.catalog.internal.store.Profiles;
import io.custodian.catalog.internal.store.SeenMarks;
import io.custodian.catalog.internal.store.Tombstones;
import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.events.api.EventBus;
import io.custodian.platform.persistence.api.SchemaMigrator;
import io.custodian.platform.rest.api.Caller;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The catalog in the kernel database (persistence unit {@value #PERSISTENCE_UNIT}, tables {@code catalog_asset} and
 * {@code catalog_asset_change}): reading for everyone, writing for scans. Events follow each committed change;
 * tombstones are audited (creations and changes are the scan's own audited run and live in the asset history).
 */
@Component(service = {CatalogService.class, CatalogUpdates.class})
public class JpaCatalog implements CatalogService, CatalogUpdates {

    /** The persistence unit of this bundle. */
    public static final String PERSISTENCE_UNIT = "custodian-catalog";
    /** The migration folder under {@code db/migration}. */
    public static final String MIGRATIONS = "catalog";

    private final AssetReader reader;
    private final AssetWriter writer;
    private final SeenMarks seen;
    private final Profiles profiles;
    private final Tombstones tombstones;
    private final TombstoneAudit tombstoneAudit;
    private final CatalogEvents events = new CatalogEvents();

    @Activate
    public JpaCatalog(BundleContext context, @Reference SchemaMigrator migrator,
                      @Reference(target = "(osgi.unit.name=" + PERSISTENCE_UNIT + ")") EntityManagerFactory emf,
                      @Reference AuditService audit) {
        this(migrated(context, migrator, emf), Clock.systemUTC(), audit);
    }

    /**
     * Outside OSGi (tests, also other groups' tests with this jar on their class path): a catalog on a database the
     * {@value #MIGRATIONS} migrations ran on, for example {@code JpaTestDatabase.h2("custodian-catalog",
     * "db/migration/catalog")}; it publishes no events unless a bus is bound with {@link #bindEventBus}.
     */
    public JpaCatalog(EntityManagerFactory emf, Clock clock, AuditService audit) {
        this.reader = new AssetReader(emf);
        this.writer = new AssetWriter(emf, clock);
        this.seen = new SeenMarks(emf, clock);
        this.profiles = new Profiles(emf);
        this.tombstones = new Tombstones(emf, clock);
        this.tombstoneAudit = new TombstoneAudit(audit);
    }

    private static EntityManagerFactory migrated(BundleContext context, SchemaMigrator migrator,
                                                 EntityManagerFactory emf) {
        migrator.migrate(context.getBundle(), MIGRATIONS);
        return emf;
    }

    // Optional and dynamic: the catalog keeps working while the event bus restarts or is missing.
    /** Publishes events on {@code bus} from now on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void bindEventBus(EventBus bus) {
        events.attach(bus);
    }

    /** Stops publishing on {@code bus}. */
    public void unbindEventBus(EventBus bus) {
        events.detach(bus);
    }

    @Override
    public Optional<Asset> find(long id) {
        return reader.find(id);
    }

    @Override
    public Optional<Asset> findByQualifiedName(String sourceId, String qualifiedName) {
        return reader.findByQualifiedName(sourceId, qualifiedName);
    }

    @Override
    public List<Asset> findAllByQualifiedName(String qualifiedName) {
        return reader.findAllByQualifiedName(qualifiedName);
    }

    @Override
    public AssetPage search(AssetQuery query) {
        return reader.search(query);
    }

    @Override
    public List<SchemaChange> history(long assetId) {
        return reader.history(assetId);
    }

    @Override
    public UpsertResult upsert(String runId, AssetDraft draft) {
        UpsertResult result = writer.upsert(runId, draft);
        events.stored(runId, draft, result, actor());
        return result;
    }

    @Override
    public UpsertResult upsertWithColumns(String runId, AssetDraft asset, List<AssetDraft> columns) {
        UpsertResult result = writer.upsertWithColumns(runId, asset, columns);
        events.stored(runId, asset, result, actor());
        return result;
    }

    @Override
    public void markSeen(String runId, String sourceId, Collection<String> qualifiedNames) {
        seen.markSeen(runId, sourceId, qualifiedNames);
    }

    @Override
    public void recordProfile(String sourceId, String tableQualifiedName, Map<String, Object> tableProfile,
                              Map<String, Map<String, Object>> columnProfiles) {
        profiles.recordProfile(sourceId, tableQualifiedName, tableProfile, columnProfiles);
    }

    @Override
    public Map<String, String> changeTokens(String sourceId, String parentQualifiedName) {
        return reader.changeTokens(sourceId, parentQualifiedName);
    }

    @Override
    public List<String> tombstoneUnseen(String runId, String sourceId, String parentQualifiedName) {
        Tombstones.Removal removal = tombstones.tombstoneUnseen(runId, sourceId, parentQualifiedName);
        if (!removal.isEmpty()) {
            String actor = actor();
            tombstoneAudit.record(runId, sourceId, parentQualifiedName, removal, actor);
            events.removed(runId, removal, actor);
        }
        return removal.childNames();
    }

    // Scans mostly run on their own threads (schedules, workers), where no request caller is bound: the platform acts.
    private static String actor() {
        Caller caller = Caller.current();
        return caller.user().isPresent() ? caller.actor() : "system";
    }
}
