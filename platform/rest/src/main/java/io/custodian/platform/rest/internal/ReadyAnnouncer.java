package io.custodian.platform.rest.internal;

import java.io.IOException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the person who started Custodian where to go: printed on the console once the REST
 * runtime is up, and logged.
 */
@Component(immediate = true)
public class ReadyAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyAnnouncer.class);

    private static final String PAX_WEB_PID = "org.ops4j.pax.web";
    private static final String PORT_KEY = "org.osgi.service.http.port";

    @Activate
    public ReadyAnnouncer(BundleContext context, @Reference RestRuntime runtime, @Reference ConfigurationAdmin config) {
        String base = "http://localhost:" + httpPort(context, config);
        String data = context.getProperty("karaf.data");
        String text = String.join(System.lineSeparator(),
                "",
                "Custodian is starting; it answers at:",
                "  REST API      " + base + "/api/v1",
                "  Health        " + base + "/api/v1/health",
                "  OpenAPI       " + base + "/api/v1/openapi.json   (Swagger UI: " + base + "/api/v1/docs)",
                "  Metrics       " + base + "/metrics",
                "  Admin login   POST " + base + "/api/v1/auth/login  as 'admin'; first-start password in",
                "                " + data + "/custodian/initial-admin-password",
                "");
        System.out.println(text);
        LOG.info("REST API at {}/api/v1, OpenAPI at {}/api/v1/openapi.json", base, base);
    }

    /** The port Pax Web listens on: its configuration (etc/org.ops4j.pax.web.cfg), else the framework property. */
    private static String httpPort(BundleContext context, ConfigurationAdmin config) {
        try {
            Configuration[] found = config.listConfigurations("(service.pid=" + PAX_WEB_PID + ")");
            if (found != null && found.length > 0 && found[0].getProperties() != null
                    && found[0].getProperties().get(PORT_KEY) != null) {
                return String.valueOf(found[0].getProperties().get(PORT_KEY));
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.debug("Could not read the HTTP port from {}", PAX_WEB_PID, e);
        }
        String property = context.getProperty(PORT_KEY);
        return property != null ? property : "8181";
    }
}
