package io.custodian.plugin.api.connector;

import java.util.Objects;

/**
 * A column's profile. Fields a connector cannot compute are {@code null}.
 *
 * @param column              the column's name
 * @param nullShare           share of rows where the column is null, 0..1
 * @param distinctCount       number of distinct non-null values
 * @param distinctApproximate whether {@code distinctCount} is an estimate (for example from HyperLogLog or planner statistics)
 * @param min                 smallest value rendered as text
 * @param max                 largest value rendered as text
 * @param averageLength       average length of the text form of non-null values
 */
public record ColumnStatistics(String column, Double nullShare, Long distinctCount, boolean distinctApproximate,
                               String min, String max, Double averageLength) {

    /** Rejects a missing name and a null share outside 0..1. */
    public ColumnStatistics {
        Objects.requireNonNull(column, "column");
        if (nullShare != null && (nullShare < 0 || nullShare > 1 || nullShare.isNaN())) {
            throw new IllegalArgumentException("nullShare is a share between 0 and 1: " + nullShare);
        }
        if (distinctCount != null && distinctCount < 0) {
            throw new IllegalArgumentException("distinctCount is negative: " + distinctCount);
        }
    }
}
