package vn.congan.ceremony.print.certificate;

import java.time.LocalDate;
import java.util.List;

/** Realistic certificate data for the tests, including the longest unit name of the demo department. */
final class SampleCertificates {

    static final String LONGEST_UNIT = "Đội Tham mưu tổng hợp - Phòng An ninh mạng và phòng, chống tội phạm sử dụng "
            + "công nghệ cao";
    static final String ACHIEVEMENT = "Đã có thành tích xuất sắc trong Phong trào thi đua đặc biệt thực hiện "
            + "50 năm Di chúc của Chủ tịch Hồ Chí Minh, kỷ niệm 75 năm Ngày truyền thống lực lượng Công an nhân dân "
            + "và 15 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc";
    /** A long topical achievement, as offices write them for peak campaigns. */
    static final String LONG_ACHIEVEMENT = "Đã có thành tích xuất sắc trong đợt cao điểm tấn công trấn áp các loại "
            + "tội phạm, bảo đảm an ninh, trật tự phục vụ Tết Nguyên đán Canh Tý 2020, góp phần giữ vững an ninh "
            + "chính trị, trật tự, an toàn xã hội trên địa bàn tỉnh, phát hiện, bắt giữ nhiều đối tượng phạm tội "
            + "về ma túy, đánh bạc, tín dụng đen và các đối tượng truy nã nguy hiểm";

    private SampleCertificates() {
    }

    static CertificateData collective(String unit) {
        return new CertificateData("GIÁM ĐỐC CÔNG AN TỈNH BÌNH AN", "GIẤY KHEN", unit, "", ACHIEVEMENT,
                "1234/QĐ-CAT-PV01", LocalDate.of(2020, 11, 10), "1234/QĐ-CAT-PV01-001", "Bình An", List.of("GIÁM ĐỐC"),
                "Đại tá Nguyễn Thế Hùng");
    }

    static CertificateData individual() {
        return new CertificateData("BỘ TRƯỞNG BỘ CÔNG AN", "BẰNG KHEN", "Thượng úy Nguyễn Thị Thùy Dương",
                "Phó Đội trưởng, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", ACHIEVEMENT,
                "3456/QĐ-BCA-X01", LocalDate.of(2020, 2, 5), "3456/QĐ-BCA-X01-007", "Hà Nội",
                List.of("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"), "Thượng tướng Lê Quý Vương");
    }

    static CertificateSheet.Certificate sheet(CertificateLayout layout, CertificateData data) {
        return new CertificateSheet.Certificate(data.recipient(), layout, data);
    }
}
