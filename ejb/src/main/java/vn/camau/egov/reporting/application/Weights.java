package vn.camau.egov.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.reporting.domain.HciComponent;
import vn.camau.egov.reporting.domain.Scorecard766;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.domain.InvalidInputException;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights every score uses, kept as data (index_weight) so the Department can change them
 * without a release: HCI's components, the ranking of units, the Decision 766 groups' maxima.
 */
@Stateless
public class Weights {

    public static final String HCI = "HCI";
    public static final String RANKING = "RANKING";
    public static final String D766 = "D766";

    /** The ranking's criteria. */
    public enum Criterion {
        ON_TIME, ONLINE, REPORTS, OSI
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @PermitAll
    public Map<String, Double> scheme(String scheme) {
        Map<String, Double> weights = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT component, weight FROM index_weight WHERE scheme = ?"
                + " ORDER BY component").setParameter(1, scheme).getResultList();
        for (Object[] r : rows) {
            weights.put((String) r[0], ((Number) r[1]).doubleValue());
        }
        return weights;
    }

    @PermitAll
    public Map<Scorecard766.Group, Double> scorecardMaxima() {
        Map<Scorecard766.Group, Double> max = new EnumMap<>(Scorecard766.Group.class);
        scheme(D766).forEach((k, v) -> max.put(Scorecard766.Group.valueOf(k), v));
        return max;
    }

    @PermitAll
    public Map<HciComponent, Double> hci() {
        Map<HciComponent, Double> w = new EnumMap<>(HciComponent.class);
        scheme(HCI).forEach((k, v) -> w.put(HciComponent.valueOf(k), v));
        return w;
    }

    @PermitAll
    public Map<Criterion, Double> ranking() {
        Map<Criterion, Double> w = new EnumMap<>(Criterion.class);
        scheme(RANKING).forEach((k, v) -> w.put(Criterion.valueOf(k), v));
        return w;
    }

    /** The Department sets one weight; it must be a number from 0 to 100, and of a component that exists. */
    @RolesAllowed(Roles.DIC_MONITOR)
    public void set(String scheme, String component, double weight) {
        if (Double.isNaN(weight) || weight < 0 || weight > 100) {
            throw new InvalidInputException("weight", "weights.invalid");
        }
        int changed = em.createNativeQuery("UPDATE index_weight SET weight = ? WHERE scheme = ? AND component = ?")
                .setParameter(1, weight).setParameter(2, scheme).setParameter(3, component).executeUpdate();
        if (changed != 1) {
            throw new InvalidInputException("component", "weights.unknown");
        }
        audit.record("WEIGHT_CHANGED", "index_weight", null, scheme + "." + component + "=" + weight);
    }

    /** For the page: every scheme's weights. */
    @PermitAll
    public Map<String, Map<String, Double>> all() {
        Map<String, Map<String, Double>> all = new LinkedHashMap<>();
        for (String s : List.of(D766, RANKING, HCI)) {
            all.put(s, scheme(s));
        }
        return all;
    }
}
