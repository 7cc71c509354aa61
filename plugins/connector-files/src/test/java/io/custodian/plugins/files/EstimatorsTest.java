package io.custodian.plugins.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** HyperLogLog estimates and reservoir samples behave as documented. */
class EstimatorsTest {

    @Test
    void hyperLogLogStaysWithinTwoPercent() {
        for (int n : new int[] {100, 20_000, 200_000}) {
            HyperLogLog hll = new HyperLogLog();
            for (int i = 0; i < n; i++) {
                hll.add("value-" + i);
                hll.add("value-" + i);
            }
            double error = Math.abs(hll.estimate() - n) / (double) n;
            assertTrue(error < 0.02, n + " distinct estimated as " + hll.estimate());
        }
    }

    @Test
    void reservoirKeepsEverythingWhenItFitsAndOrderAlways() {
        Reservoir<Integer> small = new Reservoir<>(10, 1);
        IntStream.range(0, 5).forEach(small::offer);
        assertEquals(List.of(0, 1, 2, 3, 4), small.inStreamOrder());

        Reservoir<Integer> big = new Reservoir<>(100, 7);
        IntStream.range(0, 10_000).forEach(big::offer);
        List<Integer> sample = big.inStreamOrder();
        assertEquals(100, sample.size());
        assertEquals(sample.stream().sorted().collect(Collectors.toList()), sample);
        long lateItems = sample.stream().filter(i -> i >= 5_000).count();
        assertTrue(lateItems > 30 && lateItems < 70, "about half the sample from the second half: " + lateItems);

        Reservoir<Integer> none = new Reservoir<>(0, 1);
        IntStream.range(0, 5).forEach(none::offer);
        assertEquals(List.of(), none.inStreamOrder());
    }
}
