package vn.camau.egov.bench.generator;

import vn.camau.egov.catalog.domain.FieldType;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.shared.domain.WorkingCalendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generated dossiers refer to, read from the database the application migrated and filled
 * with its demo data: units with procedures (their current versions, steps, documents, form fields,
 * fees), officials by unit and role, the citizens' accounts, the holidays and the code counters.
 * Nothing is hard-coded that the catalogue already says.
 */
public final class Reference {

    public record Unit(long id, String code, String name, String agencyId, List<Procedure> procedures) {
    }

    public record Step(String name, String unitCode, Role role, int budgetDays) {
    }

    public record Form(String key, String label, FieldType type, List<String> options, boolean required) {
    }

    public record Fee(String name, long amount) {
    }

    public record Procedure(long versionId, String code, String name, String fieldCode, ServiceLevel level,
                            int processingDays, long totalFees, List<Step> steps, List<String> documents,
                            List<Form> form, List<Fee> fees) {
    }

    /** Who acts on a dossier: an official of the demo, or one made up for a unit that has none in that role. */
    public record Official(String username, String name, String unitCode) {
    }

    public record Citizen(String username, String name, String citizenId, String email, String phone) {
    }

    public final List<Unit> units = new ArrayList<>();
    public final Map<String, Unit> unitsByCode = new HashMap<>();
    public final Map<String, String> unitNames = new HashMap<>();
    public final Map<String, List<Official>> officials = new HashMap<>();
    public final List<Citizen> citizens = new ArrayList<>();
    public final Map<String, Long> codeCounters = new HashMap<>();
    public WorkingCalendar calendar;
    public String provinceName;

    public static Reference load(Connection c) throws SQLException {
        Reference r = new Reference();
        r.read(c);
        return r;
    }

    private void read(Connection c) throws SQLException {
        Map<Long, String[]> unitRows = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, code, name, agency_id, parent_id FROM unit WHERE active ORDER BY id")) {
            while (rs.next()) {
                unitRows.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4)});
                unitNames.put(rs.getString(2), rs.getString(3));
                if (rs.getObject(5) == null) {
                    provinceName = rs.getString(3);
                }
            }
        }
        Map<Long, List<Step>> steps = new HashMap<>();
        query(c, "SELECT version_id, name, unit_code, role, budget_days FROM catalog_step ORDER BY version_id, position",
                rs -> steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Step(rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)), rs.getInt(5))));
        Map<Long, List<String>> documents = new HashMap<>();
        query(c, "SELECT version_id, name FROM catalog_document ORDER BY version_id, position",
                rs -> documents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<Long, List<Form>> forms = new HashMap<>();
        query(c, "SELECT version_id, field_key, label, field_type, options, required FROM catalog_form_field "
                        + "ORDER BY version_id, position",
                rs -> forms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Form(rs.getString(2),
                        rs.getString(3), FieldType.valueOf(rs.getString(4)), options(rs.getString(5)), rs.getBoolean(6))));
        Map<Long, List<Fee>> fees = new HashMap<>();
        query(c, "SELECT version_id, name, amount FROM catalog_fee ORDER BY version_id, position",
                rs -> fees.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Fee(rs.getString(2), rs.getLong(3))));
        Map<Long, List<Procedure>> byUnit = new HashMap<>();
        // the current version of every active procedure: what a dossier is submitted against
        query(c, "SELECT p.unit_id, v.id, p.code, v.name, f.code, v.service_level, v.processing_days, p.total_fees "
                        + "FROM catalog_procedure p JOIN catalog_procedure_version v ON v.id = p.current_version_id "
                        + "JOIN catalog_field f ON f.id = v.field_id WHERE p.active ORDER BY p.id",
                rs -> {
                    long version = rs.getLong(2);
                    List<Step> st = steps.getOrDefault(version, List.of());
                    if (st.isEmpty()) {
                        return; // a dossier cannot be accepted without a step: the application would refuse it too
                    }
                    byUnit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Procedure(version,
                            rs.getString(3), rs.getString(4), rs.getString(5), ServiceLevel.valueOf(rs.getString(6)),
                            rs.getInt(7), rs.getLong(8), st, documents.getOrDefault(version, List.of()),
                            forms.getOrDefault(version, List.of()), fees.getOrDefault(version, List.of())));
                });
        unitRows.forEach((id, u) -> {
            List<Procedure> ps = byUnit.get(id);
            if (ps != null) {
                Unit unit = new Unit(id, u[0], u[1], u[2], List.copyOf(ps));
                units.add(unit);
                unitsByCode.put(unit.code(), unit);
            }
        });
        if (units.isEmpty()) {
            throw new IllegalStateException("no unit has an active procedure: start the server once in demo mode "
                    + "(-Degov.demo=true) so it loads its units and catalogue, then stop it and run the generator");
        }
        query(c, "SELECT a.username, o.full_name, u.code, r.role FROM official o JOIN account a ON a.id = o.account_id "
                        + "JOIN unit u ON u.id = o.unit_id JOIN account_role r ON r.account_id = a.id WHERE a.enabled "
                        + "ORDER BY a.username",
                rs -> officials.computeIfAbsent(rs.getString(3) + "/" + rs.getString(4), k -> new ArrayList<>())
                        .add(new Official(rs.getString(1), rs.getString(2), rs.getString(3))));
        query(c, "SELECT a.username, ap.full_name, ap.citizen_id, ap.email, ap.phone FROM applicant ap "
                        + "JOIN account a ON a.id = ap.account_id WHERE ap.kind = 'CITIZEN' AND ap.citizen_id IS NOT NULL "
                        + "AND a.enabled ORDER BY a.username",
                rs -> citizens.add(new Citizen(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))));
        Set<LocalDate> holidays = new HashSet<>();
        query(c, "SELECT holiday_date FROM holiday", rs -> holidays.add(rs.getObject(1, LocalDate.class)));
        calendar = new WorkingCalendar(holidays);
        query(c, "SELECT scope, next_value FROM code_counter", rs -> codeCounters.put(rs.getString(1), rs.getLong(2)));
    }

    /** The officials of a unit in a role; the same made-up one each time for a unit that has none. */
    public List<Official> officials(String unitCode, Role role) {
        return officials.computeIfAbsent(unitCode + "/" + role, k -> List.of(new Official(
                role.name().toLowerCase(java.util.Locale.ROOT) + "." + unitCode.toLowerCase(java.util.Locale.ROOT),
                People.officialName(k), unitCode)));
    }

    private static List<String> options(String options) {
        // stored joined with '|' (FormField)
        return options == null || options.isBlank() ? List.of() : Arrays.asList(options.split("\\|"));
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }
}
