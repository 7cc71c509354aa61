package io.custodian.platform.metrics.internal.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.metrics.internal.format.MetricFamily;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMetricsTest {

    private static final List<String> STATUS = List.of(
            "Name:\tjava",
            "VmPeak:\t 9000000 kB",
            "VmSize:\t 8000000 kB",
            "VmRSS:\t  412345 kB",
            "Threads:\t42");

    @Test
    void readsResidentAndVirtualMemoryInBytes() {
        assertEquals(OptionalLong.of(412345L * 1024), ProcessMetrics.statusBytes(STATUS, "VmRSS:"));
        assertEquals(OptionalLong.of(8000000L * 1024), ProcessMetrics.statusBytes(STATUS, "VmSize:"));
        assertEquals(OptionalLong.empty(), ProcessMetrics.statusBytes(STATUS, "VmSwap:"));
        assertEquals(OptionalLong.empty(), ProcessMetrics.statusBytes(List.of("VmRSS: lots"), "VmRSS:"));
    }

    @Test
    void usesTheStatusFileWhenPresent(@TempDir Path dir) throws Exception {
        Path status = Files.write(dir.resolve("status"), STATUS);
        List<MetricFamily> families = new ProcessMetrics(ManagementFactory.getPlatformMBeanServer(), status).collect();
        MetricFamily rss = families.stream().filter(f -> f.name().equals("process_resident_memory_bytes"))
                .findFirst().orElseThrow();
        assertEquals(412345.0 * 1024, rss.samples().get(0).value());
    }

    @Test
    void leavesMemoryOutWithoutAStatusFile(@TempDir Path dir) {
        List<MetricFamily> families = new ProcessMetrics(ManagementFactory.getPlatformMBeanServer(),
                dir.resolve("missing")).collect();
        assertFalse(families.stream().anyMatch(f -> f.name().equals("process_resident_memory_bytes")));
        assertTrue(families.stream().anyMatch(f -> f.name().equals("process_start_time_seconds")));
    }
}
