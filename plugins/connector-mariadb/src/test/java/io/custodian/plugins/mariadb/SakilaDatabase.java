package io.custodian.plugins.mariadb;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.custodian.plugin.api.connector.ConnectionSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A fresh database on the test MariaDB (127.0.0.1:3306, user root, empty password) loaded with the shared Sakila
 * dataset through the {@code mariadb} command line client. Only where {@code custodian.it.mariadb=true} (the ci
 * profile's switch for all server tests); elsewhere the calling tests are skipped.
 */
final class SakilaDatabase implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 3306;
    static final String USER = "root";

    final String name;

    private SakilaDatabase(String name) {
        this.name = name;
    }

    /** Skips the calling test unless the server tests are switched on. */
    static void assumeServer() {
        assumeTrue(Boolean.getBoolean("custodian.it.mariadb"), "MariaDB tests run only with -Dcustodian.it.mariadb=true (the ci profile)");
    }

    /** Settings for {@code database} on {@code host:port} as {@code user}; a null database means every database. */
    static ConnectionSettings settings(String host, int port, String database, String user, String password) {
        Map<String, String> properties = new HashMap<>(Map.of("host", host, "port", String.valueOf(port), "user", user, "tls", "false"));
        if (database != null) {
            properties.put("database", database);
        }
        return new ConnectionSettings(properties, Map.of("password", password));
    }

    /** Settings for {@code database} on the test server as root. */
    static ConnectionSettings settings(String host, int port, String database) {
        return settings(host, port, database, USER, "");
    }

    /** Creates a new database and loads Sakila's schema and data into it. */
    static SakilaDatabase create() throws SQLException, IOException, InterruptedException {
        assumeServer();
        String name = "sakila_it_" + System.currentTimeMillis() + "_" + (int) (Math.random() * 1000);
        executeAsRoot("CREATE DATABASE " + name);
        SakilaDatabase database = new SakilaDatabase(name);
        try {
            Path dataset = sharedFolder().resolve("datasets/sakila_mysql");
            load(name, dataset.resolve("sakila-schema.sql"), dataset.resolve("sakila-data.sql"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Settings of this database. */
    ConnectionSettings settings() {
        return settings(HOST, PORT, name);
    }

    /** Runs SQL in this database as root. */
    void execute(String sql) throws SQLException {
        executeAsRoot("USE " + name + ";" + sql);
    }

    @Override
    public void close() throws SQLException {
        executeAsRoot("DROP DATABASE IF EXISTS " + name);
    }

    /** Runs one or more statements (separated by ;) as root, outside any database. */
    static void executeAsRoot(String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        properties.setProperty("allowMultiQueries", "true");
        try (Connection connection = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://" + HOST + ":" + PORT + "/", properties);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Pipes the files to the client, with the dataset's own {@code sakila} database renamed to {@code database}. */
    private static void load(String database, Path... files) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new IOException("the dataset file " + file + " is missing; set -Dcustodian.shared to the shared folder");
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String statement = line.strip();
                if (statement.matches("(?i)(DROP (SCHEMA|DATABASE) IF EXISTS|CREATE (SCHEMA|DATABASE)) sakila;")) {
                    continue;
                }
                // The views name their tables as sakila.film and the like.
                String renamed = line.replaceAll("(?<![A-Za-z0-9_@$])sakila\\.", database + ".");
                script.append(statement.matches("(?i)USE sakila;") ? "USE " + database + ";" : renamed).append('\n');
            }
        }
        Path log = Files.createTempFile("mariadb-", ".log");
        try {
            Process process = new ProcessBuilder(List.of(client(), "-h", HOST, "-P", String.valueOf(PORT), "-u", USER, database))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (OutputStream input = process.getOutputStream()) {
                input.write(script.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The client stopped reading: it failed, and its log below says why.
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("the mariadb client did not finish loading " + List.of(files) + " in 5 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException("the mariadb client failed with exit code " + process.exitValue() + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** {@code mariadb}, or {@code mysql} where only the older name is installed. */
    private static String client() {
        for (String name : List.of("mariadb", "mysql")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return name;
                }
            }
        }
        return "mariadb";
    }

    /** The shared folder: system property custodian.shared when it holds the dataset, else ../../../shared. */
    private static Path sharedFolder() {
        String configured = System.getProperty("custodian.shared");
        if (configured != null && Files.isDirectory(Path.of(configured).resolve("datasets/sakila_mysql"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of("../../../shared").toAbsolutePath().normalize();
    }
}
