package io.custodian.plugins.patterns;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that could be someone's date of birth: a real calendar date between 1900-01-01 and today, written
 * {@code 1984-03-07} (optionally followed by a time), {@code 1984/03/07}, {@code 19840307}, {@code 07.03.1984},
 * {@code 07/03/1984} or {@code 03/07/1984} (day-first or month-first; either reading will do). Only used when
 * the column name speaks of birth: a date alone says nothing about whose date it is.
 */
final class BirthDates {

    static final int MAX_LENGTH = 40;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[T ][0-9:.+Z-]{0,29})?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern YEAR_LAST = Pattern.compile("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})$");

    private final Clock clock;

    BirthDates(Clock clock) {
        this.clock = clock;
    }

    boolean isBirthDate(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Matcher m = YEAR_FIRST.matcher(value);
        if (m.matches()) {
            return plausible(m.group(1), m.group(3), m.group(4), today);
        }
        m = COMPACT.matcher(value);
        if (m.matches()) {
            return plausible(m.group(1), m.group(2), m.group(3), today);
        }
        m = YEAR_LAST.matcher(value);
        if (m.matches()) {
            return plausible(m.group(4), m.group(3), m.group(1), today) || plausible(m.group(4), m.group(1), m.group(3), today);
        }
        return false;
    }

    private static boolean plausible(String year, String month, String day, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return !date.isBefore(EARLIEST) && !date.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
