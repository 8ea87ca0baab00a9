package vn.congan.ceremony.print;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceRepository;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrgSettingsRepository;
import vn.congan.ceremony.print.certificate.CertificateData;
import vn.congan.ceremony.print.certificate.CertificateLayout;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.CertificateRenderer;
import vn.congan.ceremony.print.certificate.CertificateSheet;
import vn.congan.ceremony.print.certificate.PrinterOffset;
import vn.congan.ceremony.common.text.FileNames;

/**
 * Prints certificates: one, a selection, a decision or the whole ceremony, as one PDF in stage
 * order. The check lists the sheets that overflow before anything prints; printing gives each
 * decision its register numbers on first print and logs the job. The preview is the same renderer.
 */
@Service
public class CertificatePrintService {

    private final PrintableAwardRepository printable;
    private final AwardRepository awards;
    private final AwardDecisionRepository decisions;
    private final ConferenceRepository conferences;
    private final OrgSettingsRepository settings;
    private final CertificateTemplateService templates;
    private final PrinterProfileRepository profiles;
    private final PrintLogRepository log;
    private final CertificateOrder order;
    private final BatchEntryLookup batches;
    private final Clock clock;

    public CertificatePrintService(PrintableAwardRepository printable, AwardRepository awards,
            AwardDecisionRepository decisions, ConferenceRepository conferences, OrgSettingsRepository settings,
            CertificateTemplateService templates, PrinterProfileRepository profiles, PrintLogRepository log,
            CertificateOrder order, BatchEntryLookup batches) {
        this.batches = batches;
        this.printable = printable;
        this.awards = awards;
        this.decisions = decisions;
        this.conferences = conferences;
        this.settings = settings;
        this.templates = templates;
        this.profiles = profiles;
        this.log = log;
        this.order = order;
        this.clock = Clock.systemDefaultZone();
    }

    /** Every certificate of the conference in stage order, for the print page's list. */
    @Transactional(readOnly = true)
    public List<AwardRow> rows(Conference conference) {
        List<AwardRow> rows = new ArrayList<>();
        OrgSettings org = org();
        for (CertificateGroup group : order.arrange(printable.findByConference(conference))) {
            for (Award award : group.awards()) {
                CertificateData data = CertificateDataFactory.from(award, null, org);
                rows.add(new AwardRow(award.getId(), award.getDecision().getId(), award.getDecision().getNumber(),
                        award.getDecision().getForm().getName(), data.recipient(), data.recipientDetail(),
                        award.getRegisterNumber()));
            }
        }
        return rows;
    }

    /** The conference's decisions, highest award form first. */
    @Transactional(readOnly = true)
    public List<AwardDecision> decisions(Conference conference) {
        return decisions.findByConference(conference);
    }

    /** The conference's presentation batches, in stage order. */
    @Transactional(readOnly = true)
    public List<BatchChoice> batches(Conference conference) {
        return batches.batchSummaries(conference).stream().map(r -> new BatchChoice((Long) r[0], (Integer) r[1],
                (String) r[2], ((Number) r[3]).intValue())).toList();
    }

    /** A batch as the print page offers it: "Đợt 3 - Giấy khen ... (10)". */
    public record BatchChoice(Long id, int position, String formName, int entries) {
    }

    /** Lays the job out without printing; refuses it when a font lacks a letter. */
    @Transactional(readOnly = true)
    public PrintCheck check(PrintRequest request) {
        Job job = job(request);
        return new PrintCheck(job.certificates, job.sheets.size(), CertificateRenderer.check(job.sheets));
    }

    /**
     * Prints the job into {@code out}: register numbers first (kept from then on), then the PDF,
     * then the log entry. Everything in one transaction, so a refused job leaves no trace.
     */
    @Transactional
    public PrintCheck print(PrintRequest request, String username, OutputStream out) {
        List<Award> chosen = load(request);
        Set<AwardDecision> touched = new LinkedHashSet<>();
        chosen.forEach(a -> touched.add(a.getDecision()));
        for (AwardDecision decision : touched) {
            Set<String> takenElsewhere = Set.copyOf(printable.registerNumbersElsewhere(decision,
                    RegisterNumbers.start(decision.getNumber())));
            RegisterNumbers.assign(decision.getNumber(), awards.findByDecisionWithRecipients(decision),
                    takenElsewhere);
        }
        awards.flush();
        Job job = job(request, chosen);
        // lays every sheet out first: a missing glyph refuses the job before a byte is written
        CertificateRenderer.check(job.sheets);
        PrinterProfile profile = profile(request);
        CertificateRenderer.Report report = CertificateRenderer.render(job.sheets,
                profile == null ? PrinterOffset.NONE : profile.offset(), job.title, out);
        log.save(new PrintLog(LocalDateTime.now(clock), username, job.conference, request.scope(), job.title,
                request.mode(), report.pages(), profile == null ? null : profile.getName()));
        return new PrintCheck(job.certificates, report.pages(), report.warnings());
    }

    /** One certificate as it would print now, with no offset, no register number given and no log entry. */
    @Transactional(readOnly = true)
    public byte[] preview(Long awardId, CertificateMode mode) {
        PrintRequest request = PrintRequest.selection(List.of(awardId), mode, null);
        Job job = job(request);
        return CertificateRenderer.render(job.sheets, PrinterOffset.NONE, job.title);
    }

    /** The template as it stands in the editor (saved or not), filled with the form's first award or a sample. */
    @Transactional(readOnly = true)
    public byte[] sample(CertificateTemplate template) {
        CertificateLayout layout = CertificateTemplateService.layoutOf(template);
        List<Award> candidates = printable.findCurrentByForm(template.getForm());
        CertificateData data = candidates.isEmpty() ? sampleData(template.getForm())
                : CertificateDataFactory.from(candidates.get(0), template.getPlaceName(), org());
        CertificateSheet sheet = new CertificateSheet.Certificate(data.recipient(), layout, data);
        return CertificateRenderer.render(List.of(sheet), PrinterOffset.NONE, template.getName());
    }

    @Transactional(readOnly = true)
    public List<PrintLog> recentLog() {
        return log.findTop100ByOrderByPrintedAtDescIdDesc();
    }

    /** An ASCII file name for the job, which every browser and print spooler accepts. */
    /**
     * The PDF's name says what it holds: "in-quyet-dinh-so-1234-qd-cat-pv01-2020-11-20.pdf",
     * "in-dot-trao-thuong-12-giay-khen-...", for the print shop's folder.
     */
    @Transactional(readOnly = true)
    public String fileName(PrintRequest request) {
        List<Award> chosen = load(request);
        if (chosen.isEmpty()) {
            return FileNames.of("pdf", "in khen thuong");
        }
        return FileNames.of("pdf", "in", title(request, chosen), chosen.get(0).getDecision().getConference().getDate());
    }

    private record Job(Conference conference, String title, int certificates, List<CertificateSheet> sheets) {
    }

    private Job job(PrintRequest request) {
        return job(request, load(request));
    }

    private Job job(PrintRequest request, List<Award> chosen) {
        if (chosen.isEmpty()) {
            throw new UserMessageException("print.error.nothing");
        }
        Map<AwardForm, CertificateTemplate> byForm = new HashMap<>();
        OrgSettings org = org();
        List<CertificateGroup> groups = order.arrange(chosen);
        List<CertificateSheet> sheets = new ArrayList<>();
        for (CertificateGroup group : groups) {
            List<CertificateSheet> certificates = new ArrayList<>();
            for (Award award : group.awards()) {
                CertificateTemplate template = byForm.computeIfAbsent(award.getDecision().getForm(),
                        form -> templates.templateFor(form, request.mode()));
                CertificateData data = CertificateDataFactory.from(award, template.getPlaceName(), org);
                certificates.add(new CertificateSheet.Certificate(CertificateDataFactory.label(award, data),
                        CertificateTemplateService.layoutOf(template), data));
            }
            if (request.separators()) {
                sheets.add(separator(group, certificates.get(0)));
            }
            sheets.addAll(certificates);
        }
        Conference conference = chosen.get(0).getDecision().getConference();
        return new Job(conference, title(request, chosen), chosen.size(), sheets);
    }

    private static CertificateSheet separator(CertificateGroup group, CertificateSheet first) {
        List<String> lines = new ArrayList<>();
        lines.add(group.heading());
        lines.add(group.title());
        if (!group.presenter().isEmpty()) {
            lines.add("Người trao: " + group.presenter());
        }
        lines.add("Số lượng: " + group.awards().size());
        return new CertificateSheet.Separator(first.widthMm(), first.heightMm(), lines);
    }

    private List<Award> load(PrintRequest request) {
        return switch (request.scope()) {
            case CEREMONY -> printable.findByConference(conferences.findById(request.conferenceId())
                    .orElseThrow(() -> new UserMessageException("error.gone")));
            case DECISION -> printable.findByDecision(decisions.findById(request.decisionId())
                    .orElseThrow(() -> new UserMessageException("error.gone")));
            case BATCH -> {
                List<Long> ids = batches.awardIdsOfBatch(request.decisionId());
                yield ids.isEmpty() ? List.of() : printable.findByIds(ids);
            }
            case SELECTION -> request.awardIds().isEmpty() ? List.of() : printable.findByIds(request.awardIds());
        };
    }

    private static String title(PrintRequest request, List<Award> chosen) {
        return switch (request.scope()) {
            case CEREMONY -> "Toàn bộ khen thưởng: " + chosen.get(0).getDecision().getConference()
                    .getTitle();
            case DECISION -> "Quyết định số " + chosen.get(0).getDecision().getNumber();
            case BATCH -> "Đợt trao thưởng: " + chosen.size() + " " + chosen.get(0).getDecision().getForm().getName();
            case SELECTION -> chosen.size() == 1
                    ? CertificateDataFactory.from(chosen.get(0), "", null).recipient() + " - Quyết định số "
                            + chosen.get(0).getDecision().getNumber()
                    : chosen.size() + " giấy khen, bằng khen được chọn";
        };
    }

    private PrinterProfile profile(PrintRequest request) {
        return request.profileId() == null ? null : profiles.findById(request.profileId())
                .orElseThrow(() -> new UserMessageException("error.gone"));
    }

    private OrgSettings org() {
        return settings.findFirstByOrderByIdAsc().orElse(null);
    }

    private static CertificateData sampleData(AwardForm form) {
        return new CertificateData(form.getAuthorityLine(), form.getTitle(), "Phòng Cảnh sát hình sự", "",
                "Đã có thành tích xuất sắc trong Phong trào thi đua đặc biệt", "123/QĐ-MẪU",
                java.time.LocalDate.now(), RegisterNumbers.prefix("123/QĐ-MẪU") + "-001", "", List.of("GIÁM ĐỐC"),
                "Đại tá Nguyễn Văn Mẫu");
    }
}
