package io.custodian.demo.internal;

/**
 * Where the demo database is and how to log in to it.
 *
 * @param url      the JDBC URL, without options
 * @param user     the database's administrator
 * @param password generated at creation; never logged, so {@link #toString} leaves it out
 */
record DemoDatabase(String url, String user, String password) {

    @Override
    public String toString() {
        return "DemoDatabase[url=" + url + ", user=" + user + "]";
    }
}
