package vn.camau.egov.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.camau.egov.catalog.domain.Procedure;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.organization.application.OfficialView;
import vn.camau.egov.organization.application.OrganizationService;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.reporting.domain.HciComponent;
import vn.camau.egov.reporting.domain.IndexMath;
import vn.camau.egov.reporting.domain.IndicatorValue;
import vn.camau.egov.reporting.domain.OsiAnswer;
import vn.camau.egov.reporting.domain.OsiMeasure;
import vn.camau.egov.reporting.domain.OsiQuestion;
import vn.camau.egov.reporting.domain.OsiScore;
import vn.camau.egov.reporting.domain.TiiEdition;
import vn.camau.egov.shared.application.AuditTrail;
import vn.camau.egov.shared.domain.AccessDeniedException;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The e-government indices applied inside the province (plan section II.3): the indicator registry
 * (TII and HCI inputs per unit and year), each unit's OSI self-assessment with the answers the
 * platform measures itself, the provincial ranking on the UN method, and what-if.
 *
 * <p>Measured answers come from live data: the catalogue as it is now (levels, complete pages) and
 * the dossiers of the year asked (online rate). A past year's OSI therefore uses today's catalogue.
 */
@Stateless
public class IndexService {

    private static final int FIRST_YEAR = 2015;
    /** A unit's procedures offered to the what-if at once; a department has a few hundred at most. */
    private static final int MAX_CHOICES = 1000;
    private static final int TREND_YEARS = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StatisticsService statistics;

    @Inject
    private ReportService reports;

    @Inject
    private Weights weights;

    @Inject
    private OrganizationService organization;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    // --- the indicator registry ------------------------------------------------------------------

    /** Records (or corrects) one figure of the registry. */
    @RolesAllowed(Roles.DIC_MONITOR)
    public void record(int year, String unitCode, String code, double value, String source) {
        checkYear(year);
        Unit unit = unit(unitCode);
        IndicatorValue v = em.createQuery("select v from IndicatorValue v where v.year = :year and v.unit = :unit"
                        + " and v.code = :code", IndicatorValue.class).setParameter("year", year)
                .setParameter("unit", unit).setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (v == null) {
            v = new IndicatorValue(year, unit, code);
            v.record(value, source, session.getCallerPrincipal().getName());
            em.persist(v);
        } else {
            v.record(value, source, session.getCallerPrincipal().getName());
        }
        audit.record("INDICATOR_RECORDED", "indicator_value", null, year + " " + unitCode + " " + code + "=" + value);
    }

    /** A year's registry: unit code → indicator code → value. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN})
    public Map<String, Map<String, Double>> registry(int year) {
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        for (IndicatorValue v : em.createQuery("select v from IndicatorValue v join fetch v.unit where v.year = :year"
                + " order by v.unit.code, v.code", IndicatorValue.class).setParameter("year", year).getResultList()) {
            values.computeIfAbsent(v.getUnit().getCode(), k -> new LinkedHashMap<>()).put(v.getCode(), v.getAmount());
        }
        return values;
    }

    // --- the OSI self-assessment -----------------------------------------------------------------

    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN, Roles.LEADER, Roles.SPECIALIST, Roles.UNIT_ADMIN})
    public OsiSheet questionnaire(int year, String unitCode) {
        checkYear(year);
        Unit unit = unit(readableUnit(unitCode));
        Data d = load(year);
        return sheet(d, unit, d.procedures.getOrDefault(unit.getCode(), ProcedureCounts.NONE));
    }

    /** The unit's leader or administrator answers its own questions; the measured ones are the platform's. */
    @RolesAllowed({Roles.LEADER, Roles.UNIT_ADMIN})
    public void answer(int year, Map<String, Boolean> answers) {
        checkYear(year);
        Unit unit = unit(readableUnit(null));
        Map<String, OsiQuestion> questions = new HashMap<>();
        questions().forEach(q -> questions.put(q.getCode(), q));
        Map<String, OsiAnswer> existing = new HashMap<>();
        em.createQuery("select a from OsiAnswer a where a.year = :year and a.unit = :unit", OsiAnswer.class)
                .setParameter("year", year).setParameter("unit", unit).getResultList()
                .forEach(a -> existing.put(a.getQuestionCode(), a));
        Instant now = Instant.now(clock);
        String by = session.getCallerPrincipal().getName();
        for (Map.Entry<String, Boolean> e : answers.entrySet()) {
            OsiQuestion q = questions.get(e.getKey());
            if (q == null || q.isMeasured() || e.getValue() == null) {
                throw new InvalidInputException("osi-" + e.getKey(), "osi.answer.invalid", e.getKey());
            }
            OsiAnswer a = existing.get(q.getCode());
            if (a == null) {
                a = new OsiAnswer(year, unit, q.getCode());
                em.persist(a);
            }
            a.answer(e.getValue(), by, now);
        }
        audit.record("OSI_ANSWERED", "osi_answer", null, unit.getCode() + " " + year + " " + answers);
    }

    // --- ranking, what-if, the moves that matter -------------------------------------------------

    /** Every reporting unit's indices for the year, ranked by the weighted score. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN})
    public List<UnitIndex> ranking(int year) {
        checkYear(year);
        return rank(year, load(year));
    }

    /** The ranking and the moves of a year from one reading of the data (the indices page shows both). */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN})
    public IndexOverview overview(int year, int moves) {
        checkYear(year);
        Data d = load(year);
        return new IndexOverview(rank(year, d), moves(d, moves));
    }

    private List<UnitIndex> rank(int year, Data d) {
        Map<String, Double> osiRaw = new LinkedHashMap<>();
        Map<String, Double> tiiRaw = new LinkedHashMap<>();
        Map<String, Double> hciRaw = new LinkedHashMap<>();
        Map<String, Map<String, Double>> registry = registry(year);
        TiiEdition edition = TiiEdition.forYear(year);
        Map<HciComponent, Double> hciWeights = weights.hci();
        for (Unit u : d.units) {
            osiRaw.put(u.getCode(), sheet(d, u, d.procedures.getOrDefault(u.getCode(), ProcedureCounts.NONE)).raw());
            Map<String, Double> inputs = registry.getOrDefault(u.getCode(), Map.of());
            Double tii = tii(edition, inputs);
            if (tii != null) {
                tiiRaw.put(u.getCode(), tii);
            }
            Double hci = hci(hciWeights, inputs);
            if (hci != null) {
                hciRaw.put(u.getCode(), hci);
            }
        }
        Map<String, Double> osi = normalised(osiRaw);
        Map<String, Double> tii = normalised(tiiRaw);
        Map<String, Double> hci = normalised(hciRaw);
        Map<String, Double> timeliness = reports.timeliness(year);
        Map<Weights.Criterion, Double> w = weights.ranking();
        List<UnitIndex> rows = new ArrayList<>();
        for (Unit u : d.units) {
            String c = u.getCode();
            DossierStatistics s = d.statistics.get(c);
            Double egdi = osi.get(c) != null && tii.get(c) != null && hci.get(c) != null
                    ? IndexMath.egdi(osi.get(c), tii.get(c), hci.get(c)) : null;
            List<Double> values = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            Double onTime = s.resolved() == 0 ? null : s.onTimeRate();
            add(values, ws, onTime, w.get(Weights.Criterion.ON_TIME));
            add(values, ws, s.onlineRate(), w.get(Weights.Criterion.ONLINE));
            add(values, ws, timeliness.get(c), w.get(Weights.Criterion.REPORTS));
            add(values, ws, osiRaw.get(c), w.get(Weights.Criterion.OSI));
            double score = ws.stream().mapToDouble(Double::doubleValue).sum() > 0 ? IndexMath.weightedMean(values, ws) : 0;
            rows.add(new UnitIndex(c, u.getName(), osiRaw.get(c), osi.get(c), tiiRaw.get(c), tii.get(c), hciRaw.get(c),
                    hci.get(c), egdi, onTime, s.onlineRate(), timeliness.get(c), score, 0));
        }
        rows.sort(Comparator.comparingDouble(UnitIndex::score).reversed().thenComparing(UnitIndex::unitCode));
        List<UnitIndex> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitIndex r = rows.get(i);
            // equal scores share a rank
            int rank = i > 0 && rows.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitIndex(r.unitCode(), r.unitName(), r.osiRaw(), r.osi(), r.tiiRaw(), r.tii(), r.hciRaw(),
                    r.hci(), r.egdi(), r.onTimeRate(), r.onlineRate(), r.reportTimeliness(), r.score(), rank));
        }
        return ranked;
    }

    /**
     * The indices over the years up to the one given (at most five, none before 2015): each year's
     * ranking, from which the province's OSI (the mean of its units' raw OSI) and each unit's follow.
     * Five yearly computations: asked for on its own, not with every page.
     */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN})
    public Map<Integer, List<UnitIndex>> trend(int toYear) {
        checkYear(toYear);
        Map<Integer, List<UnitIndex>> years = new LinkedHashMap<>();
        for (int y = Math.max(FIRST_YEAR, toYear - TREND_YEARS + 1); y <= toYear; y++) {
            years.put(y, ranking(y));
        }
        return years;
    }

    /**
     * The unit's and the province's OSI if these procedures of the unit were at level 4, computed
     * on the same data without changing anything.
     */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN, Roles.LEADER, Roles.UNIT_ADMIN})
    public WhatIf whatIf(int year, String unitCode, List<String> procedureCodes) {
        checkYear(year);
        Unit unit = unit(readableUnit(unitCode));
        Map<String, Procedure> active = new HashMap<>();
        em.createQuery("select p from Procedure p where p.unit = :unit and p.active = true", Procedure.class)
                .setParameter("unit", unit).getResultList().forEach(p -> active.put(p.getCode().toString(), p));
        List<Procedure> chosen = new ArrayList<>();
        for (String code : procedureCodes) {
            Procedure p = active.get(code);
            if (p == null) {
                throw new InvalidInputException("procedures", "whatif.procedure", code);
            }
            if (p.getLevel() != ServiceLevel.LEVEL_4 && !chosen.contains(p)) {
                chosen.add(p);
            }
        }
        Data d = load(year);
        ProcedureCounts before = d.procedures.getOrDefault(unit.getCode(), ProcedureCounts.NONE);
        long raisedFromBelow3 = chosen.stream().filter(p -> !p.getLevel().acceptsOnlineSubmission()).count();
        ProcedureCounts after = new ProcedureCounts(before.active(), before.level3OrMore() + raisedFromBelow3,
                before.level4() + chosen.size(), before.complete());
        return compare(d, unit, after, chosen.stream().map(p -> p.getCode().toString()).toList());
    }

    /** The unit's active procedures not yet at level 4: what the what-if can raise. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN, Roles.LEADER, Roles.UNIT_ADMIN})
    public List<ProcedureChoice> belowLevel4(String unitCode) {
        Unit unit = unit(readableUnit(unitCode));
        return em.createQuery("select p from Procedure p where p.unit = :unit and p.active = true and p.level <> :four"
                        + " order by p.name", Procedure.class).setParameter("unit", unit)
                .setParameter("four", ServiceLevel.LEVEL_4).setMaxResults(MAX_CHOICES).getResultList().stream()
                .map(p -> new ProcedureChoice(p.getCode().toString(), p.getName(), p.getLevel().number())).toList();
    }

    /** What would move the province's OSI most: each unit's possible moves, largest gain first. */
    @RolesAllowed({Roles.DIC_MONITOR, Roles.PROVINCE_ADMIN})
    public List<OsiMove> moves(int year, int limit) {
        checkYear(year);
        return moves(load(year), limit);
    }

    private List<OsiMove> moves(Data d, int limit) {
        int n = Math.max(1, d.units.size());
        List<OsiMove> moves = new ArrayList<>();
        for (Unit u : d.units) {
            ProcedureCounts pc = d.procedures.getOrDefault(u.getCode(), ProcedureCounts.NONE);
            OsiSheet sheet = sheet(d, u, pc);
            if (pc.level4() < pc.active()) {
                double after = sheet(d, u, new ProcedureCounts(pc.active(), pc.active(), pc.active(), pc.complete())).raw();
                moves.add(new OsiMove(u.getCode(), u.getName(), null, String.valueOf(pc.active() - pc.level4()),
                        after - sheet.raw(), (after - sheet.raw()) / n));
            }
            double total = sheet.lines().stream().mapToDouble(OsiSheet.Line::weight).sum();
            for (OsiSheet.Line l : sheet.lines()) {
                if (!l.measured() && l.score() < 1 && total > 0) {
                    double gain = l.weight() * (1 - l.score()) / total;
                    moves.add(new OsiMove(u.getCode(), u.getName(), l.code(), l.text(), gain, gain / n));
                }
            }
        }
        moves.sort(Comparator.comparingDouble(OsiMove::provinceGain).reversed().thenComparing(OsiMove::unitCode));
        return moves.subList(0, Math.min(Math.max(limit, 0), moves.size()));
    }

    // --- the machinery ---------------------------------------------------------------------------

    /** Everything the year's OSI needs, read once: questions, answers, catalogue counts, the year's dossier figures. */
    private record Data(int year, List<Unit> units, List<OsiQuestion> questions, Map<String, Map<String, Boolean>> answers,
                        Map<String, ProcedureCounts> procedures, Map<String, DossierStatistics> statistics) {
    }

    private Data load(int year) {
        List<Unit> units = em.createQuery("select u from Unit u where u.active = true and u.kind in :kinds"
                + " order by u.code", Unit.class).setParameter("kinds", ReportService.REPORTING).getResultList();
        Map<String, Map<String, Boolean>> answers = new HashMap<>();
        for (Object[] r : em.createQuery("select a.unit.code, a.questionCode, a.yes from OsiAnswer a"
                + " where a.year = :year", Object[].class).setParameter("year", year).getResultList()) {
            answers.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], (Boolean) r[2]);
        }
        Map<String, DossierStatistics> figures = new HashMap<>();
        statistics.published(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).forEach(s -> figures.put(s.key(), s));
        return new Data(year, units, questions(), answers, statistics.procedureCounts(), figures);
    }

    private OsiSheet sheet(Data d, Unit unit, ProcedureCounts pc) {
        Map<String, Boolean> given = d.answers.getOrDefault(unit.getCode(), Map.of());
        DossierStatistics s = d.statistics.get(unit.getCode());
        List<OsiSheet.Line> lines = new ArrayList<>();
        List<OsiScore.Answer> scored = new ArrayList<>();
        for (OsiQuestion q : d.questions) {
            Boolean answer = q.isMeasured() ? null : given.get(q.getCode());
            double score = q.isMeasured() ? measured(q.getMeasure(), pc, s) : Boolean.TRUE.equals(answer) ? 1 : 0;
            lines.add(new OsiSheet.Line(q.getCode(), q.getSection(), q.getText(), q.getWeight(), q.getMeasure(), answer,
                    score));
            scored.add(new OsiScore.Answer(q.getCode(), q.getWeight(), score));
        }
        return new OsiSheet(d.year, unit.getCode(), unit.getName(), lines, OsiScore.raw(scored));
    }

    private static double measured(OsiMeasure m, ProcedureCounts pc, DossierStatistics s) {
        return switch (m) {
            case LEVEL3_SHARE -> share(pc.level3OrMore(), pc.active());
            case LEVEL4_SHARE -> share(pc.level4(), pc.active());
            case PROCEDURES_COMPLETE -> share(pc.complete(), pc.active());
            case ONLINE_RATE -> s == null || s.onlineRate() == null ? 0 : s.onlineRate();
            case PUBLISHED_STATISTICS -> 1;
        };
    }

    private WhatIf compare(Data d, Unit unit, ProcedureCounts after, List<String> raised) {
        Map<String, Double> before = new LinkedHashMap<>();
        for (Unit u : d.units) {
            before.put(u.getCode(), sheet(d, u, d.procedures.getOrDefault(u.getCode(), ProcedureCounts.NONE)).raw());
        }
        double unitBefore = before.containsKey(unit.getCode()) ? before.get(unit.getCode())
                : sheet(d, unit, d.procedures.getOrDefault(unit.getCode(), ProcedureCounts.NONE)).raw();
        double unitAfter = sheet(d, unit, after).raw();
        Map<String, Double> changed = new LinkedHashMap<>(before);
        if (changed.containsKey(unit.getCode())) {
            changed.put(unit.getCode(), unitAfter);
        }
        return new WhatIf(unit.getCode(), raised, unitBefore, unitAfter, normalised(before).get(unit.getCode()),
                normalised(changed).get(unit.getCode()), mean(before), mean(changed));
    }

    private static Double tii(TiiEdition edition, Map<String, Double> inputs) {
        Map<TiiEdition.Indicator, Double> per100 = new EnumMap<>(TiiEdition.Indicator.class);
        for (TiiEdition.Indicator i : edition.indicators()) {
            Double v = inputs.get(i.name());
            if (v == null) {
                return null;
            }
            per100.put(i, v);
        }
        return edition.raw(per100);
    }

    /** HCI: the weighted mean of its four component indices; null until all four are recorded. */
    private static Double hci(Map<HciComponent, Double> weights, Map<String, Double> inputs) {
        List<Double> values = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (HciComponent c : HciComponent.values()) {
            Double v = inputs.get(c.name());
            if (v == null) {
                return null;
            }
            values.add(c.index(v));
            ws.add(weights.getOrDefault(c, 0.0));
        }
        return IndexMath.weightedMean(values, ws);
    }

    /** Normalised over the units that have the component; none when fewer than two have it. */
    private static Map<String, Double> normalised(Map<String, Double> raw) {
        return raw.size() < 2 ? Map.of() : IndexMath.normalise(raw);
    }

    private static double mean(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static void add(List<Double> values, List<Double> weights, Double value, Double weight) {
        if (value != null && weight != null) {
            values.add(value);
            weights.add(weight);
        }
    }

    private List<OsiQuestion> questions() {
        return em.createQuery("select q from OsiQuestion q order by q.sortOrder", OsiQuestion.class).getResultList();
    }

    private void checkYear(int year) {
        int current = VietnamTime.dateOf(Instant.now(clock)).getYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidInputException("year", "index.year", FIRST_YEAR, current);
        }
    }

    private String readableUnit(String unitCode) {
        if (session.isCallerInRole(Roles.DIC_MONITOR) || session.isCallerInRole(Roles.PROVINCE_ADMIN)) {
            if (unitCode == null || unitCode.isBlank()) {
                throw new InvalidInputException("unit", "statistics.unknownUnit");
            }
            return unitCode;
        }
        return organization.currentOfficial().map(OfficialView::unit).orElseThrow(AccessDeniedException::new).code();
    }

    private Unit unit(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInputException("unit", "statistics.unknownUnit"));
    }
}
