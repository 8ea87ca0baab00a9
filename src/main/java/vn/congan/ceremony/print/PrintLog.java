package vn.congan.ceremony.print;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.print.certificate.CertificateMode;

/** One print job: who printed what, when, on which printer profile. The profile's name is copied. */
@Entity
@Table(name = "print_log")
public class PrintLog extends AbstractEntity {

    @Column(name = "printed_at", nullable = false)
    private LocalDateTime printedAt;

    @Column(nullable = false)
    private String username;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrintScope scope;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "print_mode", nullable = false)
    private CertificateMode mode;

    @Column(nullable = false)
    private int sheets;

    @Column(name = "profile_name")
    private String profileName;

    protected PrintLog() {
    }

    public PrintLog(LocalDateTime printedAt, String username, Conference conference, PrintScope scope,
            String description, CertificateMode mode, int sheets, String profileName) {
        this.printedAt = printedAt;
        this.username = username;
        this.conference = conference;
        this.scope = scope;
        this.description = description.length() > 500 ? description.substring(0, 497) + "..." : description;
        this.mode = mode;
        this.sheets = sheets;
        this.profileName = profileName;
    }

    public LocalDateTime getPrintedAt() {
        return printedAt;
    }

    public String getUsername() {
        return username;
    }

    public Conference getConference() {
        return conference;
    }

    public PrintScope getScope() {
        return scope;
    }

    public String getDescription() {
        return description;
    }

    public CertificateMode getMode() {
        return mode;
    }

    public int getSheets() {
        return sheets;
    }

    public String getProfileName() {
        return profileName;
    }
}
