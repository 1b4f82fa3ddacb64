package vn.camau.egov.bench.generator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up applicants of Cà Mau: Vietnamese names with the country's frequencies of family names,
 * 12-digit CCCD numbers laid out as the real ones are (province of birth, century and sex, year of
 * birth, six digits), addresses in the province's districts, mobile numbers and, for some, a mail
 * address made from the name.
 */
public final class People {

    /** Family names, the commoner ones repeated so a uniform pick follows their frequency. */
    private static final String[] FAMILY = weighted(new Object[][]{
            {"Nguyễn", 38}, {"Trần", 11}, {"Lê", 10}, {"Phạm", 7}, {"Huỳnh", 5}, {"Võ", 4}, {"Phan", 4}, {"Trương", 2},
            {"Đặng", 2}, {"Bùi", 2}, {"Đỗ", 1}, {"Hồ", 1}, {"Ngô", 1}, {"Dương", 1}, {"Lý", 1}, {"Lâm", 1}, {"Tô", 1},
            {"Châu", 1}, {"Quách", 1}, {"Mai", 1}, {"Đoàn", 1}, {"Thái", 1}, {"Kiều", 1}, {"Tạ", 1}});
    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Văn", "Minh", "Hữu", "Quốc", "Thanh", "Đức", "Công", "Hoàng",
            "Tấn", "Thành", "Ngọc", "Chí"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Hồng", "Thanh",
            "Bích", "Diễm", "Phương"};
    private static final String[] GIVEN_MALE = {"An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hòa",
            "Hùng", "Huy", "Khang", "Khoa", "Kiệt", "Lâm", "Long", "Lộc", "Luân", "Minh", "Nam", "Nghĩa", "Nhân", "Phát",
            "Phong", "Phúc", "Quang", "Sang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trí", "Trung",
            "Tuấn", "Tùng", "Vinh", "Vũ", "Hậu", "Tín", "Lợi", "Út", "Em", "Tư", "Sáu"};
    private static final String[] GIVEN_FEMALE = {"An", "Anh", "Bích", "Châu", "Diễm", "Dung", "Duyên", "Giang", "Hà",
            "Hạnh", "Hằng", "Hân", "Hiền", "Hoa", "Hồng", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga",
            "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thanh", "Thúy", "Thư", "Trang", "Trinh",
            "Tuyết", "Uyên", "Vân", "Vy", "Yến", "Xuân", "Út", "Nhàn", "Lệ"};
    private static final String[] ASCII_FAMILY = ascii(FAMILY);
    private static final String[] ASCII_GIVEN_MALE = ascii(GIVEN_MALE);
    private static final String[] ASCII_GIVEN_FEMALE = ascii(GIVEN_FEMALE);

    /** Province codes of the CCCD: most applicants were born in Cà Mau, some in the neighbouring provinces. */
    private static final String[] BIRTH_PROVINCE = {"096", "096", "096", "096", "096", "096", "096", "096", "095", "094",
            "091", "092", "079", "089"};

    /** Communes and wards by district (huyện / thành phố), all of Cà Mau. */
    private static final String[][] PLACES = {
            {"thành phố Cà Mau", "phường 1", "phường 2", "phường 4", "phường 5", "phường 6", "phường 7", "phường 8",
                    "phường 9", "phường Tân Xuyên", "phường Tân Thành", "xã An Xuyên", "xã Tắc Vân", "xã Lý Văn Lâm",
                    "xã Định Bình", "xã Hòa Thành", "xã Hòa Tân"},
            {"huyện U Minh", "thị trấn U Minh", "xã Khánh An", "xã Khánh Lâm", "xã Nguyễn Phích", "xã Khánh Hòa"},
            {"huyện Thới Bình", "thị trấn Thới Bình", "xã Biển Bạch", "xã Trí Phải", "xã Tân Lộc", "xã Hồ Thị Kỷ"},
            {"huyện Trần Văn Thời", "thị trấn Trần Văn Thời", "thị trấn Sông Đốc", "xã Khánh Bình", "xã Phong Lạc",
                    "xã Lợi An"},
            {"huyện Cái Nước", "thị trấn Cái Nước", "xã Phú Hưng", "xã Tân Hưng", "xã Trần Thới", "xã Đông Thới"},
            {"huyện Đầm Dơi", "thị trấn Đầm Dơi", "xã Tạ An Khương", "xã Tân Duyệt", "xã Quách Phẩm", "xã Thanh Tùng"},
            {"huyện Năm Căn", "thị trấn Năm Căn", "xã Hàm Rồng", "xã Hàng Vịnh", "xã Tam Giang"},
            {"huyện Phú Tân", "thị trấn Cái Đôi Vàm", "xã Phú Mỹ", "xã Tân Hải", "xã Việt Thắng"},
            {"huyện Ngọc Hiển", "thị trấn Rạch Gốc", "xã Tân Ân", "xã Đất Mũi", "xã Viên An"}};
    private static final String[] STREETS = {"Phan Ngọc Hiển", "Trần Hưng Đạo", "Nguyễn Tất Thành", "Lý Thường Kiệt",
            "Ngô Quyền", "Nguyễn Trãi", "Hùng Vương", "Lê Lợi", "Quang Trung", "Phan Bội Châu", "Lý Văn Lâm",
            "Trần Văn Thời", "Nguyễn Công Trứ", "Ngô Gia Tự", "Võ Thị Sáu", "Mậu Thân"};
    private static final String[] HAMLETS = {"Ấp 1", "Ấp 2", "Ấp 3", "Ấp 4", "Ấp 5", "Ấp Tân Hưng", "Ấp Bà Điều", "Ấp Cây Dương",
            "Ấp Xóm Lớn", "Ấp Kinh Đào", "Ấp Rạch Lăng", "Ấp Nhà Thờ", "Ấp Đầu Sấu", "Ấp Thị Tường"};
    private static final String[] MOBILE = {"091", "094", "088", "083", "084", "085", "081", "082", "090", "093", "089",
            "070", "079", "077", "076", "078", "096", "097", "098", "086", "032", "033", "034", "035", "036", "037",
            "038", "039"};
    private static final String[] MAIL = {"gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com",
            "camau.gov.vn"};

    /** One made-up applicant. */
    public record Person(String name, String citizenId, String email, String phone, String address, int birthYear) {
    }

    private People() {
    }

    public static Person person(SplittableRandom r, int thisYear) {
        boolean female = r.nextBoolean();
        int family = r.nextInt(FAMILY.length);
        String[] given = female ? GIVEN_FEMALE : GIVEN_MALE;
        int g = r.nextInt(given.length);
        String middle = (female ? MIDDLE_FEMALE : MIDDLE_MALE)[r.nextInt(female ? MIDDLE_FEMALE.length : MIDDLE_MALE.length)];
        String name = FAMILY[family] + " " + middle + " " + given[g];
        // adults, most of working age
        int year = thisYear - 18 - (int) Math.min(62, Math.abs(r.nextGaussian()) * 22);
        int centuryAndSex = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
        String id = BIRTH_PROVINCE[r.nextInt(BIRTH_PROVINCE.length)] + centuryAndSex + two(year % 100)
                + six(r.nextInt(1_000_000));
        String phone = r.nextInt(10) < 9 ? MOBILE[r.nextInt(MOBILE.length)] + seven(r.nextInt(10_000_000)) : null;
        String email = r.nextInt(10) < 4 ? ASCII_FAMILY[family] + "." + (female ? ASCII_GIVEN_FEMALE : ASCII_GIVEN_MALE)[g]
                + (year % 100) + r.nextInt(1000) + "@" + MAIL[r.nextInt(MAIL.length)] : null;
        return new Person(name, id, email, phone, address(r), year);
    }

    public static String address(SplittableRandom r) {
        // a third of the province lives in the city
        String[] district = PLACES[r.nextInt(3) == 0 ? 0 : r.nextInt(PLACES.length)];
        String commune = district[1 + r.nextInt(district.length - 1)];
        String street = commune.startsWith("phường") || commune.startsWith("thị trấn")
                ? "Số " + (1 + r.nextInt(250)) + ", đường " + STREETS[r.nextInt(STREETS.length)]
                : HAMLETS[r.nextInt(HAMLETS.length)];
        return street + ", " + commune + ", " + district[0] + ", tỉnh Cà Mau";
    }

    /** A stable made-up name for an official that the demo does not have (a unit's reception officer, say). */
    public static String officialName(String key) {
        SplittableRandom r = new SplittableRandom(key.hashCode());
        return person(r, 2026).name();
    }

    /** The name as a file or mail name: no marks, lower case, words joined by dashes. */
    public static String slug(String text, int max) {
        String s = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.length() <= max ? s : s.substring(0, max).replaceAll("-$", "");
    }

    private static String[] ascii(String[] names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = slug(names[i], 40).replace("-", "");
        }
        return out;
    }

    private static String[] weighted(Object[][] pairs) {
        return java.util.Arrays.stream(pairs)
                .flatMap(p -> java.util.stream.Stream.generate(() -> (String) p[0]).limit((Integer) p[1]))
                .toArray(String[]::new);
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String six(int n) {
        String s = Integer.toString(n);
        return "000000".substring(s.length()) + s;
    }

    private static String seven(int n) {
        String s = Integer.toString(n);
        return "0000000".substring(s.length()) + s;
    }
}
