package vn.camau.egov.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the platform. A citizen's account has only {@link #CITIZEN}; an official's has the others. */
public enum Role {
    /** Công dân, tổ chức: submits dossiers, follows them, gives feedback. */
    CITIZEN(Roles.CITIZEN),
    /** Cán bộ tiếp nhận (bộ phận một cửa): receives dossiers at the counter and online. */
    RECEPTION(Roles.RECEPTION),
    /** Chuyên viên: processes dossiers and drafts documents. */
    SPECIALIST(Roles.SPECIALIST),
    /** Lãnh đạo đơn vị: approves, signs, assigns. */
    LEADER(Roles.LEADER),
    /** Văn thư: numbers and registers official documents. */
    CLERK(Roles.CLERK),
    /** Quản trị đơn vị: maintains the unit's officials and procedures. */
    UNIT_ADMIN(Roles.UNIT_ADMIN),
    /** Quản trị hệ thống cấp tỉnh: units, all officials, the audit trail. */
    PROVINCE_ADMIN(Roles.PROVINCE_ADMIN),
    /** Giám sát của Sở Thông tin và Truyền thông: follows the plan, the indices and the reports. */
    DIC_MONITOR(Roles.DIC_MONITOR);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name the container knows the role by. */
    public String roleName() {
        return roleName;
    }

    public boolean isOfficialRole() {
        return this != CITIZEN;
    }

    public static Optional<Role> byName(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
    }
}
