package vn.camau.egov.shared.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.camau.egov.shared.application.Readiness;

/**
 * Health for load balancers and monitoring. {@code /api/health/live}: the application answers.
 * {@code /api/health/ready}: it can serve, the database and the broker both answer; 503 otherwise,
 * naming the dependency that is down (the details go to the server log, not to the public).
 * {@code /api/health/hub}: the central hub takes connections, for monitoring only.
 * {@code /api/health/outbox}: the outbox's messages reach the broker, for monitoring only.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    private Readiness readiness;

    @GET
    @Path("/live")
    public Response live() {
        return noStore(Response.ok(JsonOut.object().add("status", "UP").build()));
    }

    @GET
    @Path("/ready")
    public Response ready() {
        Readiness.Report report = readiness.check();
        JsonObjectBuilder checks = JsonOut.object();
        report.problems().forEach((name, problem) -> checks.add(name, problem == null
                ? JsonOut.object().add("status", "UP")
                : JsonOut.object().add("status", "DOWN")));
        JsonObjectBuilder body = JsonOut.object()
                .add("status", report.ready() ? "UP" : "DOWN")
                .add("checks", checks);
        return noStore(Response.status(report.ready() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body.build()));
    }

    /** The central hub's link, for monitoring: 503 while the hub takes no connection. Not part of readiness. */
    @GET
    @Path("/hub")
    public Response hub() {
        boolean up = readiness.hub() == null;
        return noStore(Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(JsonOut.object().add("status", up ? "UP" : "DOWN").build()));
    }

    /** The outbox's relay, for monitoring: 503 once a message has waited a minute. Not part of readiness. */
    @GET
    @Path("/outbox")
    public Response outbox() {
        boolean up = readiness.outbox() == null;
        return noStore(Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(JsonOut.object().add("status", up ? "UP" : "DOWN").build()));
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return builder.cacheControl(cache).build();
    }
}
