package vn.camau.egov.dossier.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.camau.egov.dossier.application.DossierDetail;
import vn.camau.egov.dossier.application.DossierService;
import vn.camau.egov.dossier.application.EventView;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.NotFoundException;
import vn.camau.egov.shared.api.JsonOut;

import java.time.temporal.Temporal;

/**
 * A dossier as JSON for the signed-in applicant or official ({@code GET /api/dossiers/{code}}),
 * for the mobile app and the units' own tools. The service decides who sees what, as for the
 * pages: someone else's dossier is answered 404, like a code that does not exist; no sign-in, 401;
 * signed in without a role that reads dossiers, 403.
 */
@Path("/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    @Inject
    private DossierService dossiers;

    @GET
    @Path("/{code}")
    public Response dossier(@PathParam("code") String code, @Context SecurityContext caller) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        try {
            return Response.ok(json(dossiers.view(code)).build().toString()).cacheControl(noStore).build();
        } catch (NotFoundException e) {
            return problem(Response.Status.NOT_FOUND, "not found");
        } catch (EJBAccessException | AccessDeniedException e) {
            if (caller.getUserPrincipal() == null) {
                // the portal signs in with its form and a session cookie: the challenge names that
                return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "FormBased realm=\"egov\"")
                        .entity(JsonOut.object().add("error", "sign in first").build().toString()).build();
            }
            return problem(Response.Status.FORBIDDEN, "not allowed");
        }
    }

    private static Response problem(Response.Status status, String message) {
        return Response.status(status).entity(JsonOut.object().add("error", message).build().toString()).build();
    }

    private static JsonObjectBuilder json(DossierDetail d) {
        JsonArrayBuilder history = JsonOut.array();
        for (EventView e : d.history()) {
            history.add(JsonOut.object().add("at", e.at().toString()).add("action", e.action().name())
                    .add("status", e.to().name()));
        }
        JsonObjectBuilder json = JsonOut.object()
                .add("code", d.code())
                .add("procedureCode", d.procedureCode())
                .add("procedureName", d.procedureName())
                .add("unitName", d.unitName())
                .add("status", d.status().name())
                .add("submittedAt", d.submittedAt().toString())
                .add("feeTotal", d.feeTotal())
                .add("paid", d.paid());
        add(json, "receivedOn", d.receivedOn());
        add(json, "dueOn", d.dueOn());
        add(json, "appointmentOn", d.appointmentOn());
        add(json, "completedOn", d.completedOn());
        if (d.timeliness() != null) {
            json.add("timeliness", d.timeliness().name());
        }
        return json.add("history", history);
    }

    private static void add(JsonObjectBuilder json, String name, Temporal value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
