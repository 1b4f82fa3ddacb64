package vn.camau.egov.bench.generator;

import vn.camau.egov.bench.generator.Reference.Citizen;
import vn.camau.egov.bench.generator.Reference.Form;
import vn.camau.egov.bench.generator.Reference.Official;
import vn.camau.egov.bench.generator.Reference.Procedure;
import vn.camau.egov.bench.generator.Reference.Step;
import vn.camau.egov.bench.generator.Reference.Unit;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.dossier.domain.DossierCodePattern;
import vn.camau.egov.exchange.domain.PortalRecords;
import vn.camau.egov.exchange.domain.PortalStatusMap;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.shared.domain.WorkingCalendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes dossiers the way the application's state machine (Dossier) would have left them: each one
 * lives its life from submission to now through the same transitions, with the same fields set and
 * one history line per action, so its status, dates, step, payment, result and rating agree with
 * its history. Spread over the units with procedures (bigger units more), their procedures, about
 * 18 months of working days up to now, channels by service level, and paces: most dossiers are done
 * early or on time, some late, a few stuck; the recent ones are still open.
 * <p>
 * One instance, one thread: ids and dossier codes are handed out in order.
 */
public final class Dossiers {

    /** How far back submissions go: about 18 months. */
    static final int DAYS = 548;

    /** Relative sizes of the demo's units (dossiers a year); a unit not named weighs by its procedures. */
    private static final Map<String, Integer> UNIT_WEIGHT = Map.of("TP_CA_MAU", 26, "STP", 14, "SGTVT", 14, "SKHDT", 9,
            "SXD", 10, "SLDTBXH", 8, "U_MINH", 7, "SYT", 5, "STTTT", 3, "SCT", 4);

    private static final Actor PORTAL = new Actor("dvcqg", "Cổng Dịch vụ công quốc gia", null);
    private static final String[] REFUSALS = {
            "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan.",
            "Thành phần hồ sơ không đúng quy định; đề nghị nộp lại theo hướng dẫn.",
            "Giấy tờ đính kèm không rõ nét, không đọc được nội dung.",
            "Người nộp không đủ điều kiện theo quy định của thủ tục."};
    private static final String[] SUPPLEMENTS = {
            "Đề nghị bổ sung bản chụp rõ nét Căn cước công dân (hai mặt).",
            "Đề nghị bổ sung giấy tờ chứng minh nơi cư trú.",
            "Tờ khai còn thiếu chữ ký của người yêu cầu; đề nghị bổ sung.",
            "Đề nghị bổ sung bản vẽ có xác nhận của đơn vị thiết kế.",
            "Thông tin trên tờ khai chưa khớp với giấy tờ đính kèm; đề nghị điều chỉnh."};
    private static final String[] STEP_NOTES = {null, null, null, "Hồ sơ đủ điều kiện.", "Trình lãnh đạo xem xét.",
            "Đã kiểm tra, đúng quy định.", "Đồng ý."};
    private static final String[] CANCELS = {"Không còn nhu cầu giải quyết.", "Nộp nhầm thủ tục.", null};
    private static final String[] APOLOGIES = {"Hồ sơ cần xin ý kiến cơ quan liên quan, chưa kịp trả đúng hẹn.",
            "Khối lượng hồ sơ tăng cao, xin lỗi ông/bà vì sự chậm trễ."};
    private static final String[] COMMENTS = {"Cán bộ hướng dẫn tận tình.", "Giải quyết nhanh, đúng hẹn.",
            "Thủ tục trực tuyến thuận tiện.", "Thời gian chờ hơi lâu."};
    private static final String[] BANKS = {"NCB", "VCB", "BIDV", "AGRIBANK", "VIETINBANK", "TPBANK", "MBBANK", "ACB",
            "SACOMBANK", "VPBANK"};
    private static final String KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    /** Placeholder bytes: the file rows carry the real metadata; no upload's bytes are kept. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
            + "/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg==");

    private record Actor(String username, String name, String unitCode) {
    }

    /** A line of the current dossier's history, kept for the portal's copy of it. */
    private record Line(Instant at, String action, String to, Actor actor, String step, String note) {
    }

    private final Reference ref;
    private final WorkingCalendar cal;
    private final SplittableRandom r;
    private final Instant now;
    private final LocalDate today;
    private final DossierCodePattern pattern;
    private final PortalStatusMap portalStatuses = PortalStatusMap.of("");
    private final PortalLog portal;
    private final Lookups lookups;
    private final String signerPrefix;

    private final Unit[] unitPick;
    // by identity: a Unit record's own hashCode hashes its procedures with their forms and steps, which
    // took half of the maker's time (JFR) at one lookup per dossier
    private final Map<Unit, Procedure[]> procedurePick = new IdentityHashMap<>();
    private final double[] counterDays;
    private final double[] onlineDays;
    private final Map<String, long[]> counters = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private final Map<String, String> fileNameStems = new HashMap<>();
    /** How many of the dossiers a demo citizen owns, per thousand. */
    private final int citizenShare;

    private long nextDossier;
    private long nextFile;
    private long nextAttachment;
    private long nextEvent;
    private long nextPayment;
    private long nextNotification;
    private long nextExchange;

    // the dossier being made
    private final List<Line> lines = new ArrayList<>();
    private final List<String> fileNames = new ArrayList<>();
    private Batch b;
    private long id;
    private String code;
    private Unit unit;
    private Procedure p;
    private String channel;
    private String status;
    private String owner;
    private boolean account;
    private String applicantName;
    private String applicantId;
    private String applicantAddress;
    private LocalDate receivedOn;
    private LocalDate dueOn;
    private LocalDate appointmentOn;
    private int pausedDays;
    private LocalDate pausedOn;
    private String resumeStatus;
    private int stepIndex;
    private String stepUnit;
    private String stepRole;
    private LocalDate stepStartedOn;
    private String supplementRequest;
    private String refusal;
    private Long resultFile;
    private String resultName;
    private Instant resultSignedAt;
    private String resultKey;
    private boolean paid;
    private Instant paidAt;
    private String transaction;
    private Instant completedAt;
    private String timeliness;
    private String rating;
    private String ratingComment;
    private Instant ratedAt;
    private final List<PortalRecords.Supplement> supplements = new ArrayList<>();

    public Dossiers(Reference ref, long seed, Instant now, String codePattern, PortalLog portal, Lookups lookups,
                    int citizenShare) {
        this.ref = ref;
        this.cal = ref.calendar;
        this.r = new SplittableRandom(seed);
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.today = Calendar.day(this.now);
        this.pattern = new DossierCodePattern(codePattern);
        this.portal = portal;
        this.lookups = lookups;
        this.citizenShare = citizenShare;
        this.signerPrefix = "C=VN,O=" + (ref.provinceName == null ? "Ủy ban nhân dân tỉnh Cà Mau" : ref.provinceName) + ",CN=";
        List<Unit> weighted = new ArrayList<>();
        for (Unit u : ref.units) {
            int w = UNIT_WEIGHT.getOrDefault(u.code(), 2 * u.procedures().size());
            for (int i = 0; i < w; i++) {
                weighted.add(u);
            }
            // within a unit, the first procedures (the common ones) take more dossiers: 5, 4, 3...
            List<Procedure> ps = new ArrayList<>();
            for (int i = 0; i < u.procedures().size(); i++) {
                for (int k = 0; k < Math.max(1, 5 - i); k++) {
                    ps.add(u.procedures().get(i));
                }
            }
            procedurePick.put(u, ps.toArray(Procedure[]::new));
        }
        this.unitPick = weighted.toArray(Unit[]::new);
        this.counterDays = days(false);
        this.onlineDays = days(true);
        ref.codeCounters.forEach((scope, next) -> counters.put(scope, new long[]{next}));
    }

    /** Cumulative weights of the days: working days (and for online, evenings and weekends less), growing use. */
    private double[] days(boolean online) {
        double[] cumulative = new double[DAYS];
        double sum = 0;
        for (int i = 0; i < DAYS; i++) {
            LocalDate d = today.minusDays(DAYS - 1 - i);
            double growth = 0.7 + 0.6 * i / DAYS;
            double w = cal.isWorkingDay(d) ? 1 : online ? 0.25 : 0;
            sum += growth * w;
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private LocalDate pickDay(double[] cumulative) {
        double x = r.nextDouble() * cumulative[DAYS - 1];
        int lo = 0;
        int hi = DAYS - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return today.minusDays(DAYS - 1 - lo);
    }

    /** The first ids to give out: dossier, stored file, attachment, event, payment, notification, exchange log. */
    public void startIds(long[] starts) {
        nextDossier = starts[0];
        nextFile = starts[1];
        nextAttachment = starts[2];
        nextEvent = starts[3];
        nextPayment = starts[4];
        nextNotification = starts[5];
        nextExchange = starts[6];
    }

    /** The next ids to give out, in the same order. */
    public long[] nextIds() {
        return new long[]{nextDossier, nextFile, nextAttachment, nextEvent, nextPayment, nextNotification, nextExchange};
    }

    /** The scopes' next numbers, to store in code_counter: the application goes on from them. */
    public Map<String, Long> counters() {
        Map<String, Long> out = new LinkedHashMap<>();
        counters.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    /** Makes one dossier and its rows. */
    public void make(Batch batch) {
        b = batch;
        reset();
        unit = unitPick[r.nextInt(unitPick.length)];
        Procedure[] ps = procedurePick.get(unit);
        p = ps[r.nextInt(ps.length)];
        int c = r.nextInt(100);
        boolean online = p.level().acceptsOnlineSubmission();
        channel = !online || c < 30 ? "COUNTER" : c < 85 ? "ONLINE" : "NATIONAL_PORTAL";

        // who it is for: a demo citizen now and then, else someone made up
        Citizen citizen = ref.citizens.isEmpty() || r.nextInt(1000) >= citizenShare ? null
                : ref.citizens.get(r.nextInt(ref.citizens.size()));
        String email;
        String phone;
        if (citizen != null) {
            applicantName = citizen.name();
            applicantId = citizen.citizenId();
            email = citizen.email();
            phone = citizen.phone();
            applicantAddress = People.address(r);
            owner = citizen.username();
            account = true;
        } else {
            People.Person person = People.person(r, today.getYear());
            applicantName = person.name();
            applicantId = person.citizenId();
            email = person.email();
            phone = person.phone();
            applicantAddress = person.address();
            // an online dossier is its citizen's (username: the CCCD number); at the counter, only if they have an account
            owner = channel.equals("ONLINE") ? person.citizenId() : null;
            account = false;
        }

        LocalDate day = pickDay(channel.equals("COUNTER") ? counterDays : onlineDays);
        Instant t0 = channel.equals("COUNTER") ? Calendar.office(day, r) : Calendar.online(day, r);
        if (t0.isAfter(now)) {
            t0 = now.minusSeconds(r.nextInt(60, 3600));
            day = Calendar.day(t0);
        }
        id = nextDossier++;
        code = code(day);
        String portalCode = channel.equals("NATIONAL_PORTAL")
                ? "G22-" + People.two(day.getYear() % 100) + People.two(day.getMonthValue()) + People.two(day.getDayOfMonth())
                + "-" + id : null;
        boolean postal = r.nextInt(100) < 12;
        Map<String, String> form = form(phone);
        live(t0);

        b.add(Table.DOSSIER, id, (long) lines.size(), code, p.versionId(), unit.id(), channel, status, applicantName,
                applicantId, email, phone, applicantAddress, owner, t0, receivedOn, dueOn, appointmentOn, pausedDays,
                pausedOn, resumeStatus, stepIndex, stepUnit, stepRole, stepStartedOn, null, supplementRequest, refusal,
                resultFile, p.totalFees(), paid, completedAt, completedAt == null ? null : Calendar.day(completedAt),
                timeliness, rating, ratingComment, ratedAt, postal, resultFile == null ? null : signerPrefix + unit.name(),
                resultSignedAt, resultKey, portalCode);
        form.forEach((k, v) -> b.add(Table.FORM_VALUE, id, k, v));
        if (portal != null && portalCode != null) {
            exchange(portalCode, t0, email, phone, postal, form);
        }
        lookups.offer(code, applicantId);
        b.dossiers++;
    }

    private void reset() {
        lines.clear();
        fileNames.clear();
        supplements.clear();
        receivedOn = null;
        dueOn = null;
        appointmentOn = null;
        pausedDays = 0;
        pausedOn = null;
        resumeStatus = null;
        stepIndex = -1;
        stepUnit = null;
        stepRole = null;
        stepStartedOn = null;
        supplementRequest = null;
        refusal = null;
        resultFile = null;
        resultName = null;
        resultSignedAt = null;
        resultKey = null;
        paid = false;
        paidAt = null;
        transaction = null;
        completedAt = null;
        timeliness = null;
        rating = null;
        ratingComment = null;
        ratedAt = null;
    }

    /** The dossier's code, numbered in its scope (unit and day by default) after what the scope already gave out. */
    private String code(LocalDate day) {
        // DossierCodePattern renders with regular expressions and String.format: once per unit and day only
        Scope scope = scopes.computeIfAbsent(unit.code() + "/" + day, k -> new Scope(
                pattern.scope(unit.agencyId(), unit.code(), day), pattern.format(unit.agencyId(), unit.code(), day, 1)));
        long[] next = counters.computeIfAbsent(scope.scope, k -> new long[]{1});
        return scope.code(next[0]++);
    }

    /** A scope's code split around its number, and the number's width. */
    private static final class Scope {
        final String scope;
        final String prefix;
        final String suffix;
        final int width;

        Scope(String scope, String first) {
            this.scope = scope;
            int at = scope.indexOf("{seq}");
            prefix = scope.substring(0, at);
            suffix = scope.substring(at + 5);
            width = first.length() - prefix.length() - suffix.length();
            if (!code(1).equals(first)) {
                throw new IllegalStateException("cannot number " + scope + " like " + first);
            }
        }

        String code(long n) {
            String digits = Long.toString(n);
            return digits.length() >= width ? prefix + digits + suffix
                    : prefix + "0".repeat(width - digits.length()) + digits + suffix;
        }
    }

    // --- the life of the dossier ---------------------------------------------------------------------

    private void live(Instant t0) {
        boolean resultOnline = channel.equals("ONLINE") && p.level() == ServiceLevel.LEVEL_4;
        boolean mustPay = resultOnline && p.totalFees() > 0;
        for (String document : p.documents()) {
            attach(document, t0);
        }
        Instant t;
        if (channel.equals("COUNTER")) {
            status = "PROCESSING";
            startClock(t0);
            event(t0, "RECEIVE_AT_COUNTER", null, reception(), null, null);
            t = t0;
        } else {
            status = "NEW";
            event(t0, "SUBMIT", null, channel.equals("ONLINE") ? citizen() : PORTAL, null, null);
            if (mustPay) {
                pay(t0.plusSeconds(r.nextInt(120, 2400)));
            }
            Instant t1 = receptionTime(t0);
            if (t1.isAfter(now)) {
                return;
            }
            int roll = r.nextInt(1000);
            boolean owned = owner != null;
            if (roll < 30) {
                refusal = REFUSALS[r.nextInt(REFUSALS.length)];
                status = "DENIED";
                completedAt = t1;
                event(t1, "REFUSE", "NEW", reception(), null, refusal);
                return;
            }
            if (owned && roll < 60) {
                // the one-stop shop asks for more before accepting; the clock has not started
                supplementRequest = SUPPLEMENTS[r.nextInt(SUPPLEMENTS.length)];
                resumeStatus = "NEW";
                status = "WAITING_SUPPLEMENT";
                event(t1, "REQUEST_SUPPLEMENT", "NEW", reception(), null, supplementRequest);
                Instant t2 = Calendar.online(cal.addWorkingDays(Calendar.day(t1), r.nextInt(1, 6)), r);
                if (t2.isBefore(t1)) {
                    t2 = t1.plusSeconds(r.nextInt(3600, 36_000));
                }
                if (t2.isAfter(now)) {
                    supplements.add(new PortalRecords.Supplement(t1, supplementRequest, null));
                    return;
                }
                supplements.add(new PortalRecords.Supplement(t1, supplementRequest, t2));
                if (r.nextInt(4) == 0) {
                    cancel(t2, "WAITING_SUPPLEMENT");
                    return;
                }
                status = "NEW";
                resumeStatus = null;
                attach("Tài liệu bổ sung", t2);
                event(t2, "SUPPLEMENT", "WAITING_SUPPLEMENT", citizen(), null, "Đã bổ sung theo yêu cầu.");
                t1 = receptionTime(t2);
                if (t1.isAfter(now)) {
                    return;
                }
            } else if (owned && roll < 75) {
                Instant t2 = t0.plusSeconds(r.nextInt(600, 86_400));
                if (t2.isBefore(t1) && !t2.isAfter(now)) {
                    cancel(t2, "NEW");
                    return;
                }
            }
            status = "PROCESSING";
            startClock(t1);
            event(t1, "ACCEPT", "NEW", reception(), null, null);
            t = t1;
        }
        if (!process(t, resultOnline)) {
            return;
        }
        release(mustPay);
    }

    /** Through the procedure's steps; false while it is still in one. */
    private boolean process(Instant t, boolean resultOnline) {
        double pace = pace();
        List<Step> steps = p.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            stepIndex = i;
            stepUnit = step.unitCode() == null ? unit.code() : step.unitCode();
            stepRole = step.role().name();
            stepStartedOn = Calendar.day(t);
            LocalDate endDay = cal.addWorkingDays(stepStartedOn, (int) Math.round(step.budgetDays() * pace));
            Actor handler = official(stepUnit, step.role());
            if (i == 0 && owner != null && r.nextInt(100) < 5) {
                // the handler asks for a supplement; the clock stops until it comes
                Instant asked = Calendar.officeAfter(cal.addWorkingDays(stepStartedOn, r.nextInt(0, 2)), t, r);
                if (asked.isAfter(now)) {
                    return false;
                }
                supplementRequest = SUPPLEMENTS[r.nextInt(SUPPLEMENTS.length)];
                pausedOn = Calendar.day(asked);
                resumeStatus = "PROCESSING";
                status = "WAITING_SUPPLEMENT";
                event(asked, "REQUEST_SUPPLEMENT", "PROCESSING", handler, step.name(), supplementRequest);
                Instant came = Calendar.online(cal.addWorkingDays(pausedOn, r.nextInt(1, 8)), r);
                if (came.isBefore(asked)) {
                    came = asked.plusSeconds(r.nextInt(3600, 36_000));
                }
                if (came.isAfter(now)) {
                    supplements.add(new PortalRecords.Supplement(asked, supplementRequest, null));
                    return false;
                }
                supplements.add(new PortalRecords.Supplement(asked, supplementRequest, came));
                int waited = cal.workingDaysBetween(pausedOn, Calendar.day(came));
                pausedDays += waited;
                dueOn = cal.addWorkingDays(dueOn, waited);
                appointmentOn = appointmentOn.isBefore(dueOn) ? dueOn : appointmentOn;
                pausedOn = null;
                resumeStatus = null;
                status = "PROCESSING";
                attach("Tài liệu bổ sung", came);
                event(came, "SUPPLEMENT", "WAITING_SUPPLEMENT", citizen(), step.name(), "Đã bổ sung theo yêu cầu.");
                endDay = cal.addWorkingDays(endDay, waited);
                t = came;
            }
            Instant done = Calendar.officeAfter(endDay, t, r);
            if (done.isAfter(now)) {
                return false;
            }
            boolean last = i == steps.size() - 1;
            if (last && resultOnline) {
                Instant signed = done.minusSeconds(r.nextInt(60, 900));
                signResult(signed.isAfter(t) ? signed : done, handler, step.name());
            }
            if (last) {
                status = "RELEASING";
                stepIndex = steps.size();
                stepUnit = unit.code();
                stepRole = Role.RECEPTION.name();
            } else {
                stepStartedOn = Calendar.day(done);
            }
            event(done, "COMPLETE_STEP", "PROCESSING", handler, step.name(), STEP_NOTES[r.nextInt(STEP_NOTES.length)]);
            t = done;
        }
        return true;
    }

    /** The one-stop shop returns the result, maybe after an apology for being late; the citizen may rate it. */
    private void release(boolean mustPay) {
        Instant ready = lines.get(lines.size() - 1).at();
        LocalDate readyDay = Calendar.day(ready);
        LocalDate returnDay = cal.addWorkingDays(readyDay, r.nextInt(10) < 6 ? 0 : r.nextInt(1, 3));
        if (returnDay.isAfter(dueOn) && !readyDay.isAfter(dueOn) && r.nextInt(100) < 90) {
            // the one-stop shop keeps the date it gave when the result is ready in time
            returnDay = dueOn;
        }
        Instant returned = Calendar.officeAfter(returnDay, ready, r);
        if (Calendar.day(returned).isAfter(dueOn) && r.nextBoolean()) {
            Instant apology = ready.plusSeconds(r.nextInt(300, 3600));
            LocalDate promised = Calendar.day(returned);
            if (!apology.isAfter(now) && apology.isBefore(returned) && cal.isWorkingDay(promised)) {
                appointmentOn = promised;
                event(apology, "APOLOGIZE", "RELEASING", official(unit.code(), Role.LEADER), null,
                        APOLOGIES[r.nextInt(APOLOGIES.length)]);
            }
        }
        if (returned.isAfter(now) || (mustPay && !paid)) {
            return;
        }
        status = "DONE";
        completedAt = returned;
        LocalDate completedOn = Calendar.day(returned);
        int c = completedOn.compareTo(dueOn);
        timeliness = c < 0 ? "EARLY" : c == 0 ? "ON_TIME" : "LATE";
        stepUnit = null;
        stepRole = null;
        event(returned, "RETURN_RESULT", "RELEASING", reception(), null, null);
        if (owner != null && r.nextInt(100) < 40) {
            Instant at = returned.plusSeconds(r.nextInt(600, 3 * 86_400));
            if (!at.isAfter(now)) {
                int x = r.nextInt(100);
                rating = x < 62 ? "VERY_SATISFIED" : x < 92 ? "SATISFIED" : x < 98 ? "UNSATISFIED" : "VERY_UNSATISFIED";
                ratingComment = r.nextInt(4) == 0 ? COMMENTS[r.nextInt(COMMENTS.length)] : null;
                ratedAt = at;
                event(at, "RATE", "DONE", citizen(), null, rating);
            }
        }
    }

    /** Most dossiers go faster than the procedure allows; some are late; a few get stuck for months. */
    private double pace() {
        int x = r.nextInt(1000);
        return x < 850 ? 0.2 + 0.75 * r.nextDouble() : x < 940 ? 0.95 + 0.35 * r.nextDouble()
                : x < 990 ? 1.3 + 1.2 * r.nextDouble() : 3 + 20 * r.nextDouble();
    }

    private void startClock(Instant at) {
        receivedOn = Calendar.day(at);
        dueOn = cal.addWorkingDays(receivedOn, p.processingDays());
        appointmentOn = dueOn;
        Step first = p.steps().get(0);
        stepIndex = 0;
        stepUnit = first.unitCode() == null ? unit.code() : first.unitCode();
        stepRole = first.role().name();
        stepStartedOn = receivedOn;
    }

    /** When the one-stop shop gets to an online dossier: within the next working days, in office hours. */
    private Instant receptionTime(Instant submitted) {
        if (paidAt != null && paidAt.isAfter(submitted)) {
            submitted = paidAt; // paid minutes after submitting: the officer sees it paid
        }
        LocalDate d = Calendar.day(submitted);
        LocalDate day = cal.isWorkingDay(d) && r.nextBoolean() ? d : cal.addWorkingDays(d, r.nextInt(1, 3));
        return Calendar.officeAfter(day, submitted, r);
    }

    private void cancel(Instant at, String from) {
        status = "CANCELLED";
        completedAt = at;
        // as Dossier.cancel: the step and the state to resume stay as they were
        stepUnit = null;
        stepRole = null;
        event(at, "CANCEL", from, citizen(), null, CANCELS[r.nextInt(CANCELS.length)]);
    }

    /** Online payment through VNPay: now and then a first attempt fails (cancelled by the payer), then it goes through. */
    private void pay(Instant at) {
        if (at.isAfter(now)) {
            return;
        }
        int attempt = 1;
        if (r.nextInt(100) < 7) {
            Instant settled = at.plusSeconds(r.nextInt(30, 300));
            b.add(Table.PAYMENT, nextPayment++, 2L, code + "-" + attempt++, id, unit.code(), p.totalFees(), "vnpay",
                    owner, "FAILED", null, null, "24", at, settled, Calendar.day(settled));
            at = settled.plusSeconds(r.nextInt(60, 600));
        }
        Instant settled = at.plusSeconds(r.nextInt(20, 240));
        if (settled.isAfter(now)) {
            return;
        }
        transaction = Long.toString(14_000_000L + r.nextInt(86_000_000));
        String reference = code + "-" + attempt;
        b.add(Table.PAYMENT, nextPayment++, 2L, reference, id, unit.code(), p.totalFees(), "vnpay", owner, "PAID",
                transaction, BANKS[r.nextInt(BANKS.length)], null, at, settled, Calendar.day(settled));
        paid = true;
        paidAt = settled;
        event(settled, "PAY", status, citizen(), null, reference);
    }

    /** The electronic result, signed with the unit's key: its file row and the key of its QR code. */
    private void signResult(Instant at, Actor handler, String stepName) {
        resultName = "ket-qua-" + code + ".pdf";
        resultFile = nextFile++;
        b.add(Table.STORED_FILE, resultFile, resultName, "PDF", (long) r.nextInt(48_000, 140_000), fakeSha(), PDF, at);
        resultSignedAt = at;
        StringBuilder key = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            key.append(KEY_ALPHABET.charAt(r.nextInt(KEY_ALPHABET.length())));
        }
        resultKey = key.toString();
        event(at, "ATTACH_RESULT", "PROCESSING", handler, stepName, resultName);
    }

    /** A file the applicant gave for a required document: its stored row and the dossier's link to it. */
    private void attach(String document, Instant at) {
        boolean picture = document.contains("Ảnh") || document.contains("chụp");
        String kind = picture ? "PNG" : "PDF";
        String name = fileNameStems.computeIfAbsent(document, d -> People.slug(d, 60)) + (picture ? ".png" : ".pdf");
        long size = picture ? r.nextInt(150_000, 2_400_000) : (long) (40_000 * Math.exp(r.nextDouble() * 3.6));
        long file = nextFile++;
        b.add(Table.STORED_FILE, file, name, kind, size, fakeSha(), picture ? PNG : PDF, at);
        b.add(Table.ATTACHMENT, nextAttachment++, id, document, file, at);
        fileNames.add(name);
    }

    /**
     * The SHA-256 the upload would have had: 64 hex digits, different for every file. The stored
     * bytes are a placeholder; this is metadata of a file that is not kept.
     */
    private String fakeSha() {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(r.nextLong()) + hex.toHexDigits(r.nextLong()) + hex.toHexDigits(r.nextLong())
                + hex.toHexDigits(r.nextLong());
    }

    private void event(Instant at, String action, String from, Actor actor, String step, String note) {
        lines.add(new Line(at, action, status, actor, step, note));
        b.add(Table.EVENT, nextEvent++, id, at, action, from, status, actor.username(), actor.name(), actor.unitCode(),
                step, note);
        if (account && notifies(action, status)) {
            b.add(Table.NOTIFICATION, nextNotification++, owner, code, status, action, at);
        }
    }

    /** DossierChanges.notice: which changes the applicant is told of. */
    private static boolean notifies(String action, String status) {
        return switch (action) {
            case "ASSIGN", "ATTACH_RESULT", "RATE" -> false;
            case "COMPLETE_STEP" -> status.equals("RELEASING");
            default -> true;
        };
    }

    private Actor reception() {
        return official(unit.code(), Role.RECEPTION);
    }

    private Actor official(String unitCode, Role role) {
        List<Official> os = ref.officials(unitCode, role);
        Official o = os.get(r.nextInt(os.size()));
        return new Actor(o.username(), o.name(), o.unitCode());
    }

    private Actor citizen() {
        return new Actor(owner == null ? applicantId : owner, applicantName, null);
    }

    /** The online form's answers, each of its type. */
    private Map<String, String> form(String phone) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Form f : p.form()) {
            String v = switch (f.type()) {
                case CHOICE -> f.options().get(r.nextInt(f.options().size()));
                case NUMBER -> number(f.key());
                case DATE -> People.two(r.nextInt(1, 29)) + "/" + People.two(r.nextInt(1, 13)) + "/"
                        + (today.getYear() - r.nextInt(18, 70));
                case CITIZEN_ID -> applicantId;
                case PHONE -> phone != null ? phone : "0912" + (100_000 + r.nextInt(900_000));
                case ADDRESS -> f.key().equals("diaChi") ? applicantAddress : People.address(r);
                case TEXT -> text(f.key());
            };
            answers.put(f.key(), v);
        }
        return answers;
    }

    private String number(String key) {
        if (key.startsWith("von")) {
            return Long.toString((1 + r.nextInt(200)) * 50_000_000L);
        }
        if (key.startsWith("dienTich")) {
            return Integer.toString(r.nextInt(40, 400));
        }
        return Integer.toString(r.nextInt(1, 4));
    }

    private String text(String key) {
        return switch (key) {
            case "tenDoanhNghiep" -> "Công ty TNHH " + new String[]{"Minh Phát", "Đất Mũi", "Hòa Bình Xanh", "Sông Đốc",
                    "Tôm Việt", "Năm Căn", "Phú Tân"}[r.nextInt(7)] + " " + (1 + r.nextInt(99));
            case "nganhNghe" -> new String[]{"Nuôi trồng thủy sản", "Bán lẻ hàng tạp hóa", "Dịch vụ ăn uống",
                    "Chế biến thủy sản", "Vận tải hàng hóa đường bộ"}[r.nextInt(5)];
            case "maSoDoanhNghiep" -> "200" + (1_000_000 + r.nextInt(9_000_000));
            case "soGiayPhep" -> "96" + (1_000_000_000L + r.nextInt(900_000_000));
            case "quocTich" -> new String[]{"Hàn Quốc", "Nhật Bản", "Trung Quốc", "Đài Loan", "Thái Lan"}[r.nextInt(5)];
            case "viTri" -> new String[]{"Chuyên gia kỹ thuật", "Quản lý sản xuất", "Kỹ sư chế biến"}[r.nextInt(3)];
            default -> "Theo hồ sơ đính kèm";
        };
    }

    // --- the interconnection ----------------------------------------------------------------------

    /**
     * What the message log holds for a dossier from the national portal: its arrival, the receipt
     * with the province's code, and the latest state sent back with the portal's receipt for it.
     */
    private void exchange(String portalCode, Instant t0, String email, String phone, boolean postal,
                          Map<String, String> form) {
        Instant arrived = t0;
        List<PortalRecords.SubmittedFile> files = new ArrayList<>();
        for (int i = 0; i < p.documents().size(); i++) {
            files.add(new PortalRecords.SubmittedFile(p.documents().get(i), fileNames.get(i),
                    fileNames.get(i).endsWith(".png") ? PNG : PDF));
        }
        String in = uuid();
        portal.append(b, nextExchange++, "IN", "PORTAL_DOSSIER", in, portalCode, arrived, "ACCEPTED", arrived, null,
                PortalLog.submission(new PortalRecords.Submission(portalCode, p.code(), applicantName, applicantId,
                        applicantAddress, phone, email, postal, form, files), in));
        String receipt = uuid();
        Instant receiptAt = arrived.plusMillis(r.nextInt(50, 900));
        portal.append(b, nextExchange++, "OUT", "PORTAL_RECEIPT", receipt, code, receiptAt, "DELIVERED", receiptAt.plusMillis(300), null,
                PortalLog.receipt(new PortalRecords.Receipt(receipt, in, true, code, null)));
        Line last = lines.get(lines.size() - 1);
        if (lines.size() < 2) {
            return; // still new: the portal already knows it as submitted
        }
        String sync = uuid();
        Instant sent = last.at().plusMillis(r.nextInt(200, 3000));
        Instant answered = sent.plusMillis(r.nextInt(500, 4000));
        if (answered.isAfter(now)) {
            return;
        }
        List<PortalRecords.Progress> progress = new ArrayList<>();
        for (Line l : lines) {
            progress.add(new PortalRecords.Progress(l.actor().name(), l.step() == null ? l.action() : l.step(), l.at(),
                    l.note(), portalStatuses.codeOf(l.to())));
        }
        PortalRecords.Paid payment = paid ? new PortalRecords.Paid(transaction, p.totalFees(), paidAt, applicantName,
                applicantId, applicantAddress) : null;
        PortalRecords.DossierSync record = new PortalRecords.DossierSync(sync, code, p.code(), p.name(), p.fieldCode(),
                applicantName, 1, start(receivedOn), start(appointmentOn != null ? appointmentOn : dueOn),
                portalStatuses.codeOf(status), completedAt, postal ? 1 : 0, unit.name(), fileNames,
                p.fees().stream().map(f -> new PortalRecords.Fee(f.name(), f.amount())).toList(),
                resultName == null ? List.of() : List.of(resultName), progress, supplements, payment);
        portal.append(b, nextExchange++, "OUT", "PORTAL_DOSSIER", sync, code, sent, "ACKNOWLEDGED", answered, "receipt",
                PortalLog.sync(record));
        String ack = uuid();
        portal.append(b, nextExchange++, "IN", "PORTAL_RECEIPT", ack, sync, answered, "ACCEPTED", answered, null,
                PortalLog.receipt(new PortalRecords.Receipt(ack, sync, true, null, null)));
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : Calendar.at(day, 0);
    }

    private String uuid() {
        // a version 4 UUID from the run's generator: SecureRandom would be the slowest part of the log
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
