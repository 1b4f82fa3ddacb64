package vn.camau.egov.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The platform's clock, in Viet Nam's time zone; injected so rules that depend on time can be tested. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
