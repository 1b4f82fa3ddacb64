package vn.camau.egov.exchange.domain;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.shared.domain.FileKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads edXML messages: official documents (edXMLEnvelope with header, trace,
 * business information, manifest, and the base64 attachments after it) and status messages (a
 * SOAP envelope whose header holds edXML:Status). Writes strictly, with the {@code edXML} prefix;
 * reads leniently where peers differ (any prefix or the default namespace, two date orders), then
 * checks the standard's rules and reports every problem with its kind.
 */
public final class Edxml {

    public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final DateTimeFormatter TIME_DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter DATE_DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Edxml() {
    }

    /** What a message on the wire is. */
    public enum Kind { DOCUMENT, STATUS }

    public static Kind kindOf(Document xml) {
        String root = xml.getDocumentElement().getLocalName();
        if ("Envelope".equals(root) && status(xml) != null) {
            return Kind.STATUS;
        }
        if ("edXML".equals(root) || "edXMLEnvelope".equals(root)) {
            return Kind.DOCUMENT;
        }
        throw new EdxmlException(EdxmlProblem.mismatch("Message", "neither an edXML document nor a status: " + root));
    }

    // --- writing -------------------------------------------------------------------------------

    public static Document write(EdxmlDocument d) {
        Document xml = SecureXml.newDocument();
        Element root = xml.createElementNS(NS, "edXML");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:edXML", NS);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", XLINK);
        xml.appendChild(root);
        Element envelope = add(root, "edXMLEnvelope");
        Element header = add(envelope, "edXMLHeader");
        Element mh = add(header, "MessageHeader");
        organization(add(mh, "From"), d.from());
        for (Organization to : d.to()) {
            organization(add(mh, "To"), to);
        }
        Element code = add(mh, "Code");
        text(code, "CodeNumber", d.codeNumber());
        text(code, "CodeNotation", d.codeNotation());
        Element promulgation = add(mh, "PromulgationInfo");
        text(promulgation, "Place", d.place());
        text(promulgation, "PromulgationDate", d.promulgationDate() == null ? null : DATE.format(d.promulgationDate()));
        Element type = add(mh, "DocumentType");
        text(type, "Type", String.valueOf(d.documentType()));
        text(type, "TypeName", d.typeName());
        text(mh, "Subject", d.subject());
        text(mh, "Content", d.content());
        Element signer = add(mh, "SignerInfo");
        text(signer, "Competence", d.signerCompetence());
        text(signer, "Position", d.signerPosition());
        text(signer, "FullName", d.signerFullName());
        text(mh, "DueDate", d.dueDate() == null ? null : DATE.format(d.dueDate()));
        if (!d.toPlaces().isEmpty()) {
            Element places = add(mh, "ToPlaces");
            d.toPlaces().forEach(p -> text(places, "Place", p));
        }
        Element other = add(mh, "OtherInfo");
        text(other, "Priority", String.valueOf(d.priority()));
        text(mh, "DocumentId", d.documentId());

        Element traces = add(header, "TraceHeaderList");
        traces.setAttribute("id", d.messageId());
        traces.setAttribute("version", "1.0");
        for (TraceHeader t : d.trace()) {
            Element th = add(traces, "TraceHeader");
            text(th, "OrganId", t.organId());
            text(th, "Timestamp", TIME.format(t.timestamp().atZone(ZONE)));
        }
        Element business = add(traces, "Bussiness");
        text(business, "BussinessDocType", String.valueOf(d.businessDocType()));
        text(business, "BussinessDocReason", d.businessReason());
        staff(business, d.staff());
        text(business, "Paper", d.paper() ? "1" : "0");

        Element body = add(envelope, "edXMLBody");
        Element manifest = add(body, "edXMLManifest");
        manifest.setAttribute("version", "1.0");
        for (EdxmlAttachment a : d.attachments()) {
            Element ref = add(manifest, "Reference");
            ref.setAttributeNS(XLINK, "xlink:href", "cid:" + a.contentId());
            ref.setAttributeNS(XLINK, "xlink:type", "simple");
            text(ref, "Description", a.description());
            text(ref, "AttachmentName", a.name());
            text(ref, "ContentType", a.contentType());
            text(ref, "ContentId", a.contentId());
        }
        Element encoded = xml.createElementNS(NS, "AttachmentEncoded");
        root.appendChild(encoded);
        for (EdxmlAttachment a : d.attachments()) {
            Element at = xml.createElementNS(NS, "Attachment");
            encoded.appendChild(at);
            plain(at, "ContentType", a.contentType());
            plain(at, "ContentId", a.contentId());
            plain(at, "Description", a.description());
            plain(at, "ContentTransferEncoded", Base64.getEncoder().encodeToString(a.content()));
            plain(at, "AttachmentName", a.name());
        }
        return xml;
    }

    public static Document write(EdxmlStatus s) {
        Document xml = SecureXml.newDocument();
        Element envelope = xml.createElementNS(SOAP, "SOAP-ENV:Envelope");
        envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:SOAP-ENV", SOAP);
        envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:edXML", NS);
        xml.appendChild(envelope);
        Element header = xml.createElementNS(SOAP, "SOAP-ENV:Header");
        envelope.appendChild(header);
        Element status = add(header, "Status");
        status.setAttribute("id", s.messageId());
        Element response = add(status, "ResponseFor");
        text(response, "OrganId", s.responseOrganId());
        text(response, "Code", s.responseCode());
        text(response, "PromulgationDate", s.responseDate() == null ? null : DATE.format(s.responseDate()));
        text(response, "DocumentId", s.responseDocumentId());
        organization(add(status, "From"), s.from());
        text(status, "StatusCode", s.statusCode());
        text(status, "Description", s.description());
        text(status, "Timestamp", TIME.format(s.timestamp().atZone(ZONE)));
        staff(status, s.staff());
        envelope.appendChild(xml.createElementNS(SOAP, "SOAP-ENV:Body"));
        return xml;
    }

    // --- reading -------------------------------------------------------------------------------

    /**
     * @throws EdxmlException with every problem, when the message breaks the standard's rules
     */
    public static EdxmlDocument readDocument(Document xml) {
        List<EdxmlProblem> problems = new ArrayList<>();
        Element root = xml.getDocumentElement();
        Element envelope = "edXMLEnvelope".equals(root.getLocalName()) ? root : first(root, "edXMLEnvelope");
        if (envelope == null) {
            throw new EdxmlException(EdxmlProblem.missing("edXMLEnvelope"));
        }
        Element header = first(envelope, "edXMLHeader");
        Element mh = header == null ? null : first(header, "MessageHeader");
        if (mh == null) {
            throw new EdxmlException(EdxmlProblem.missing("MessageHeader"));
        }
        Organization from = organization(first(mh, "From"));
        List<Organization> to = new ArrayList<>();
        for (Element e : children(mh, "To")) {
            to.add(organization(e));
        }
        Element code = first(mh, "Code");
        Element promulgation = first(mh, "PromulgationInfo");
        Element type = first(mh, "DocumentType");
        Element signer = first(mh, "SignerInfo");
        Element other = first(mh, "OtherInfo");
        List<String> places = new ArrayList<>();
        Element toPlaces = first(mh, "ToPlaces");
        if (toPlaces != null) {
            children(toPlaces, "Place").forEach(p -> places.add(p.getTextContent().strip()));
        }
        Element traces = header == null ? null : first(header, "TraceHeaderList");
        List<TraceHeader> trace = new ArrayList<>();
        Element business = null;
        String messageId = null;
        if (traces != null) {
            messageId = blankToNull(traces.getAttribute("id"));
            for (Element t : children(traces, "TraceHeader")) {
                trace.add(new TraceHeader(value(t, "OrganId"), time(value(t, "Timestamp"), "TraceHeaderList.TraceHeader.Timestamp", problems)));
            }
            business = first(traces, "Bussiness");
        }
        List<EdxmlAttachment> attachments = attachments(root, envelope, problems);
        EdxmlDocument d = new EdxmlDocument(messageId, from, to, value(code, "CodeNumber"), value(code, "CodeNotation"),
                value(promulgation, "Place"), date(value(promulgation, "PromulgationDate"),
                "MessageHeader.PromulgationInfo.PromulgationDate", problems),
                integer(value(type, "Type"), "MessageHeader.DocumentType.Type", 0, problems), value(type, "TypeName"),
                value(mh, "Subject"), value(mh, "Content"), value(signer, "Competence"), value(signer, "Position"),
                value(signer, "FullName"), date(value(mh, "DueDate"), "MessageHeader.DueDate", problems), places,
                integer(value(other, "Priority"), "MessageHeader.OtherInfo.Priority", 0, problems),
                value(mh, "DocumentId"), trace,
                integer(value(business, "BussinessDocType"), "TraceHeaderList.Bussiness.BussinessDocType", 0, problems),
                value(business, "BussinessDocReason"), staff(business), "1".equals(value(business, "Paper")), attachments);
        problems.addAll(validate(d));
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        return d;
    }

    /**
     * @throws EdxmlException with every problem, when the status breaks the standard's rules
     */
    public static EdxmlStatus readStatus(Document xml) {
        List<EdxmlProblem> problems = new ArrayList<>();
        Element status = status(xml);
        if (status == null) {
            throw new EdxmlException(EdxmlProblem.missing("Status"));
        }
        Element response = first(status, "ResponseFor");
        EdxmlStatus s = new EdxmlStatus(blankToNull(status.getAttribute("id")), value(response, "OrganId"),
                value(response, "Code"), date(value(response, "PromulgationDate"), "Status.ResponseFor.PromulgationDate", problems),
                value(response, "DocumentId"), organization(first(status, "From")), value(status, "StatusCode"),
                value(status, "Description"), time(value(status, "Timestamp"), "Status.Timestamp", problems), staff(status));
        if (response == null) {
            problems.add(EdxmlProblem.missing("Status.ResponseFor"));
        } else if (s.responseDocumentId() == null) {
            problems.add(EdxmlProblem.missing("Status.ResponseFor.DocumentId"));
        }
        if (s.from() == null || s.from().organId() == null) {
            problems.add(EdxmlProblem.missing("Status.From.OrganId"));
        } else if (!AgencyId.isValid(s.from().organId())) {
            problems.add(EdxmlProblem.outOfRange("Status.From.OrganId", s.from().organId()));
        }
        if (s.statusCode() == null) {
            problems.add(EdxmlProblem.missing("Status.StatusCode"));
        } else if (StatusCode.of(s.statusCode()).isEmpty()) {
            problems.add(EdxmlProblem.outOfRange("Status.StatusCode", s.statusCode()));
        } else if ("02".equals(s.statusCode()) && s.description() == null) {
            // a rejection says why
            problems.add(EdxmlProblem.missing("Status.Description"));
        }
        if (s.timestamp() == null && problems.stream().noneMatch(p -> p.field().equals("Status.Timestamp"))) {
            problems.add(EdxmlProblem.missing("Status.Timestamp"));
        }
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        return s;
    }

    /** The standard's rules for a document: what must be there, what must fit, what must agree. */
    public static List<EdxmlProblem> validate(EdxmlDocument d) {
        List<EdxmlProblem> problems = new ArrayList<>();
        if (d.from() == null || d.from().organId() == null) {
            problems.add(EdxmlProblem.missing("MessageHeader.From.OrganId"));
        } else if (!AgencyId.isValid(d.from().organId())) {
            problems.add(EdxmlProblem.outOfRange("MessageHeader.From.OrganId", d.from().organId()));
        }
        if (d.from() != null) {
            required(problems, "MessageHeader.From.OrganName", d.from().organName(), 255);
        }
        if (d.to().isEmpty()) {
            problems.add(EdxmlProblem.missing("MessageHeader.To"));
        }
        Set<String> seen = new HashSet<>();
        for (Organization to : d.to()) {
            if (to.organId() == null) {
                problems.add(EdxmlProblem.missing("MessageHeader.To.OrganId"));
            } else if (!AgencyId.isValid(to.organId())) {
                problems.add(EdxmlProblem.outOfRange("MessageHeader.To.OrganId", to.organId()));
            } else if (!seen.add(to.organId())) {
                problems.add(EdxmlProblem.mismatch("MessageHeader.To.OrganId", to.organId() + " twice"));
            }
        }
        required(problems, "MessageHeader.Code.CodeNumber", d.codeNumber(), 20);
        required(problems, "MessageHeader.Code.CodeNotation", d.codeNotation(), 40);
        if (d.promulgationDate() == null && problems.stream().noneMatch(p -> p.field().endsWith("PromulgationDate"))) {
            problems.add(EdxmlProblem.missing("MessageHeader.PromulgationInfo.PromulgationDate"));
        }
        required(problems, "MessageHeader.Subject", d.subject(), 500);
        optional(problems, "MessageHeader.Content", d.content(), 500);
        optional(problems, "MessageHeader.SignerInfo.FullName", d.signerFullName(), 255);
        for (String place : d.toPlaces()) {
            optional(problems, "MessageHeader.ToPlaces.Place", place, 150);
        }
        if (d.priority() < 0 || d.priority() > 4) {
            problems.add(EdxmlProblem.outOfRange("MessageHeader.OtherInfo.Priority", String.valueOf(d.priority())));
        }
        if (d.documentId() == null) {
            problems.add(EdxmlProblem.missing("MessageHeader.DocumentId"));
        } else if (d.from() != null && d.promulgationDate() != null && d.codeNumber() != null && d.codeNotation() != null
                && !d.documentId().equals(documentId(d.from().organId(), d.promulgationDate(), d.code()))) {
            problems.add(EdxmlProblem.mismatch("MessageHeader.DocumentId", "not From, PromulgationDate and Code"));
        }
        if (d.messageId() == null) {
            problems.add(EdxmlProblem.missing("TraceHeaderList.id"));
        }
        if (d.trace().isEmpty()) {
            problems.add(EdxmlProblem.missing("TraceHeaderList.TraceHeader"));
        }
        for (TraceHeader t : d.trace()) {
            if (t.organId() == null) {
                problems.add(EdxmlProblem.missing("TraceHeaderList.TraceHeader.OrganId"));
            }
        }
        for (EdxmlAttachment a : d.attachments()) {
            required(problems, "Attachment.AttachmentName", a.name(), 200);
            Optional<FileKind> kind = FileKind.detect(a.content());
            if (kind.isEmpty()) {
                problems.add(EdxmlProblem.outOfRange("Attachment.ContentType", a.name() + ": not PDF, DOCX, JPEG or PNG"));
            } else if (a.contentType() == null || !kind.get().contentType().equalsIgnoreCase(a.contentType())) {
                problems.add(EdxmlProblem.mismatch("Attachment.ContentType", a.name() + " is " + kind.get().contentType()));
            }
        }
        return problems;
    }

    /** Who sent a message and which document it is about, read from whatever of it is readable. */
    public record Reference(String messageId, String fromOrganId, List<String> toOrganIds, String documentId,
                            String codeNumber, String codeNotation, LocalDate promulgationDate) {
    }

    /**
     * The sender and document of a message that may break the standard, so that a rejection (status
     * 02) can still be addressed; fields that cannot be read are null. Never throws.
     */
    public static Reference reference(Document xml) {
        try {
            Element root = xml.getDocumentElement();
            Element status = status(xml);
            if (status != null) {
                Element from = first(status, "From");
                Element response = first(status, "ResponseFor");
                return new Reference(blankToNull(status.getAttribute("id")), value(from, "OrganId"),
                        value(response, "OrganId") == null ? List.of()
                        : List.of(value(response, "OrganId")), value(response, "DocumentId"), null, null, null);
            }
            Element envelope = "edXMLEnvelope".equals(root.getLocalName()) ? root : first(root, "edXMLEnvelope");
            Element header = envelope == null ? null : first(envelope, "edXMLHeader");
            Element mh = header == null ? null : first(header, "MessageHeader");
            Element code = mh == null ? null : first(mh, "Code");
            Element promulgation = mh == null ? null : first(mh, "PromulgationInfo");
            List<EdxmlProblem> ignored = new ArrayList<>();
            List<String> to = new ArrayList<>();
            if (mh != null) {
                children(mh, "To").forEach(t -> to.add(value(t, "OrganId")));
            }
            Element traces = header == null ? null : first(header, "TraceHeaderList");
            return new Reference(traces == null ? null : blankToNull(traces.getAttribute("id")),
                    mh == null ? null : value(first(mh, "From"), "OrganId"), to, value(mh, "DocumentId"),
                    value(code, "CodeNumber"), value(code, "CodeNotation"),
                    date(value(promulgation, "PromulgationDate"), "PromulgationDate", ignored));
        } catch (RuntimeException e) {
            return new Reference(null, null, List.of(), null, null, null, null);
        }
    }

    /** edXML's DocumentId: "OrganId,yyyy/MM/dd,Number/Notation". */
    public static String documentId(String organId, LocalDate promulgated, String code) {
        return organId + "," + DATE.format(promulgated) + "," + code;
    }

    // --- helpers -------------------------------------------------------------------------------

    /** edXML:Status in the SOAP envelope's header. */
    private static Element status(Document xml) {
        Element header = first(xml.getDocumentElement(), "Header");
        return header == null ? null : first(header, "Status");
    }

    private static List<EdxmlAttachment> attachments(Element root, Element envelope, List<EdxmlProblem> problems) {
        Map<String, Element> references = new LinkedHashMap<>();
        Element body = first(envelope, "edXMLBody");
        Element manifest = body == null ? null : first(body, "edXMLManifest");
        if (manifest != null) {
            for (Element ref : children(manifest, "Reference")) {
                String id = value(ref, "ContentId");
                if (id == null) {
                    String href = ref.getAttributeNS(XLINK, "href");
                    id = href.startsWith("cid:") ? href.substring(4) : blankToNull(href);
                }
                if (id == null) {
                    problems.add(EdxmlProblem.missing("edXMLManifest.Reference.ContentId"));
                } else {
                    references.put(id, ref);
                }
            }
        }
        List<EdxmlAttachment> attachments = new ArrayList<>();
        Set<String> parts = new HashSet<>();
        Element encoded = first(root, "AttachmentEncoded");
        if (encoded != null) {
            for (Element at : children(encoded, "Attachment")) {
                String id = value(at, "ContentId");
                Element data = first(at, "ContentTransferEncoded");
                if (id == null || data == null) {
                    problems.add(EdxmlProblem.missing(id == null ? "Attachment.ContentId" : "Attachment.ContentTransferEncoded"));
                    continue;
                }
                String encoding = data.getAttribute("encoding");
                if (!encoding.isEmpty() && !"base64".equalsIgnoreCase(encoding)) {
                    problems.add(EdxmlProblem.outOfRange("Attachment.ContentTransferEncoded", encoding));
                    continue;
                }
                byte[] content;
                try {
                    content = Base64.getMimeDecoder().decode(data.getTextContent().strip());
                } catch (IllegalArgumentException e) {
                    problems.add(EdxmlProblem.outOfRange("Attachment.ContentTransferEncoded", id + ": not base64"));
                    continue;
                }
                Element ref = references.get(id);
                if (ref == null) {
                    problems.add(EdxmlProblem.mismatch("edXMLManifest.Reference", id + " is not in the manifest"));
                    continue;
                }
                parts.add(id);
                String name = value(at, "AttachmentName") == null ? value(ref, "AttachmentName") : value(at, "AttachmentName");
                String type = value(at, "ContentType") == null ? value(ref, "ContentType") : value(at, "ContentType");
                String description = value(at, "Description") == null ? value(ref, "Description") : value(at, "Description");
                attachments.add(new EdxmlAttachment(id, name, description, type, content));
            }
        }
        for (String id : references.keySet()) {
            if (!parts.contains(id)) {
                problems.add(EdxmlProblem.mismatch("edXMLManifest.Reference", id + " has no attachment"));
            }
        }
        return attachments;
    }

    private static void required(List<EdxmlProblem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(EdxmlProblem.missing(field));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<EdxmlProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(EdxmlProblem.outOfRange(field, "over " + max + " characters"));
        }
    }

    private static Element add(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(NS, "edXML:" + name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, String value) {
        if (value != null) {
            add(parent, name).setTextContent(value);
        }
    }

    /** The attachments' own elements carry no prefix (the default namespace is edXML's). */
    private static void plain(Element parent, String name, String value) {
        if (value != null) {
            Element e = parent.getOwnerDocument().createElementNS(NS, name);
            e.setTextContent(value);
            parent.appendChild(e);
        }
    }

    private static void organization(Element e, Organization o) {
        if (o == null) {
            return;
        }
        text(e, "OrganId", o.organId());
        text(e, "OrganizationInCharge", o.organizationInCharge());
        text(e, "OrganName", o.organName());
        text(e, "OrganAdd", o.organAdd());
        text(e, "Email", o.email());
        text(e, "Telephone", o.telephone());
        text(e, "Fax", o.fax());
        text(e, "Website", o.website());
    }

    private static Organization organization(Element e) {
        if (e == null) {
            return null;
        }
        return new Organization(value(e, "OrganId"), value(e, "OrganName"), value(e, "OrganizationInCharge"),
                value(e, "OrganAdd"), value(e, "Email"), value(e, "Telephone"), value(e, "Fax"), value(e, "Website"));
    }

    private static void staff(Element parent, StaffInfo s) {
        if (s == null) {
            return;
        }
        Element e = add(parent, "StaffInfo");
        text(e, "Department", s.department());
        text(e, "Staff", s.staff());
        text(e, "Mobile", s.mobile());
        text(e, "Email", s.email());
    }

    private static StaffInfo staff(Element parent) {
        Element e = parent == null ? null : first(parent, "StaffInfo");
        return e == null ? null : new StaffInfo(value(e, "Department"), value(e, "Staff"), value(e, "Mobile"), value(e, "Email"));
    }

    /** The first child element with this local name, whatever its prefix or namespace. */
    static Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String value(Element parent, String localName) {
        Element e = parent == null ? null : first(parent, localName);
        return e == null ? null : blankToNull(e.getTextContent().strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int integer(String text, String field, int fallback, List<EdxmlProblem> problems) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add(EdxmlProblem.outOfRange(field, text));
            return fallback;
        }
    }

    private static LocalDate date(String text, String field, List<EdxmlProblem> problems) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : List.of(DATE, DATE_DAY_FIRST)) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException next) {
                // try the other order
            }
        }
        problems.add(EdxmlProblem.outOfRange(field, text));
        return null;
    }

    private static Instant time(String text, String field, List<EdxmlProblem> problems) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : List.of(TIME, TIME_DAY_FIRST)) {
            try {
                return LocalDateTime.parse(text, f).atZone(ZONE).toInstant();
            } catch (DateTimeParseException next) {
                // try the other order
            }
        }
        problems.add(EdxmlProblem.outOfRange(field, text));
        return null;
    }
}
