package io.custodian.plugins.postgresql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.custodian.plugin.api.connector.ConnectionSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A fresh database on the test PostgreSQL (127.0.0.1:5432, user postgres, trust) loaded with one of the shared
 * sample datasets (Pagila, Chinook, Northwind) through {@code psql}. Only where {@code custodian.it.postgres=true} (the ci profile); elsewhere the
 * calling tests are skipped.
 */
final class SampleDatabase implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    static final String USER = "postgres";

    final String name;

    private SampleDatabase(String name) {
        this.name = name;
    }

    /** Skips the calling test unless the PostgreSQL tests are switched on. */
    static void assumeServer() {
        assumeTrue(Boolean.getBoolean("custodian.it.postgres"), "PostgreSQL tests run only with -Dcustodian.it.postgres=true (the ci profile)");
    }

    /** Settings for {@code database} on the test server. */
    static ConnectionSettings settings(String host, int port, String database) {
        return new ConnectionSettings(Map.of("host", host, "port", String.valueOf(port), "database", database, "user", USER,
                "sslmode", "disable"), Map.of("password", "unused-with-trust"));
    }

    /** A new database loaded with pagila's schema and data. */
    static SampleDatabase pagila() throws SQLException, IOException, InterruptedException {
        return load("pagila", "datasets/pagila/pagila-schema.sql", "datasets/pagila/pagila-data.sql");
    }

    /** A new database loaded with Chinook (its dump creates and connects to a database of its own: left out). */
    static SampleDatabase chinook() throws SQLException, IOException, InterruptedException {
        return load("chinook", "datasets/chinook/Chinook_PostgreSql.sql");
    }

    /** A new database loaded with Northwind. */
    static SampleDatabase northwind() throws SQLException, IOException, InterruptedException {
        return load("northwind", "datasets/northwind/northwind.sql");
    }

    private static SampleDatabase load(String dataset, String... files) throws SQLException, IOException, InterruptedException {
        assumeServer();
        String name = "custodian_" + dataset + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("postgres", "CREATE DATABASE " + name);
        SampleDatabase database = new SampleDatabase(name);
        List<Path> scripts = new ArrayList<>();
        try {
            for (String file : files) {
                scripts.add(withoutDatabaseSwitch(sharedFolder().resolve(file)));
            }
            psql(name, scripts.toArray(Path[]::new));
        } catch (IOException | InterruptedException | RuntimeException e) {
            database.close();
            throw e;
        } finally {
            for (Path script : scripts) {
                if (script.getFileName().toString().startsWith("custodian-sample-")) {
                    Files.deleteIfExists(script);
                }
            }
        }
        return database;
    }

    /**
     * The script itself, or a copy without the lines that drop, create or connect to a database of the dump's own
     * ({@code CREATE DATABASE chinook; \c chinook;}), so it loads into the database made for the test.
     */
    private static Path withoutDatabaseSwitch(Path script) throws IOException {
        if (!Files.isReadable(script)) {
            return script; // psql reports the missing file with the hint below
        }
        List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        List<String> kept = lines.stream().filter(line -> !line.matches("(?i)^\\s*(DROP DATABASE|CREATE DATABASE|\\\\c(onnect)?\\s).*")).toList();
        if (kept.size() == lines.size()) {
            return script;
        }
        Path copy = Files.createTempFile("custodian-sample-", ".sql");
        Files.write(copy, kept, StandardCharsets.UTF_8);
        return copy;
    }

    /** Settings of this database. */
    ConnectionSettings settings() {
        return settings(HOST, PORT, name);
    }

    /** Runs SQL in this database as the administrator. */
    void execute(String sql) throws SQLException {
        execute(name, sql);
    }

    /** Drops the database, ending the sessions a failed test may have left open. */
    @Override
    public void close() throws SQLException {
        execute("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String database, String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        try (Connection connection = new org.postgresql.Driver().connect("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, properties);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void psql(String database, Path... files) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("psql", "-X", "-q", "-h", HOST, "-p", String.valueOf(PORT), "-U", USER,
                "-d", database, "-v", "ON_ERROR_STOP=1"));
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new IOException("the dataset file " + file + " is missing; set -Dcustodian.shared to the shared folder");
            }
            command.add("-f");
            command.add(file.toString());
        }
        Path log = Files.createTempFile("psql-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("psql did not finish loading " + List.of(files) + " in 5 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException("psql failed with exit code " + process.exitValue() + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * The shared folder: system property custodian.shared, else ../../../shared from the module folder. The root pom
     * derives the property from the reactor's root, which is the wrong folder when one module is built from its own
     * folder; the module-relative default is then tried before giving up.
     */
    private static Path sharedFolder() {
        Path fallback = Path.of("../../../shared").toAbsolutePath().normalize();
        String configured = System.getProperty("custodian.shared");
        if (configured != null && Files.isDirectory(Path.of(configured).resolve("datasets/pagila"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return fallback;
    }
}
