package vn.camau.egov.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import vn.camau.egov.identity.domain.Roles;
import vn.camau.egov.participation.application.ConsultationService;
import vn.camau.egov.participation.domain.ConsultationContent;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's open consultation, drafted and published by the Department of Justice's leader as in
 * the workspace. The draft is made up for the demo.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEADER)
@RunAsPrincipal("lanhdao.stp")
public class DemoParticipation {

    static final String TITLE = "Dự thảo Quy định tiếp nhận và trả kết quả hồ sơ trực tuyến trên địa bàn tỉnh";
    static final String TEXT = """
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 về thực hiện thủ tục hành chính trên môi trường điện tử;
            Điều 1. Phạm vi điều chỉnh
            Quy định này quy định việc tiếp nhận hồ sơ, giải quyết và trả kết quả thủ tục hành chính trực tuyến tại các cơ quan, đơn vị trên địa bàn tỉnh Cà Mau.
            Điều 2. Đối tượng áp dụng
            Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố; tổ chức, cá nhân nộp hồ sơ trực tuyến.
            Điều 3. Thời gian tiếp nhận hồ sơ trực tuyến
            Hồ sơ nộp trực tuyến được tiếp nhận mọi lúc; hồ sơ nộp ngoài giờ hành chính được tính là nộp vào ngày làm việc kế tiếp.
            Điều 4. Trả kết quả
            Kết quả giải quyết được trả trực tuyến có chữ ký số của cơ quan có thẩm quyền, hoặc trả qua dịch vụ bưu chính công ích theo yêu cầu.
            """;

    @Inject
    private ConsultationService consultations;

    public void load() {
        LocalDate today = VietnamTime.dateOf(Instant.now());
        long id = consultations.draft(new ConsultationContent(TITLE,
                "Sở Tư pháp lấy ý kiến người dân, doanh nghiệp về dự thảo quy định tiếp nhận và trả kết quả hồ sơ trực tuyến.",
                today.minusDays(3), today.plusDays(27), TEXT), List.of());
        consultations.publish(id, consultations.view(id).version());
    }
}
