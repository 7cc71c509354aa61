package io.custodian.bench.plugins;

import io.custodian.plugin.api.classifier.ColumnProfile;
import io.custodian.plugin.api.connector.ColumnStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * The column the benchmark classifies: {@code customers.email} of a shop database as a scan would profile it,
 * with 100 sampled addresses. The addresses vary the way real ones do (dotted and compact local parts, digits,
 * plus tags, upper case, subdomains, country domains) and are built from fixed lists, so every run sees the same
 * values.
 */
final class EmailColumn {

    /** How many values the profile samples. */
    static final int SAMPLES = 100;

    private static final String[] FIRST = {"anna", "ben", "chloe", "david", "elif", "farid", "grace", "hugo", "ines",
        "jonas", "kaito", "lena", "mateo", "nora", "oskar", "priya", "quentin", "rosa", "samir", "tereza"};
    private static final String[] LAST = {"schmidt", "okafor", "martin", "novak", "garcia", "lindqvist", "rossi",
        "kowalski", "dubois", "yilmaz", "tanaka", "oconnor", "silva", "jensen", "moreau", "fischer", "costa"};
    private static final String[] DOMAINS = {"gmail.com", "outlook.com", "example.org", "mail.example-shop.de",
        "posteo.de", "yahoo.co.uk", "web.de", "icloud.com", "students.uni-example.edu", "protonmail.ch"};

    private EmailColumn() {
    }

    static ColumnProfile profile() {
        List<String> samples = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 7) % LAST.length];
            String domain = DOMAINS[(i * 3) % DOMAINS.length];
            String local = switch (i % 5) {
                case 0 -> first + "." + last;
                case 1 -> first.charAt(0) + last + (1960 + i % 45);
                case 2 -> first + "_" + last + "+newsletter";
                case 3 -> Character.toUpperCase(first.charAt(0)) + first.substring(1) + "."
                        + Character.toUpperCase(last.charAt(0)) + last.substring(1);
                default -> last + "." + first + i;
            };
            samples.add(local + "@" + domain);
        }
        ColumnStatistics statistics = new ColumnStatistics("email", 0.02, 48_213L, true, "aalto.mika@web.de",
                "zoe.zimmermann@posteo.de", 24.6);
        return new ColumnProfile("postgres://db.example:5432/shop.public.customers.email", "customers", "email",
                "varchar(320)", List.of("id", "first_name", "last_name", "email", "phone", "created_at"), statistics,
                samples);
    }
}
