package vn.congan.ceremony.organisation;

import java.util.Optional;
import vn.congan.ceremony.common.text.VietText;

/**
 * Ranks of the People's Public Security, highest first; staff without a rank
 * (Công nhân Công an) and outside guests come after. The declaration order is
 * the precedence order.
 */
public enum Rank {
    DAI_TUONG("Đại tướng"),
    THUONG_TUONG("Thượng tướng"),
    TRUNG_TUONG("Trung tướng"),
    THIEU_TUONG("Thiếu tướng"),
    DAI_TA("Đại tá"),
    THUONG_TA("Thượng tá"),
    TRUNG_TA("Trung tá"),
    THIEU_TA("Thiếu tá"),
    DAI_UY("Đại úy"),
    THUONG_UY("Thượng úy"),
    TRUNG_UY("Trung úy"),
    THIEU_UY("Thiếu úy"),
    THUONG_SI("Thượng sĩ"),
    TRUNG_SI("Trung sĩ"),
    HA_SI("Hạ sĩ"),
    BINH_NHAT("Binh nhất"),
    BINH_NHI("Binh nhì"),
    CONG_NHAN("Công nhân Công an"),
    NONE("");

    private final String label;
    private final String key;

    Rank(String label) {
        this.label = label;
        this.key = VietText.fold(label);
    }

    /** The rank as printed: "Đại úy"; empty for {@link #NONE}. */
    public String label() {
        return label;
    }

    public boolean hasRank() {
        return this != NONE && this != CONG_NHAN;
    }

    /**
     * Reads a rank as offices type it: either tone placement ("Đại uý", "Đại úy"),
     * any case, extra spaces, NFD or NFC, even without diacritics. Blank text is
     * {@link #NONE}; text that is no rank is empty, so the caller can report it.
     */
    public static Optional<Rank> parse(String text) {
        String folded = VietText.fold(text);
        if (folded.isEmpty()) {
            return Optional.of(NONE);
        }
        if (folded.equals("cnca") || folded.equals("cong nhan") || folded.equals("cong nhan cong an")) {
            return Optional.of(CONG_NHAN);
        }
        for (Rank rank : values()) {
            if (rank != NONE && rank.key.equals(folded)) {
                return Optional.of(rank);
            }
        }
        return Optional.empty();
    }

    /** "đồng chí Thượng úy Nguyễn Văn An", or "đồng chí Nguyễn Văn An" without a rank. */
    public static String address(Rank rank, String fullName) {
        return "đồng chí " + withName(rank, fullName);
    }

    /** "Thượng úy Nguyễn Văn An", or the name alone without a rank. */
    public static String withName(Rank rank, String fullName) {
        return rank == null || !rank.hasRank() ? fullName : rank.label + " " + fullName;
    }
}
