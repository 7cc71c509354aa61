package io.custodian.platform.rest.internal;

import org.osgi.framework.BundleContext;
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

    @Activate
    public ReadyAnnouncer(BundleContext context, @Reference RestRuntime runtime) {
        String port = context.getProperty("org.osgi.service.http.port");
        String base = "http://localhost:" + (port != null ? port : "8181");
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
}
