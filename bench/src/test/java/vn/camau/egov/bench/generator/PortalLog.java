package vn.camau.egov.bench.generator;

import vn.camau.egov.exchange.domain.PortalRecords;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * The interconnection's message log for dossiers that came from the National Public Service Portal,
 * as the platform writes it: the portal's dossier (HoSoDVCQG, in), the province's receipt with its
 * code (out), the dossier's latest state (DongBoHoSo, out) and the portal's receipt for it (in).
 * Entries are written sealed: they continue the log's hash chain from its head, numbered without
 * gaps, so "Kiểm tra toàn vẹn nhật ký" still finds it intact.
 * <p>
 * The records are written as {@link PortalRecords} writes them and the platform serialises them
 * (checked against it at start: {@link #selfCheck}), but not signed: the generator has no unit's
 * key. The log verifies hashes, not signatures, so nothing the application does with the log
 * depends on it; signature_valid is left null ("nothing to check") on the incoming entries.
 */
public final class PortalLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>";

    private final String portalAgency;
    private final MessageDigest sha;
    private long seq;
    private String previousHash;
    private int written;

    public PortalLog(String portalAgency, long lastSeq, String lastHash) {
        this.portalAgency = portalAgency;
        this.seq = lastSeq;
        this.previousHash = lastHash;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long lastSeq() {
        return seq;
    }

    public String lastHash() {
        return previousHash;
    }

    public int written() {
        return written;
    }

    /**
     * Appends one entry after the chain's head; the row is what LoggedMessage stores, sealed.
     *
     * @param id      the entry's id, from the range of exchange_log_seq the load reserved
     * @param stateAt when the entry reached its state (delivered, acknowledged...)
     */
    public void append(Batch b, long id, String direction, String kind, String messageId, String documentId, Instant createdAt,
                       String state, Instant stateAt, String detail, byte[] payload) {
        long s = ++seq;
        String payloadSha = hex(payload);
        // LoggedMessage.chainHash(), over the time as the database gives it back (microseconds)
        String content = String.join("|", previousHash, String.valueOf(s), direction, kind, messageId, portalAgency,
                String.valueOf(documentId), "null", createdAt.toString(), payloadSha);
        String chain = hex(content.getBytes(StandardCharsets.UTF_8));
        // @Version: 1 when logged, and one more for each state it moved to since (queued → delivered → acknowledged)
        long version = state.equals("ACKNOWLEDGED") ? 3 : state.equals("DELIVERED") ? 2 : 1;
        b.add(Table.EXCHANGE, id, s, version, direction, kind, messageId, portalAgency, documentId, null, createdAt,
                Calendar.day(createdAt), state, stateAt, detail, null, payload, payloadSha, previousHash, chain);
        previousHash = chain;
        written++;
    }

    private String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha.digest(bytes));
    }

    // --- the records, as PortalRecords.write and SecureXml.serialize make them --------------------

    public static byte[] submission(PortalRecords.Submission s, String messageId) {
        Xml x = new Xml("HoSoDVCQG", messageId);
        x.text("MaHoSoQG", s.portalCode()).text("MaTTHC", s.procedureCode());
        x.open("ChuHoSo").text("HoTen", s.fullName()).text("SoGiayTo", s.idNumber()).text("DiaChi", s.address())
                .text("SoDienThoai", s.phone()).text("Email", s.email()).close("ChuHoSo");
        x.text("HinhThuc", s.postal() ? "1" : "0");
        x.open("TruongThongTin");
        // Map.copyOf in the record: its own order, which PortalRecords follows too
        for (Map.Entry<String, String> f : s.fields().entrySet()) {
            x.open("Truong").text("Ma", f.getKey()).text("GiaTri", f.getValue()).close("Truong");
        }
        x.close("TruongThongTin").open("TaiLieuNop");
        for (PortalRecords.SubmittedFile f : s.files()) {
            x.open("TepDinhKem").text("TenGiayTo", f.document()).text("TenTepDinhKem", f.name())
                    .text("NoiDung", Base64.getEncoder().encodeToString(f.content())).close("TepDinhKem");
        }
        return x.close("TaiLieuNop").end();
    }

    public static byte[] sync(PortalRecords.DossierSync d) {
        Xml x = new Xml("DongBoHoSo", d.messageId());
        x.text("MaHoSo", d.code()).text("MaTTHC", d.procedureCode()).text("TenTTHC", d.procedureName())
                .text("MaLinhVuc", d.field()).text("ChuHoSo", d.owner()).text("LoaiDoiTuong", String.valueOf(d.ownerKind()))
                .text("NgayTiepNhan", time(d.received())).text("NgayHenTra", time(d.due()))
                .text("TrangThaiHoSo", d.status()).text("NgayTra", time(d.returned()))
                .text("HinhThuc", String.valueOf(d.delivery())).text("DonViXuLy", d.unit());
        x.open("TaiLieuNop");
        d.files().forEach(f -> x.open("TepDinhKem").text("TenTepDinhKem", f).close("TepDinhKem"));
        x.close("TaiLieuNop").open("DanhSachLePhi");
        d.fees().forEach(f -> x.open("LePhi").text("TenLePhi", f.name()).text("MucPhi", String.valueOf(f.amount()))
                .close("LePhi"));
        x.close("DanhSachLePhi").open("DanhSachHoSoBoSung");
        d.supplements().forEach(b -> x.open("HoSoBoSung").text("NgayYeuCau", time(b.requested()))
                .text("NoiDungYeuCau", b.request()).text("NgayBoSung", time(b.supplied())).close("HoSoBoSung"));
        x.close("DanhSachHoSoBoSung");
        if (d.payment() != null) {
            PortalRecords.Paid p = d.payment();
            x.open("ThanhToan").text("MaGiaoDich", p.transaction()).text("SoTien", String.valueOf(p.amount()))
                    .text("ThoiDiem", time(p.at())).text("NguoiNop", p.payer()).text("SoGiayTo", p.idNumber())
                    .text("DiaChi", p.address()).close("ThanhToan");
        }
        x.open("DanhSachGiayToKetQua");
        d.results().forEach(r -> x.open("GiayToKetQua").text("TenGiayTo", r).close("GiayToKetQua"));
        x.close("DanhSachGiayToKetQua").open("QuaTrinhXuLy");
        d.progress().forEach(p -> x.open("BuocXuLy").text("NguoiXuLy", p.handler()).text("TenBuoc", p.step())
                .text("ThoiDiem", time(p.at())).text("NoiDung", p.content()).text("TrangThai", p.status())
                .close("BuocXuLy"));
        return x.close("QuaTrinhXuLy").end();
    }

    public static byte[] receipt(PortalRecords.Receipt r) {
        return new Xml("KetQuaDongBo", r.messageId()).text("MaThongDiepTraLoi", r.answersMessageId())
                .text("KetQua", r.ok() ? "1" : "0").text("MaHoSo", r.code()).text("MoTa", r.description()).end();
    }

    private static String time(Instant t) {
        return t == null ? null : TIME.format(LocalDateTime.ofInstant(t, Calendar.ZONE));
    }

    /**
     * Compares what this class writes with what the platform writes (PortalRecords and SecureXml),
     * on the given records: the log must hold what the platform would have sent.
     */
    public static void selfCheck(PortalRecords.Submission s, PortalRecords.DossierSync d, PortalRecords.Receipt r) {
        check("HoSoDVCQG", submission(s, "check"), PortalRecords.write(s, "check"));
        check("DongBoHoSo", sync(d), PortalRecords.write(d));
        check("KetQuaDongBo", receipt(r), PortalRecords.write(r));
    }

    private static void check(String what, byte[] mine, org.w3c.dom.Document theirs) {
        byte[] expected = vn.camau.egov.exchange.domain.SecureXml.serialize(theirs);
        if (!java.util.Arrays.equals(mine, expected)) {
            throw new IllegalStateException(what + " differs from the platform's:\n  generator: "
                    + new String(mine, StandardCharsets.UTF_8) + "\n  platform:  " + new String(expected, StandardCharsets.UTF_8));
        }
    }

    /** Just enough of an XML writer for these records: elements and escaped text. */
    private static final class Xml {
        private final StringBuilder s = new StringBuilder(2048);
        private final String root;

        Xml(String root, String id) {
            this.root = root;
            s.append(HEAD).append('<').append(root).append(" xmlns=\"").append(PortalRecords.NS).append("\" id=\"");
            escape(id, true);
            s.append("\">");
        }

        Xml open(String name) {
            s.append('<').append(name).append('>');
            return this;
        }

        Xml close(String name) {
            String opened = "<" + name + ">";
            int empty = s.length() - opened.length();
            if (empty >= 0 && s.indexOf(opened, empty) == empty) {
                // nothing inside: the serialiser writes it as an empty element
                s.setLength(empty);
                s.append('<').append(name).append("/>");
            } else {
                s.append("</").append(name).append('>');
            }
            return this;
        }

        Xml text(String name, String value) {
            if (value != null) {
                s.append('<').append(name).append('>');
                escape(value, false);
                s.append("</").append(name).append('>');
            }
            return this;
        }

        byte[] end() {
            s.append("</").append(root).append('>');
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }

        private void escape(String v, boolean attribute) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '&' -> s.append("&amp;");
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '"' -> s.append(attribute ? "&quot;" : "\"");
                    case '\r' -> s.append("&#13;");
                    default -> s.append(c);
                }
            }
        }
    }
}
