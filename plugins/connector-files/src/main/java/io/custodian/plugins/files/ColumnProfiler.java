package io.custodian.plugins.files;

import io.custodian.plugin.api.connector.ColumnStatistics;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Profiles one column while a file streams past: nulls, distinct values, smallest and largest value, average
 * length. Distinct values are counted exactly up to {@value #EXACT_DISTINCT_LIMIT}; past that the exact set is
 * poured into a {@link HyperLogLog} and the count becomes an estimate ({@code distinctApproximate = true}),
 * so memory stays bounded on any file. Minimum and maximum compare numerically for integer and decimal
 * columns (falling back to text order if a value is not a number after all) and as text otherwise, which is
 * chronological for ISO dates and timestamps in one offset.
 */
final class ColumnProfiler {

    static final int EXACT_DISTINCT_LIMIT = 10_000;

    private final String column;
    private final boolean numeric;
    private Set<String> distinct = new HashSet<>();
    private HyperLogLog approximate;
    private long nulls;
    private long nonNull;
    private long totalLength;
    private String textMin;
    private String textMax;
    private BigDecimal numberMin;
    private BigDecimal numberMax;
    private boolean allNumbers = true;

    ColumnProfiler(String column, String dataType) {
        this.column = column;
        this.numeric = ColumnTypeGuess.INTEGER.equals(dataType) || ColumnTypeGuess.DECIMAL.equals(dataType);
    }

    void add(String value) {
        if (value == null) {
            nulls++;
            return;
        }
        nonNull++;
        totalLength += value.length();
        countDistinct(value);
        if (textMin == null || value.compareTo(textMin) < 0) {
            textMin = value;
        }
        if (textMax == null || value.compareTo(textMax) > 0) {
            textMax = value;
        }
        if (numeric && allNumbers) {
            try {
                BigDecimal number = new BigDecimal(value.strip());
                if (numberMin == null || number.compareTo(numberMin) < 0) {
                    numberMin = number;
                }
                if (numberMax == null || number.compareTo(numberMax) > 0) {
                    numberMax = number;
                }
            } catch (NumberFormatException e) {
                allNumbers = false;
            }
        }
    }

    /** The statistics for a file of {@code rows} rows. */
    ColumnStatistics result(long rows) {
        Double nullShare = rows == 0 ? null : (double) nulls / rows;
        boolean byNumber = numeric && allNumbers && numberMin != null;
        String min = byNumber ? numberMin.toPlainString() : textMin;
        String max = byNumber ? numberMax.toPlainString() : textMax;
        Double averageLength = nonNull == 0 ? null : (double) totalLength / nonNull;
        long distinctCount = approximate == null ? distinct.size() : Math.min(approximate.estimate(), nonNull);
        return new ColumnStatistics(column, nullShare, distinctCount, approximate != null, min, max, averageLength);
    }

    private void countDistinct(String value) {
        if (approximate != null) {
            approximate.add(value);
            return;
        }
        distinct.add(value);
        if (distinct.size() > EXACT_DISTINCT_LIMIT) {
            approximate = new HyperLogLog();
            distinct.forEach(approximate::add);
            distinct = null;
        }
    }
}
