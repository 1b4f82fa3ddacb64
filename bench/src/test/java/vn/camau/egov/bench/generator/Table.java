package vn.camau.egov.bench.generator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A table the generator writes, with its columns and their types in the order rows hold them, in
 * the order a batch must write them (a row's references before the row). Types: L bigint, I integer,
 * S text, B boolean, T timestamp (an Instant, stored as UTC wall-clock time like the application's
 * InstantConverter), D date, X binary.
 */
public enum Table {
    STORED_FILE("stored_file", "id name kind size_bytes sha256 content created_at", "LSSLSXT"),
    DOSSIER("dossier", "id version code procedure_version_id unit_id channel status applicant_name applicant_citizen_id "
            + "applicant_email applicant_phone applicant_address owner_username submitted_at received_on due_on "
            + "appointment_on paused_days paused_on resume_status step_index step_unit_code step_role step_started_on "
            + "assignee supplement_request refusal_reason result_file_id fee_total paid completed_at completed_on "
            + "timeliness rating rating_comment rated_at postal_delivery result_signer result_signed_at result_key portal_code",
            "LLSLLSSSSSSSSTDDDIDSISSDSSSLLBTDSSSTBSTSS"),
    FORM_VALUE("dossier_form_value", "dossier_id field_key field_value", "LSS"),
    ATTACHMENT("dossier_attachment", "id dossier_id document_name file_id added_at", "LLSLT"),
    EVENT("dossier_event", "id dossier_id occurred_at action from_status to_status actor_username actor_name unit_code "
            + "step_name note", "LLTSSSSSSSS"),
    PAYMENT("payment", "id version reference dossier_id unit_code amount provider payer_username status "
            + "provider_transaction bank_code failure_code created_at settled_at settled_on", "LLSLSLSSSSSSTTD"),
    NOTIFICATION("dossier_notification", "id username dossier_code status action created_at", "LSSSST"),
    EXCHANGE("exchange_log", "id seal_seq version direction kind message_id peer_agency_id document_id status_code "
            + "created_at created_on state state_at detail signature_valid payload payload_sha256 previous_hash chain_hash",
            "LLLSSSSSSTDSTSBXSSS");

    public final String name;
    public final String types;
    public final String insert;

    Table(String name, String columns, String types) {
        String[] cols = columns.split(" ");
        if (cols.length != types.length()) {
            throw new IllegalStateException(name + ": " + cols.length + " columns, " + types.length() + " types");
        }
        this.name = name;
        this.types = types;
        this.insert = "INSERT INTO " + name + " (" + String.join(", ", cols) + ") VALUES ("
                + "?, ".repeat(cols.length - 1) + "?)";
    }

    /** Binds one row's values, by their column's type. */
    public void bind(PreparedStatement s, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            int p = i + 1;
            switch (types.charAt(i)) {
                case 'L' -> {
                    if (v == null) {
                        s.setNull(p, Types.BIGINT);
                    } else {
                        s.setLong(p, (Long) v);
                    }
                }
                case 'I' -> s.setInt(p, (Integer) v);
                case 'S' -> {
                    if (v == null) {
                        s.setNull(p, Types.VARCHAR);
                    } else {
                        s.setString(p, (String) v);
                    }
                }
                case 'B' -> {
                    if (v == null) {
                        s.setNull(p, Types.BOOLEAN);
                    } else {
                        s.setBoolean(p, (Boolean) v);
                    }
                }
                case 'T' -> {
                    if (v == null) {
                        s.setNull(p, Types.TIMESTAMP);
                    } else {
                        s.setObject(p, LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC));
                    }
                }
                case 'D' -> {
                    if (v == null) {
                        s.setNull(p, Types.DATE);
                    } else {
                        s.setObject(p, (LocalDate) v);
                    }
                }
                case 'X' -> s.setBytes(p, (byte[]) v);
                default -> throw new IllegalStateException("type " + types.charAt(i));
            }
        }
    }
}
