package vn.camau.egov.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The platform's REST resources live under /api. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
