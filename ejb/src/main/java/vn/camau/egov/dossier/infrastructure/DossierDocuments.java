package vn.camau.egov.dossier.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.camau.egov.dossier.domain.Dossier;
import vn.camau.egov.dossier.domain.DossierAction;
import vn.camau.egov.dossier.domain.DossierEvent;
import vn.camau.egov.shared.application.Settings;
import vn.camau.egov.shared.domain.VietnamTime;
import vn.camau.egov.shared.domain.WorkingCalendar;
import vn.camau.egov.shared.infrastructure.PdfLayout;

import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The one-stop shop's documents (Circular 01/2018/TT-VPCP), printed from a dossier's data: 01
 * receipt and appointment slip, 02 request to supplement, 03 refusal, 04 apology with a new date,
 * 05 processing-control slip, and the result document a unit signs.
 */
@ApplicationScoped
public class DossierDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy")
            .withZone(VietnamTime.ZONE);

    @Inject
    private Settings settings;

    /** Template 01. Before acceptance the appointment is the expected one, if accepted on the day of submission. */
    public byte[] receipt(Dossier d, WorkingCalendar calendar) {
        LocalDate appointment = d.getAppointmentOn();
        String appointmentText;
        if (appointment == null) {
            appointment = calendar.addWorkingDays(VietnamTime.dateOf(d.getSubmittedAt()), d.getProcedure().getProcessingDays());
            appointmentText = DATE.format(appointment) + " (dự kiến, tính từ ngày hồ sơ được tiếp nhận)";
        } else {
            appointmentText = DATE.format(appointment);
        }
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.header(d.getUnit().getName()).title("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
                    .subtitle("Mã hồ sơ: " + d.getCode())
                    .paragraph("Bộ phận tiếp nhận và trả kết quả " + d.getUnit().getName() + " đã tiếp nhận hồ sơ của:")
                    .line("Ông/Bà", d.getApplicant().getFullName())
                    .line("Số CCCD", d.getApplicant().getCitizenId())
                    .line("Địa chỉ", d.getApplicant().getAddress())
                    .line("Số điện thoại", d.getApplicant().getPhone())
                    .line("Thư điện tử", d.getApplicant().getEmail())
                    .line("Nội dung yêu cầu giải quyết", d.getProcedure().getName())
                    .line("Hình thức nộp", switch (d.getChannel()) {
                        case ONLINE -> "Trực tuyến";
                        case COUNTER -> "Trực tiếp tại Bộ phận Một cửa";
                        case NATIONAL_PORTAL -> "Cổng Dịch vụ công quốc gia";
                    })
                    .space(6)
                    .table(new float[] {0.08f, 0.62f, 0.30f}, List.of("TT", "Thành phần hồ sơ", "Tệp"),
                            d.getAttachments().stream().map(a -> List.of(
                                    String.valueOf(d.getAttachments().indexOf(a) + 1), a.getDocumentName(),
                                    a.getFile().getName())).toList())
                    .line("Thời hạn giải quyết", d.getProcedure().getProcessingDays() + " ngày làm việc")
                    .line("Thời gian nhận hồ sơ", TIME.format(d.getSubmittedAt()))
                    .line("Thời gian trả kết quả", appointmentText)
                    .line("Nhận kết quả", d.isPostalDelivery() ? "Qua dịch vụ bưu chính công ích"
                            : d.getProcedure().getLevel().paysOnline() ? "Trực tuyến (bản điện tử có chữ ký số)"
                            : "Tại Bộ phận Một cửa")
                    .space(6)
                    .paragraph("Tra cứu tình trạng hồ sơ bằng mã hồ sơ và số CCCD tại " + trackingUrl(d) + " hoặc quét mã QR.")
                    .image(qr(trackingUrl(d)), 90);
            return pdf.bytes();
        }
    }

    /** Template 02. */
    public byte[] supplementRequest(Dossier d) {
        return letter(d, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", DossierAction.REQUEST_SUPPLEMENT,
                "Hồ sơ của Ông/Bà cần được bổ sung, hoàn thiện như sau:", d.getSupplementRequest(),
                "Ông/Bà bổ sung trực tuyến trong tài khoản trên Cổng hoặc tại Bộ phận Một cửa. Thời gian chờ bổ sung "
                        + "không tính vào thời hạn giải quyết.");
    }

    /** Template 03. */
    public byte[] refusal(Dossier d) {
        return letter(d, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", DossierAction.REFUSE,
                "Hồ sơ của Ông/Bà không được tiếp nhận giải quyết với lý do:", d.getRefusalReason(),
                "Xin thông báo để Ông/Bà biết và thực hiện.");
    }

    /** Template 04. */
    public byte[] apology(Dossier d) {
        DossierEvent apology = last(d, DossierAction.APOLOGIZE);
        return letter(d, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", DossierAction.APOLOGIZE,
                "Hồ sơ của Ông/Bà đã được tiếp nhận và hẹn trả kết quả ngày " + DATE.format(d.getDueOn())
                        + ", nhưng chưa giải quyết kịp với lý do:",
                apology == null ? "" : apology.getNote(),
                "Thành thật xin lỗi Ông/Bà và hẹn lại ngày trả kết quả: " + DATE.format(d.getAppointmentOn()) + ".");
    }

    /** Template 05: every step of the dossier's way, with who did it and when. */
    public byte[] controlSlip(Dossier d) {
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.header(d.getUnit().getName()).title("Phiếu kiểm soát quá trình giải quyết hồ sơ")
                    .subtitle("Mã hồ sơ: " + d.getCode())
                    .line("Người nộp", d.getApplicant().getFullName())
                    .line("Thủ tục", d.getProcedure().getName())
                    .line("Ngày tiếp nhận", d.getReceivedOn() == null ? null : DATE.format(d.getReceivedOn()))
                    .line("Ngày hẹn trả", d.getAppointmentOn() == null ? null : DATE.format(d.getAppointmentOn()))
                    .space(6)
                    .table(new float[] {0.22f, 0.22f, 0.26f, 0.30f},
                            List.of("Thời điểm", "Công việc", "Người thực hiện", "Ghi chú"),
                            d.getEvents().stream().map(e -> List.of(TIME.format(e.getOccurredAt()), action(e.getAction())
                                            + (e.getStepName() == null ? "" : ": " + e.getStepName()),
                                    e.getActorName() + (e.getUnitCode() == null ? "" : " (" + e.getUnitCode() + ")"),
                                    e.getNote() == null ? "" : e.getNote())).toList());
            return pdf.bytes();
        }
    }

    /**
     * Template 06, the one-stop shop's tracking log: the unit's dossiers received in a period, one
     * line each, with when each was due and returned.
     */
    public byte[] trackingLog(String unitName, LocalDate from, LocalDate to, List<Dossier> dossiers) {
        try (PdfLayout pdf = new PdfLayout(true)) {
            pdf.header(unitName).title("Sổ theo dõi hồ sơ")
                    .subtitle("Từ ngày " + DATE.format(from) + " đến ngày " + DATE.format(to));
            List<List<String>> rows = new java.util.ArrayList<>();
            int n = 0;
            for (Dossier d : dossiers) {
                rows.add(List.of(String.valueOf(++n), d.getCode(), d.getProcedure().getName(),
                        d.getApplicant().getFullName() + (d.getApplicant().getPhone() == null ? "" : "\n" + d.getApplicant().getPhone()),
                        d.getReceivedOn() == null ? "" : DATE.format(d.getReceivedOn()),
                        d.getAppointmentOn() == null ? "" : DATE.format(d.getAppointmentOn()),
                        d.getCompletedOn() == null ? "" : DATE.format(d.getCompletedOn()), remark(d)));
            }
            pdf.table(new float[] {0.05f, 0.18f, 0.27f, 0.15f, 0.08f, 0.08f, 0.08f, 0.11f},
                    List.of("STT", "Mã hồ sơ", "Thủ tục", "Người nộp", "Ngày nhận", "Hẹn trả", "Ngày trả", "Ghi chú"), rows);
            pdf.paragraph("Tổng số: " + n + " hồ sơ.");
            return pdf.bytes();
        }
    }

    private static String remark(Dossier d) {
        if (d.getTimeliness() != null) {
            return switch (d.getTimeliness()) {
                case EARLY -> "Trước hạn";
                case ON_TIME -> "Đúng hạn";
                case LATE -> "Trễ hạn";
            };
        }
        return switch (d.getStatus()) {
            case DENIED -> "Từ chối";
            case CANCELLED -> "Rút hồ sơ";
            case WAITING_SUPPLEMENT -> "Chờ bổ sung";
            default -> "Đang giải quyết";
        };
    }

    /**
     * The result a unit issues, ready to be signed: what was decided for whom, and a QR code to the
     * public verification page.
     */
    public byte[] result(Dossier d, String signerName, String key, Instant now) {
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.header(d.getUnit().getName())
                    .title(d.getProcedure().getResultName() == null ? "Kết quả giải quyết thủ tục hành chính"
                            : d.getProcedure().getResultName())
                    .subtitle("Số: " + d.getCode())
                    .paragraph("Căn cứ hồ sơ đề nghị của Ông/Bà " + d.getApplicant().getFullName() + " (số CCCD "
                            + d.getApplicant().getCitizenId() + ") về việc: " + d.getProcedure().getName() + ";")
                    .paragraph("Căn cứ kết quả thẩm định hồ sơ,");
            for (Map.Entry<String, String> e : d.getFormData().entrySet()) {
                String label = d.getProcedure().getFormFields().stream().filter(f -> f.getKey().equals(e.getKey()))
                        .map(f -> f.getLabel()).findFirst().orElse(e.getKey());
                pdf.line(label, e.getValue());
            }
            pdf.space(8)
                    .paragraph(d.getUnit().getName() + " chấp thuận yêu cầu nêu trên.")
                    .line("Ngày ký", DATE.format(VietnamTime.dateOf(now)))
                    .line("Người ký", signerName)
                    .paragraph("Văn bản điện tử có chữ ký số của cơ quan. Kiểm tra tính xác thực tại "
                            + verificationUrl(d.getCode(), key) + " hoặc quét mã QR.")
                    .image(qr(verificationUrl(d.getCode(), key)), 90);
            return pdf.bytes();
        }
    }

    public String verificationUrl(String code, String key) {
        return settings.publicUrl() + "verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&key=" + key;
    }

    private String trackingUrl(Dossier d) {
        return settings.publicUrl() + "lookup.xhtml?code=" + URLEncoder.encode(d.getCode(), StandardCharsets.UTF_8);
    }

    private byte[] letter(Dossier d, String title, DossierAction action, String lead, String body, String closing) {
        DossierEvent event = last(d, action);
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.header(d.getUnit().getName()).title(title).subtitle("Mã hồ sơ: " + d.getCode())
                    .line("Kính gửi", d.getApplicant().getFullName())
                    .line("Thủ tục", d.getProcedure().getName())
                    .space(6).paragraph(lead).paragraph(body == null ? "" : body).paragraph(closing)
                    .space(10)
                    .line("Ngày", event == null ? "" : TIME.format(event.getOccurredAt()))
                    .line("Người lập phiếu", event == null ? "" : event.getActorName());
            return pdf.bytes();
        }
    }

    private static DossierEvent last(Dossier d, DossierAction action) {
        List<DossierEvent> events = d.getEvents();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).getAction() == action) {
                return events.get(i);
            }
        }
        return null;
    }

    private static String action(DossierAction action) {
        return switch (action) {
            case SUBMIT -> "Nộp hồ sơ trực tuyến";
            case RECEIVE_AT_COUNTER -> "Tiếp nhận tại Một cửa";
            case ACCEPT -> "Tiếp nhận hồ sơ";
            case REFUSE -> "Từ chối";
            case REQUEST_SUPPLEMENT -> "Yêu cầu bổ sung";
            case SUPPLEMENT -> "Bổ sung hồ sơ";
            case ASSIGN -> "Phân công";
            case COMPLETE_STEP -> "Hoàn thành bước";
            case ATTACH_RESULT -> "Đính kèm kết quả";
            case RETURN_RESULT -> "Trả kết quả";
            case APOLOGIZE -> "Xin lỗi, hẹn lại";
            case PAY -> "Thanh toán";
            case CANCEL -> "Rút hồ sơ";
            case RATE -> "Đánh giá";
        };
    }

    static BufferedImage qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 1));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
