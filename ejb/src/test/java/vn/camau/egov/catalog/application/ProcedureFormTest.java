package vn.camau.egov.catalog.application;

import org.junit.jupiter.api.Test;
import vn.camau.egov.catalog.domain.FieldType;
import vn.camau.egov.catalog.domain.ProcedureContent;
import vn.camau.egov.catalog.domain.ServiceLevel;
import vn.camau.egov.identity.domain.Role;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProcedureFormTest {

    private static ProcedureForm filled() {
        ProcedureForm form = ProcedureForm.blank();
        form.setName("Cấp giấy phép kinh doanh karaoke");
        form.setFieldCode("VAN_HOA");
        form.setLevel(ServiceLevel.LEVEL_3);
        form.setProcessingDays("5");
        form.getDocuments().get(0).setName("Đơn đề nghị cấp giấy phép");
        form.getSteps().get(0).setDays("3");
        form.getSteps().get(1).setDays("2");
        return form;
    }

    @Test
    void aFilledFormBecomesTheProcedureAndEmptyRowsAreLeftOut() {
        ProcedureForm form = filled();
        form.addFee();
        form.getFees().get(0).setName("Phí thẩm định");
        form.getFees().get(0).setAmount("6.000.000");
        form.addFee(); // left empty
        form.addFormField();
        form.getFormFields().get(0).setKey("diaDiem");
        form.getFormFields().get(0).setLabel("Địa điểm kinh doanh");
        form.getFormFields().get(0).setType(FieldType.ADDRESS);
        form.addFormField();
        form.getFormFields().get(1).setKey("soPhong");
        form.getFormFields().get(1).setLabel("Số phòng");
        form.getFormFields().get(1).setType(FieldType.CHOICE);
        form.getFormFields().get(1).setOptions("1 – 5 phòng\n\n6 phòng trở lên\n");

        ProcedureContent content = form.toContent();
        assertThat(content.totalFees()).isEqualTo(6_000_000);
        assertThat(content.fees()).hasSize(1);
        assertThat(content.formFields().get(1).getOptions()).containsExactly("1 – 5 phòng", "6 phòng trở lên");
        assertThat(content.steps()).extracting(s -> s.getRole()).containsExactly(Role.SPECIALIST, Role.LEADER);

        // and back: what the editor shows for the next version
        ProcedureForm again = ProcedureForm.of(new ProcedureDetail("1.000001.000.00.00.H12", 1, 1, content.name(), "SVHTTDL",
                "Sở Văn hóa", null, "VAN_HOA", "Văn hóa", content.level(), content.onlineClass(), content.processingDays(),
                null, null, false, content.fees(), content.documents(), content.formFields(), content.steps(), true));
        assertThat(again.toContent()).isEqualTo(content);
    }

    @Test
    void everyProblemIsReportedAtOnceUnderItsRowAndInput() {
        ProcedureForm form = filled();
        form.setName(" ");
        form.setProcessingDays("năm");
        form.addFee();
        form.getFees().get(0).setAmount("-5");
        form.getDocuments().get(0).setCopies("0");
        form.addFormField();
        form.getFormFields().get(0).setKey("2 số");
        form.getFormFields().get(0).setType(FieldType.CHOICE);
        form.getSteps().get(1).setName("Phê duyệt");
        form.getSteps().get(1).setDays("hai");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, form::toContent);
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "fees:0:name", "fees:0:amount", "documents:0:copies", "formFields:0:key", "formFields:0:label",
                "formFields:0:options", "steps:1:days", "processingDays", "name");
        assertThat(e.problems()).filteredOn(p -> p.field().equals("steps:1:days")).singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly(2));
    }

    @Test
    void stepsLongerThanTheProcessingTimeAreRefused() {
        ProcedureForm form = filled();
        form.getSteps().get(0).setDays("10");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, form::toContent);
        assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("steps", "procedure.steps.overBudget"));
    }
}
