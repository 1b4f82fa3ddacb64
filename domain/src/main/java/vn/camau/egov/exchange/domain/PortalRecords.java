package vn.camau.egov.exchange.domain;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records exchanged with the National Public Service Portal over the hub, with OpenCPS's field
 * names: a dossier's sync record (DongBoHoSo), a procedure of the catalogue (DongBoTTHC), a dossier
 * a citizen submitted on the portal (HoSoDVCQG), and the receipt either side sends for a record
 * (KetQuaDongBo). Written strictly, read leniently (any namespace), problems reported by field.
 */
public final class PortalRecords {

    public static final String NS = "http://dichvucong.gov.vn/dongbo/1.0";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private PortalRecords() {
    }

    /** What a record on the wire is, by its root element. */
    public static MessageKind kindOf(Document xml) {
        return switch (xml.getDocumentElement().getLocalName()) {
            case "DongBoHoSo", "HoSoDVCQG" -> MessageKind.PORTAL_DOSSIER;
            case "DongBoTTHC" -> MessageKind.PORTAL_CATALOG;
            case "KetQuaDongBo" -> MessageKind.PORTAL_RECEIPT;
            default -> null;
        };
    }

    /** A progress entry of a dossier: who did which step when, and what came of it. */
    public record Progress(String handler, String step, Instant at, String content, String status) implements Serializable {
    }

    /** A fee line. */
    public record Fee(String name, long amount) implements Serializable {
    }

    /** A supplement asked of the applicant: when, what, and when it came (null while awaited). */
    public record Supplement(Instant requested, String request, Instant supplied) implements Serializable {
    }

    /** A fee paid online: the provider's transaction, the amount, when, and who paid (name, ID number, address). */
    public record Paid(String transaction, long amount, Instant at, String payer, String idNumber, String address)
            implements Serializable {
    }

    /** A dossier's state, as the portal keeps it. */
    public record DossierSync(String messageId, String code, String procedureCode, String procedureName, String field,
                              String owner, int ownerKind, Instant received, Instant due, String status,
                              Instant returned, int delivery, String unit, List<String> files, List<Fee> fees,
                              List<String> results, List<Progress> progress, List<Supplement> supplements,
                              Paid payment) implements Serializable {
        public DossierSync {
            files = List.copyOf(files);
            fees = List.copyOf(fees);
            results = List.copyOf(results);
            progress = List.copyOf(progress);
            supplements = List.copyOf(supplements);
        }
    }

    /** A procedure of the province's catalogue. */
    public record ProcedureSync(String messageId, String code, String name, String field, int level, String unit,
                                int days, long fee, boolean active) implements Serializable {
    }

    /** A file a citizen submitted on the portal, under the document of the procedure it answers. */
    public record SubmittedFile(String document, String name, byte[] content) implements Serializable {
    }

    /** A dossier submitted on the national portal, for the province to process. */
    public record Submission(String portalCode, String procedureCode, String fullName, String idNumber, String address,
                             String phone, String email, boolean postal, Map<String, String> fields,
                             List<SubmittedFile> files) implements Serializable {
        public Submission {
            fields = Map.copyOf(fields);
            files = List.copyOf(files);
        }
    }

    /** The answer to a record: taken (with the receiver's code for it, if any) or refused, and why. */
    public record Receipt(String messageId, String answersMessageId, boolean ok, String code, String description)
            implements Serializable {
    }

    // --- writing -------------------------------------------------------------------------------

    public static Document write(DossierSync d) {
        Document xml = SecureXml.newDocument();
        Element root = root(xml, "DongBoHoSo", d.messageId());
        text(root, "MaHoSo", d.code());
        text(root, "MaTTHC", d.procedureCode());
        text(root, "TenTTHC", d.procedureName());
        text(root, "MaLinhVuc", d.field());
        text(root, "ChuHoSo", d.owner());
        text(root, "LoaiDoiTuong", String.valueOf(d.ownerKind()));
        text(root, "NgayTiepNhan", time(d.received()));
        text(root, "NgayHenTra", time(d.due()));
        text(root, "TrangThaiHoSo", d.status());
        text(root, "NgayTra", time(d.returned()));
        text(root, "HinhThuc", String.valueOf(d.delivery()));
        text(root, "DonViXuLy", d.unit());
        Element files = add(root, "TaiLieuNop");
        d.files().forEach(f -> text(add(files, "TepDinhKem"), "TenTepDinhKem", f));
        Element fees = add(root, "DanhSachLePhi");
        d.fees().forEach(f -> {
            Element fee = add(fees, "LePhi");
            text(fee, "TenLePhi", f.name());
            text(fee, "MucPhi", String.valueOf(f.amount()));
        });
        Element supplements = add(root, "DanhSachHoSoBoSung");
        d.supplements().forEach(b -> {
            Element supplement = add(supplements, "HoSoBoSung");
            text(supplement, "NgayYeuCau", time(b.requested()));
            text(supplement, "NoiDungYeuCau", b.request());
            text(supplement, "NgayBoSung", time(b.supplied()));
        });
        if (d.payment() != null) {
            Element paid = add(root, "ThanhToan");
            text(paid, "MaGiaoDich", d.payment().transaction());
            text(paid, "SoTien", String.valueOf(d.payment().amount()));
            text(paid, "ThoiDiem", time(d.payment().at()));
            text(paid, "NguoiNop", d.payment().payer());
            text(paid, "SoGiayTo", d.payment().idNumber());
            text(paid, "DiaChi", d.payment().address());
        }
        Element results = add(root, "DanhSachGiayToKetQua");
        d.results().forEach(r -> text(add(results, "GiayToKetQua"), "TenGiayTo", r));
        Element progress = add(root, "QuaTrinhXuLy");
        d.progress().forEach(p -> {
            Element step = add(progress, "BuocXuLy");
            text(step, "NguoiXuLy", p.handler());
            text(step, "TenBuoc", p.step());
            text(step, "ThoiDiem", time(p.at()));
            text(step, "NoiDung", p.content());
            text(step, "TrangThai", p.status());
        });
        return xml;
    }

    public static Document write(ProcedureSync p) {
        Document xml = SecureXml.newDocument();
        Element root = root(xml, "DongBoTTHC", p.messageId());
        text(root, "MaTTHC", p.code());
        text(root, "TenTTHC", p.name());
        text(root, "MaLinhVuc", p.field());
        text(root, "MucDo", String.valueOf(p.level()));
        text(root, "CoQuanThucHien", p.unit());
        text(root, "ThoiHanGiaiQuyet", String.valueOf(p.days()));
        text(root, "PhiLePhi", String.valueOf(p.fee()));
        text(root, "TrangThai", p.active() ? "1" : "0");
        return xml;
    }

    public static Document write(Submission s, String messageId) {
        Document xml = SecureXml.newDocument();
        Element root = root(xml, "HoSoDVCQG", messageId);
        text(root, "MaHoSoQG", s.portalCode());
        text(root, "MaTTHC", s.procedureCode());
        Element owner = add(root, "ChuHoSo");
        text(owner, "HoTen", s.fullName());
        text(owner, "SoGiayTo", s.idNumber());
        text(owner, "DiaChi", s.address());
        text(owner, "SoDienThoai", s.phone());
        text(owner, "Email", s.email());
        text(root, "HinhThuc", s.postal() ? "1" : "0");
        Element fields = add(root, "TruongThongTin");
        s.fields().forEach((k, v) -> {
            Element f = add(fields, "Truong");
            text(f, "Ma", k);
            text(f, "GiaTri", v);
        });
        Element files = add(root, "TaiLieuNop");
        s.files().forEach(f -> {
            Element file = add(files, "TepDinhKem");
            text(file, "TenGiayTo", f.document());
            text(file, "TenTepDinhKem", f.name());
            text(file, "NoiDung", Base64.getEncoder().encodeToString(f.content()));
        });
        return xml;
    }

    public static Document write(Receipt r) {
        Document xml = SecureXml.newDocument();
        Element root = root(xml, "KetQuaDongBo", r.messageId());
        text(root, "MaThongDiepTraLoi", r.answersMessageId());
        text(root, "KetQua", r.ok() ? "1" : "0");
        text(root, "MaHoSo", r.code());
        text(root, "MoTa", r.description());
        return xml;
    }

    // --- reading -------------------------------------------------------------------------------

    /** @throws EdxmlException with every problem */
    public static DossierSync readDossierSync(Document xml) {
        Element root = xml.getDocumentElement();
        List<EdxmlProblem> problems = new ArrayList<>();
        require(problems, root, "MaHoSo");
        require(problems, root, "TrangThaiHoSo");
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        List<Progress> progress = new ArrayList<>();
        Element steps = first(root, "QuaTrinhXuLy");
        if (steps != null) {
            for (Element s : children(steps, "BuocXuLy")) {
                progress.add(new Progress(value(s, "NguoiXuLy"), value(s, "TenBuoc"), parseTime(value(s, "ThoiDiem")),
                        value(s, "NoiDung"), value(s, "TrangThai")));
            }
        }
        List<String> files = new ArrayList<>();
        Element submitted = first(root, "TaiLieuNop");
        if (submitted != null) {
            children(submitted, "TepDinhKem").forEach(f -> files.add(value(f, "TenTepDinhKem")));
        }
        return new DossierSync(root.getAttribute("id"), value(root, "MaHoSo"), value(root, "MaTTHC"), value(root, "TenTTHC"),
                value(root, "MaLinhVuc"), value(root, "ChuHoSo"), integer(value(root, "LoaiDoiTuong")),
                parseTime(value(root, "NgayTiepNhan")), parseTime(value(root, "NgayHenTra")), value(root, "TrangThaiHoSo"),
                parseTime(value(root, "NgayTra")), integer(value(root, "HinhThuc")), value(root, "DonViXuLy"), files,
                List.of(), List.of(), progress, supplements(root), paid(first(root, "ThanhToan")));
    }

    private static List<Supplement> supplements(Element root) {
        List<Supplement> found = new ArrayList<>();
        Element list = first(root, "DanhSachHoSoBoSung");
        if (list != null) {
            for (Element b : children(list, "HoSoBoSung")) {
                found.add(new Supplement(parseTime(value(b, "NgayYeuCau")), value(b, "NoiDungYeuCau"),
                        parseTime(value(b, "NgayBoSung"))));
            }
        }
        return found;
    }

    private static Paid paid(Element e) {
        return e == null ? null : new Paid(value(e, "MaGiaoDich"), Long.parseLong(value(e, "SoTien") == null ? "0"
                : value(e, "SoTien")), parseTime(value(e, "ThoiDiem")), value(e, "NguoiNop"), value(e, "SoGiayTo"),
                value(e, "DiaChi"));
    }

    /** @throws EdxmlException with every problem */
    public static Submission readSubmission(Document xml) {
        Element root = xml.getDocumentElement();
        List<EdxmlProblem> problems = new ArrayList<>();
        require(problems, root, "MaHoSoQG");
        require(problems, root, "MaTTHC");
        Element owner = first(root, "ChuHoSo");
        if (owner == null) {
            problems.add(EdxmlProblem.missing("ChuHoSo"));
        } else {
            require(problems, owner, "HoTen");
            require(problems, owner, "SoGiayTo");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Element fieldList = first(root, "TruongThongTin");
        if (fieldList != null) {
            for (Element f : children(fieldList, "Truong")) {
                if (value(f, "Ma") != null) {
                    fields.put(value(f, "Ma"), value(f, "GiaTri") == null ? "" : value(f, "GiaTri"));
                }
            }
        }
        List<SubmittedFile> files = new ArrayList<>();
        Element fileList = first(root, "TaiLieuNop");
        int n = 0;
        if (fileList != null) {
            for (Element f : children(fileList, "TepDinhKem")) {
                n++;
                try {
                    String content = value(f, "NoiDung");
                    files.add(new SubmittedFile(value(f, "TenGiayTo"), value(f, "TenTepDinhKem"),
                            content == null ? new byte[0] : Base64.getMimeDecoder().decode(content)));
                } catch (IllegalArgumentException e) {
                    problems.add(EdxmlProblem.mismatch("TaiLieuNop.TepDinhKem[" + n + "].NoiDung", "not base64"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        return new Submission(value(root, "MaHoSoQG"), value(root, "MaTTHC"), value(owner, "HoTen"), value(owner, "SoGiayTo"),
                value(owner, "DiaChi"), value(owner, "SoDienThoai"), value(owner, "Email"), "1".equals(value(root, "HinhThuc")),
                fields, files);
    }

    /** @throws EdxmlException with every problem */
    public static Receipt readReceipt(Document xml) {
        Element root = xml.getDocumentElement();
        List<EdxmlProblem> problems = new ArrayList<>();
        require(problems, root, "MaThongDiepTraLoi");
        require(problems, root, "KetQua");
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        return new Receipt(root.getAttribute("id"), value(root, "MaThongDiepTraLoi"), "1".equals(value(root, "KetQua")),
                value(root, "MaHoSo"), value(root, "MoTa"));
    }

    /** What a record is about, for the log: the dossier's or the procedure's code. */
    public static String subjectOf(Document xml) {
        Element root = xml.getDocumentElement();
        for (String name : List.of("MaHoSoQG", "MaHoSo", "MaThongDiepTraLoi", "MaTTHC")) {
            String v = value(root, name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The procedure a submitted dossier is for, whatever else is wrong with it. */
    public static String procedureOf(Document xml) {
        return value(xml.getDocumentElement(), "MaTTHC");
    }

    /** The id a record carries, whatever else is wrong with it. */
    public static String idOf(Document xml) {
        String id = xml.getDocumentElement().getAttribute("id");
        return id == null || id.isBlank() ? null : id;
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Element root(Document xml, String name, String id) {
        Element root = xml.createElementNS(NS, name);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
        root.setAttribute("id", id);
        xml.appendChild(root);
        return root;
    }

    private static Element add(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, String value) {
        if (value != null) {
            add(parent, name).setTextContent(value);
        }
    }

    private static String time(Instant t) {
        return t == null ? null : TIME.format(LocalDateTime.ofInstant(t, Edxml.ZONE));
    }

    private static Instant parseTime(String s) {
        try {
            return s == null ? null : LocalDateTime.parse(s, TIME).atZone(Edxml.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int integer(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void require(List<EdxmlProblem> problems, Element parent, String name) {
        if (value(parent, name) == null) {
            problems.add(EdxmlProblem.missing(parent == null ? name : parent.getLocalName() + "." + name));
        }
    }

    private static Element first(Element parent, String name) {
        return parent == null ? null : Edxml.first(parent, name);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String value(Element parent, String name) {
        Element e = first(parent, name);
        if (e == null) {
            return null;
        }
        String text = e.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }
}
