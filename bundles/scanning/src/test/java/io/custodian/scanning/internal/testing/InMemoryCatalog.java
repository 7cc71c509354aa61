package io.custodian.scanning.internal.testing;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.CatalogUpdates;
import io.custodian.catalog.api.UpsertOutcome;
import io.custodian.catalog.api.UpsertResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A {@link CatalogUpdates} kept in memory that follows the documented contract, strictly: a child needs its stored
 * parent, a profile needs its stored table, {@code tombstoneUnseen} removes unseen live children with their
 * descendants, {@code markSeen} ignores names it does not hold. Failures can be injected per qualified name.
 */
public final class InMemoryCatalog implements CatalogUpdates {

    /** One stored asset. */
    public static final class Node {
        public final String sourceId;
        public final String qualifiedName;
        public final String parentQualifiedName;
        public final AssetType type;
        public String name;
        public Map<String, Object> technical;
        public Map<String, Object> profile = Map.of();
        public Map<String, Object> columnProfile = Map.of();
        public String changeToken;
        public final String firstSeenRun;
        public String lastSeenRun;
        public boolean removed;

        Node(AssetDraft draft, String runId) {
            this.sourceId = draft.sourceId();
            this.qualifiedName = draft.qualifiedName();
            this.parentQualifiedName = draft.parentQualifiedName();
            this.type = draft.type();
            this.name = draft.name();
            this.technical = draft.technical();
            this.changeToken = draft.changeToken();
            this.firstSeenRun = runId;
            this.lastSeenRun = runId;
        }
    }

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, List<Node>> childrenByParent = new HashMap<>();
    private final AtomicLong assetWrites = new AtomicLong();
    private volatile Predicate<String> failingWrites = name -> false;
    private volatile Predicate<String> failingProfiles = name -> false;

    /** Makes {@code upsert} and {@code upsertWithColumns} of matching qualified names throw. */
    public void failWritesOf(Predicate<String> names) {
        failingWrites = names;
    }

    /** Makes {@code recordProfile} of matching tables throw. */
    public void failProfilesOf(Predicate<String> names) {
        failingProfiles = names;
    }

    /** How many times {@code upsertWithColumns} stored an asset. */
    public long assetWrites() {
        return assetWrites.get();
    }

    public synchronized Optional<Node> node(String qualifiedName) {
        return nodes.values().stream().filter(n -> n.qualifiedName.equals(qualifiedName)).findFirst();
    }

    /** The node, or an assertion failure naming what is stored. */
    public synchronized Node require(String qualifiedName) {
        return node(qualifiedName).orElseThrow(() -> new AssertionError("no asset " + qualifiedName + " in " + names(n -> true)));
    }

    /** Qualified names of matching nodes, sorted. */
    public synchronized List<String> names(Predicate<Node> filter) {
        return nodes.values().stream().filter(filter).map(n -> n.qualifiedName).sorted().toList();
    }

    /** Live nodes of a type. */
    public List<String> live(AssetType type) {
        return names(n -> n.type == type && !n.removed);
    }

    @Override
    public synchronized UpsertResult upsert(String runId, AssetDraft draft) {
        if (draft.type().holdsColumns() || draft.type() == AssetType.COLUMN) {
            throw new IllegalArgumentException("upsert stores sources and containers, not " + draft.type());
        }
        Node node = store(runId, draft);
        return UpsertResult.of(0, node.qualifiedName, lastOutcome);
    }

    @Override
    public synchronized UpsertResult upsertWithColumns(String runId, AssetDraft asset, List<AssetDraft> columns) {
        if (!asset.type().holdsColumns()) {
            throw new IllegalArgumentException("upsertWithColumns stores tables, views and files, not " + asset.type());
        }
        Node table = store(runId, asset);
        UpsertOutcome outcome = lastOutcome;
        assetWrites.incrementAndGet();
        int added = 0;
        int changed = 0;
        List<String> present = new ArrayList<>();
        for (AssetDraft column : columns) {
            if (!column.parentQualifiedName().equals(table.qualifiedName)) {
                throw new IllegalArgumentException("column " + column.qualifiedName() + " is not a column of " + table.qualifiedName);
            }
            store(runId, column);
            present.add(column.qualifiedName());
            if (lastOutcome == UpsertOutcome.CREATED || lastOutcome == UpsertOutcome.RESTORED) {
                added++;
            } else if (lastOutcome == UpsertOutcome.CHANGED) {
                changed++;
            }
        }
        int removed = 0;
        for (Node column : children(table.sourceId, table.qualifiedName)) {
            if (!column.removed && !present.contains(column.qualifiedName)) {
                column.removed = true;
                removed++;
            }
        }
        if (outcome == UpsertOutcome.UNCHANGED && added + changed + removed > 0) {
            outcome = UpsertOutcome.CHANGED; // as the catalog does: a table whose columns changed has changed
        }
        return new UpsertResult(0, table.qualifiedName, outcome, added, changed, removed);
    }

    @Override
    public synchronized void markSeen(String runId, String sourceId, Collection<String> qualifiedNames) {
        for (String name : qualifiedNames) {
            Node node = nodes.get(key(sourceId, name));
            if (node != null) {
                node.lastSeenRun = runId;
                children(sourceId, name).stream().filter(c -> c.type == AssetType.COLUMN).forEach(c -> c.lastSeenRun = runId);
            }
        }
    }

    @Override
    public synchronized void recordProfile(String sourceId, String tableQualifiedName, Map<String, Object> tableProfile,
                                           Map<String, Map<String, Object>> columnProfiles) {
        if (failingProfiles.test(tableQualifiedName)) {
            throw new IllegalStateException("injected profile failure of " + tableQualifiedName);
        }
        Node table = nodes.get(key(sourceId, tableQualifiedName));
        if (table == null) {
            throw new IllegalArgumentException("no table " + tableQualifiedName);
        }
        table.profile = Map.copyOf(tableProfile);
        columnProfiles.forEach((column, profile) -> {
            Node node = nodes.get(key(sourceId, tableQualifiedName + "#" + column));
            if (node == null) {
                throw new IllegalArgumentException("no column " + column + " in " + tableQualifiedName);
            }
            node.columnProfile = Map.copyOf(profile);
        });
    }

    @Override
    public synchronized Map<String, String> changeTokens(String sourceId, String parentQualifiedName) {
        Map<String, String> tokens = new HashMap<>();
        for (Node child : children(sourceId, parentQualifiedName)) {
            if (!child.removed && child.changeToken != null) {
                tokens.put(child.qualifiedName, child.changeToken);
            }
        }
        return tokens;
    }

    @Override
    public synchronized List<String> tombstoneUnseen(String runId, String sourceId, String parentQualifiedName) {
        List<String> tombstoned = new ArrayList<>();
        for (Node child : children(sourceId, parentQualifiedName)) {
            if (!child.removed && !runId.equals(child.lastSeenRun)) {
                removeWithDescendants(child);
                tombstoned.add(child.qualifiedName);
            }
        }
        return tombstoned;
    }

    private UpsertOutcome lastOutcome;

    private Node store(String runId, AssetDraft draft) {
        if (failingWrites.test(draft.qualifiedName())) {
            throw new IllegalStateException("injected write failure of " + draft.qualifiedName());
        }
        if (draft.type() != AssetType.SOURCE) {
            Node parent = nodes.get(key(draft.sourceId(), draft.parentQualifiedName()));
            if (parent == null || parent.removed) {
                throw new IllegalStateException("the parent " + draft.parentQualifiedName() + " of " + draft.qualifiedName()
                        + " is not stored");
            }
        }
        String key = key(draft.sourceId(), draft.qualifiedName());
        Node node = nodes.get(key);
        if (node == null) {
            node = new Node(draft, runId);
            nodes.put(key, node);
            if (draft.parentQualifiedName() != null) {
                childrenByParent.computeIfAbsent(key(draft.sourceId(), draft.parentQualifiedName()), k -> new ArrayList<>()).add(node);
            }
            lastOutcome = UpsertOutcome.CREATED;
            return node;
        }
        if (node.removed) {
            lastOutcome = UpsertOutcome.RESTORED;
            node.removed = false;
        } else if (!Objects.equals(node.technical, draft.technical()) || !node.name.equals(draft.name())) {
            lastOutcome = UpsertOutcome.CHANGED;
        } else {
            lastOutcome = UpsertOutcome.UNCHANGED;
        }
        node.technical = draft.technical();
        node.name = draft.name();
        node.changeToken = draft.changeToken();
        node.lastSeenRun = runId;
        return node;
    }

    private void removeWithDescendants(Node node) {
        node.removed = true;
        for (Node child : children(node.sourceId, node.qualifiedName)) {
            if (!child.removed) {
                removeWithDescendants(child);
            }
        }
    }

    private List<Node> children(String sourceId, String parentQualifiedName) {
        return childrenByParent.getOrDefault(key(sourceId, parentQualifiedName), List.of());
    }

    private static String key(String sourceId, String qualifiedName) {
        return sourceId + "\u0000" + qualifiedName;
    }
}
