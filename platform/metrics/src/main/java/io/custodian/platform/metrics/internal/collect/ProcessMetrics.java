package io.custodian.platform.metrics.internal.collect;

import io.custodian.platform.metrics.internal.format.MetricFamily;
import io.custodian.platform.metrics.internal.format.MetricType;
import io.custodian.platform.metrics.internal.format.MetricsCollector;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Process figures: CPU time, start time, open files, and on Linux resident and virtual memory
 * from {@code /proc/self/status}. The HotSpot-specific figures are read as MBean attributes so
 * the bundle needs no {@code com.sun.management} import; any that is missing is left out.
 */
public final class ProcessMetrics implements MetricsCollector {

    private static final ObjectName OS = objectName("java.lang:type=OperatingSystem");

    private final MBeanServer server;
    private final Path procStatus;

    /** Reads the running JVM and {@code /proc/self/status}. */
    public ProcessMetrics() {
        this(ManagementFactory.getPlatformMBeanServer(), Path.of("/proc/self/status"));
    }

    ProcessMetrics(MBeanServer server, Path procStatus) {
        this.server = server;
        this.procStatus = procStatus;
    }

    @Override
    public List<MetricFamily> collect() {
        List<MetricFamily> out = new ArrayList<>();
        osAttribute("ProcessCpuTime").ifPresent(nanos -> out.add(MetricFamily.single("process_cpu_seconds_total",
                "Total user and system CPU time spent in seconds.", MetricType.COUNTER, nanos / 1e9)));
        out.add(MetricFamily.single("process_start_time_seconds",
                "Start time of the process since unix epoch in seconds.", MetricType.GAUGE,
                ManagementFactory.getRuntimeMXBean().getStartTime() / 1000.0));
        osAttribute("OpenFileDescriptorCount").ifPresent(n -> out.add(MetricFamily.single("process_open_fds",
                "Number of open file descriptors.", MetricType.GAUGE, n)));
        osAttribute("MaxFileDescriptorCount").ifPresent(n -> out.add(MetricFamily.single("process_max_fds",
                "Maximum number of open file descriptors.", MetricType.GAUGE, n)));
        List<String> status = readStatus();
        statusBytes(status, "VmRSS:").ifPresent(bytes -> out.add(MetricFamily.single("process_resident_memory_bytes",
                "Resident memory size in bytes.", MetricType.GAUGE, bytes)));
        statusBytes(status, "VmSize:").ifPresent(bytes -> out.add(MetricFamily.single("process_virtual_memory_bytes",
                "Virtual memory size in bytes.", MetricType.GAUGE, bytes)));
        return out;
    }

    private OptionalLong osAttribute(String attribute) {
        try {
            Object value = server.getAttribute(OS, attribute);
            if (value instanceof Number number && number.longValue() >= 0) {
                return OptionalLong.of(number.longValue());
            }
        } catch (JMException | RuntimeException e) {
            // Not offered by this JVM or platform: the series is simply absent.
        }
        return OptionalLong.empty();
    }

    private List<String> readStatus() {
        try {
            return Files.readAllLines(procStatus, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(); // not Linux
        }
    }

    /** A {@code Key:   1234 kB} line of {@code /proc/self/status}, in bytes. */
    static OptionalLong statusBytes(List<String> lines, String key) {
        for (String line : lines) {
            if (line.startsWith(key)) {
                String[] parts = line.substring(key.length()).trim().split("\\s+");
                try {
                    long value = Long.parseLong(parts[0]);
                    return OptionalLong.of(parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value);
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
