package io.custodian.platform.metrics.internal.collect;

import io.custodian.platform.metrics.internal.format.Labels;
import io.custodian.platform.metrics.internal.format.MetricFamily;
import io.custodian.platform.metrics.internal.format.MetricType;
import io.custodian.platform.metrics.internal.format.MetricsCollector;
import io.custodian.platform.metrics.internal.format.Sample;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/** JVM memory, threads, garbage collection and class loading, named as Prometheus' JVM client names them. */
public final class JvmMetrics implements MetricsCollector {

    private static final Labels HEAP = Labels.of("area", "heap");
    private static final Labels NON_HEAP = Labels.of("area", "nonheap");

    @Override
    public List<MetricFamily> collect() {
        List<MetricFamily> out = new ArrayList<>();
        memory(out);
        threads(out);
        garbageCollection(out);
        classes(out);
        return out;
    }

    private static void memory(List<MetricFamily> out) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        MemoryUsage nonHeap = memory.getNonHeapMemoryUsage();
        out.add(byArea("jvm_memory_bytes_used", "Used bytes of a given JVM memory area.",
                heap.getUsed(), nonHeap.getUsed()));
        out.add(byArea("jvm_memory_bytes_committed", "Committed bytes of a given JVM memory area.",
                heap.getCommitted(), nonHeap.getCommitted()));
        // -1 when the area has no defined maximum, as the Prometheus client reports it.
        out.add(byArea("jvm_memory_bytes_max", "Max bytes of a given JVM memory area.",
                heap.getMax(), nonHeap.getMax()));
    }

    private static MetricFamily byArea(String name, String help, long heap, long nonHeap) {
        return new MetricFamily(name, help, MetricType.GAUGE,
                List.of(Sample.of(HEAP, heap), Sample.of(NON_HEAP, nonHeap)));
    }

    private static void threads(List<MetricFamily> out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.add(MetricFamily.single("jvm_threads_current", "Current thread count of a JVM.",
                MetricType.GAUGE, threads.getThreadCount()));
        out.add(MetricFamily.single("jvm_threads_daemon", "Daemon thread count of a JVM.",
                MetricType.GAUGE, threads.getDaemonThreadCount()));
        out.add(MetricFamily.single("jvm_threads_peak", "Peak thread count of a JVM.",
                MetricType.GAUGE, threads.getPeakThreadCount()));
    }

    private static void garbageCollection(List<MetricFamily> out) {
        List<Sample> samples = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long count = gc.getCollectionCount();
            long millis = gc.getCollectionTime();
            if (count < 0 || millis < 0) {
                continue; // undefined for this collector
            }
            Labels labels = Labels.of("gc", gc.getName());
            samples.add(new Sample("_count", labels, count));
            samples.add(new Sample("_sum", labels, millis / 1000.0));
        }
        if (!samples.isEmpty()) {
            out.add(new MetricFamily("jvm_gc_collection_seconds",
                    "Time spent in a given JVM garbage collector in seconds.", MetricType.SUMMARY, samples));
        }
    }

    private static void classes(List<MetricFamily> out) {
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        out.add(MetricFamily.single("jvm_classes_loaded", "The number of classes that are currently loaded in the JVM.",
                MetricType.GAUGE, classes.getLoadedClassCount()));
        out.add(MetricFamily.single("jvm_classes_unloaded_total",
                "The total number of classes that have been unloaded since the JVM has started execution.",
                MetricType.COUNTER, classes.getUnloadedClassCount()));
    }
}
