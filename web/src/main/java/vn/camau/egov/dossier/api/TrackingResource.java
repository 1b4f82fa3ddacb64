package vn.camau.egov.dossier.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.TrackingView;
import vn.camau.egov.shared.api.JsonOut;

import java.time.temporal.Temporal;

/**
 * The public lookup as JSON ({@code GET /api/tracking?code=...&id=...}), for the province's
 * mobile app and kiosks: the same answer as lookup.xhtml, status and history and nothing personal,
 * to anyone with the dossier's code and the applicant's ID number. A wrong number is answered like
 * an unknown code (404), so the endpoint tells nobody which codes exist. No session.
 */
@Path("/tracking")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    @Inject
    private DossierService dossiers;

    @GET
    public Response track(@QueryParam("code") String code, @QueryParam("id") String citizenId) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return dossiers.track(code, citizenId)
                .map(t -> Response.ok(json(t).build().toString()))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(JsonOut.object().add("error", "not found").build().toString()))
                .cacheControl(noStore).build();
    }

    private static JsonObjectBuilder json(TrackingView t) {
        JsonArrayBuilder history = JsonOut.array();
        for (TrackingView.Step s : t.history()) {
            JsonObjectBuilder step = JsonOut.object().add("at", s.at().toString())
                    .add("action", s.action().name()).add("status", s.status().name());
            if (s.unitCode() != null) {
                step.add("unitCode", s.unitCode());
            }
            history.add(step);
        }
        JsonObjectBuilder json = JsonOut.object()
                .add("code", t.code())
                .add("procedureName", t.procedureName())
                .add("unitName", t.unitName())
                .add("status", t.status().name())
                .add("submittedAt", t.submittedAt().toString());
        add(json, "receivedOn", t.receivedOn());
        add(json, "appointmentOn", t.appointmentOn());
        add(json, "completedOn", t.completedOn());
        return json.add("history", history);
    }

    private static void add(JsonObjectBuilder json, String name, Temporal value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
