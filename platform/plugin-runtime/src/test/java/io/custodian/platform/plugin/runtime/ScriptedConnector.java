package io.custodian.platform.plugin.runtime;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.ConnectionSettings;
import io.custodian.plugin.api.connector.ConnectionTestResult;
import io.custodian.plugin.api.connector.Connector;
import io.custodian.plugin.api.connector.ConnectorDescriptor;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A connector whose behaviour the test scripts through the {@code mode} setting ({@code ok}, {@code auth} throws a
 * diagnosed failure, {@code nothing} returns null, {@code stubborn} ignores interrupts until released) and
 * {@link #hangAtContainer}. It records which thread ran each of its methods.
 */
class ScriptedConnector implements Connector {

    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger containersProduced = new AtomicInteger();
    final AtomicInteger sessionCloses = new AtomicInteger();
    final CountDownLatch streamClosed = new CountDownLatch(1);
    final CountDownLatch lateSessionClosed = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile int hangAtContainer = -1;

    private void record(String operation) {
        calls.add(operation + "@" + Thread.currentThread().getName());
    }

    @Override
    public ConnectorDescriptor describe() {
        record("describe");
        return new ConnectorDescriptor("scripted", "Scripted", "{\"type\":\"object\"}", Set.of());
    }

    @Override
    public ConnectionTestResult testConnection(ConnectionSettings settings) {
        record("testConnection");
        if (settings.property("mode").orElse("ok").equals("auth")) {
            throw new ConnectorException(Diagnosis.AUTH_FAILED, "password authentication failed for user scan");
        }
        return new ConnectionTestResult(Diagnosis.OK, "connected", Duration.ofMillis(1));
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        record("open");
        switch (settings.property("mode").orElse("ok")) {
            case "auth":
                throw new ConnectorException(Diagnosis.AUTH_FAILED, "password authentication failed for user scan");
            case "nothing":
                return null;
            case "stubborn":
                Waits.awaitIgnoringInterrupts(release, interrupted);
                return new Session() {
                    @Override
                    public void close() {
                        lateSessionClosed.countDown();
                    }
                };
            case "anonymous":
                return new Session() {
                    @Override
                    public String namespace() {
                        record("namespace");
                        return null;
                    }
                };
            default:
                return new Session();
        }
    }

    class Session implements ConnectorSession {

        @Override
        public Stream<Container> containers(Container parent) {
            record("containers");
            return Stream.iterate(0, i -> i + 1).limit(5).map(this::container).onClose(() -> {
                record("containers.close");
                streamClosed.countDown();
            });
        }

        private Container container(int index) {
            containersProduced.incrementAndGet();
            record("container " + index);
            if (index == hangAtContainer) {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    Thread.currentThread().interrupt();
                }
            }
            return new Container(List.of("db" + index), ContainerKind.DATABASE);
        }

        @Override
        public Stream<DataAsset> assets(Container container) {
            record("assets");
            return Arrays.asList(asset(container, "customers"), null, asset(container, "orders")).stream();
        }

        private DataAsset asset(Container container, String name) {
            return new DataAsset(container, name, AssetKind.TABLE, List.of(), List.of(), List.of(), null, null, 10, null);
        }

        @Override
        public TableStatistics statistics(DataAsset asset, List<String> columns) {
            record("statistics");
            return new TableStatistics(10, List.of());
        }

        @Override
        public Sample sample(DataAsset asset, List<String> columns, int maxRows) {
            record("sample");
            return new Sample(columns, List.of(Collections.nCopies(columns.size(), "x")));
        }

        @Override
        public String namespace() {
            record("namespace");
            return "scripted://sales:1";
        }

        @Override
        public String datasetName(List<String> path) {
            record("datasetName");
            return String.join("/", path);
        }

        @Override
        public void close() {
            record("close");
            sessionCloses.incrementAndGet();
        }
    }
}
