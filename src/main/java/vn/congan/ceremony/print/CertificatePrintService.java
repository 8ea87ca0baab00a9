package vn.congan.ceremony.print;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.award.AwardRegisterNumber;
import vn.congan.ceremony.award.AwardService;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.FileNames;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.print.certificate.CertificateData;
import vn.congan.ceremony.print.certificate.CertificateLayout;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.CertificateRenderer;
import vn.congan.ceremony.print.certificate.CertificateSheet;
import vn.congan.ceremony.print.certificate.FitWarning;
import vn.congan.ceremony.print.certificate.PrinterOffset;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderService;

/**
 * Prints certificates: one, a selection, a decision or the whole ceremony, in stage order, as one
 * PDF per stock: a job that needs A3 Bằng khen and A4 Giấy khen comes out as a ZIP with one PDF
 * for each, named after its stock, and in blank-stock mode the separator slips are a PDF of their
 * own on plain A4 paper (never printed onto a blank). The check lists the files with their sheets
 * and the sheets that overflow before anything prints; printing gives each decision its register
 * numbers on first print and logs the job. The preview is the same renderer.
 */
@Service
public class CertificatePrintService {

    private final PrintableAwardRepository printable;
    private final AwardService awards;
    private final AwardDecisionService decisions;
    private final ConferenceService conferences;
    private final OrganisationService organisation;
    private final CertificateTemplateService templates;
    private final PrinterProfileRepository profiles;
    private final PrintLogRepository log;
    private final CertificateOrder order;
    private final StageOrderService stageOrder;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    public CertificatePrintService(PrintableAwardRepository printable, AwardService awards,
            AwardDecisionService decisions, ConferenceService conferences, OrganisationService organisation,
            CertificateTemplateService templates, PrinterProfileRepository profiles, PrintLogRepository log,
            CertificateOrder order, StageOrderService stageOrder) {
        this.stageOrder = stageOrder;
        this.printable = printable;
        this.awards = awards;
        this.decisions = decisions;
        this.conferences = conferences;
        this.organisation = organisation;
        this.templates = templates;
        this.profiles = profiles;
        this.log = log;
        this.order = order;
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * Every certificate's row at once, in stage order. The print page reads them a page at a time
     * instead ({@link #listing}, {@link #rows(List)}); a whole large ceremony's rows take about
     * five times as long as the ids and one page.
     */
    @Transactional(readOnly = true)
    public List<AwardRow> rows(Conference conference) {
        return rows(listing(conference));
    }

    /**
     * The conference's certificates as award ids, in the order a print of the whole ceremony
     * stacks them: batch by batch as the MC calls them, then the awards in no batch in decision
     * order ({@link PresentationBatchOrder}, {@link DecisionListOrder}). Read as plain columns, so
     * that the print page can list thousands of certificates a page at a time ({@link #rows(List)}).
     */
    @Transactional(readOnly = true)
    public List<Long> listing(Conference conference) {
        List<PrintableAwardRepository.Listed> listed = printable.listConference(conference);
        Set<Long> remaining = new LinkedHashSet<>();
        listed.forEach(a -> remaining.add(a.id()));
        List<Long> ids = new ArrayList<>(listed.size());
        for (var place : stageOrder.places(conference)) {
            if (remaining.remove(place.awardId())) {
                ids.add(place.awardId());
            }
        }
        listed.stream().filter(a -> remaining.contains(a.id())).sorted(DecisionListOrder.LISTED)
                .forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** The print page's rows of these awards, in the order given; an award deleted meanwhile is left out. */
    @Transactional(readOnly = true)
    public List<AwardRow> rows(List<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Award> byId = new HashMap<>();
        printable.findByIds(awardIds).forEach(a -> byId.put(a.getId(), a));
        OrgSettings org = org();
        List<AwardRow> rows = new ArrayList<>(awardIds.size());
        for (Long id : awardIds) {
            Award award = byId.get(id);
            if (award != null) {
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
        return decisions.decisionsOf(conference);
    }

    /** The conference's presentation batches, in stage order. */
    @Transactional(readOnly = true)
    public List<BatchChoice> batches(Conference conference) {
        return stageOrder.batchSummaries(conference).stream()
                .map(b -> new BatchChoice(b.id(), b.number(), b.formName(), (int) b.entries())).toList();
    }

    /** A batch as the print page offers it: "Đợt 3 - Giấy khen ... (10)". */
    public record BatchChoice(Long id, int position, String formName, int entries) {
    }

    /** Lays the job out without printing; refuses it when a font lacks a letter. */
    @Transactional(readOnly = true)
    public PrintCheck check(PrintRequest request) {
        Job job = job(request);
        List<List<FitWarning>> perFile = new ArrayList<>();
        for (Part part : job.parts) {
            perFile.add(CertificateRenderer.check(part.sheets));
        }
        List<PrintFile> files = files(job, perFile);
        return new PrintCheck(job.certificates, job.sheetCount(),
                files.stream().flatMap(f -> f.warnings().stream()).toList(), files);
    }

    /**
     * Where a print job goes once it has passed every check: {@code open} is called once, with
     * the file's name and whether it is a ZIP, before the first byte is written.
     */
    @FunctionalInterface
    public interface PrintTarget {
        OutputStream open(String fileName, boolean zipped) throws IOException;
    }

    /**
     * The print page's download: {@code request} as it was checked ({@code checked}, what the user
     * read), refused while the rule of {@link PrintCheck#downloadRefusal} says no (no check yet,
     * or overflowing sheets not accepted); then as {@link #print(PrintRequest, String, PrintTarget)}.
     */
    @Transactional
    public PrintCheck print(PrintRequest request, PrintCheck checked, boolean warningsAccepted, String username,
            PrintTarget target) {
        PrintCheck.downloadRefusal(checked, warningsAccepted).ifPresent(key -> {
            throw new UserMessageException(key);
        });
        return print(request, username, target);
    }

    /** As {@link #print(PrintRequest, String, PrintTarget)}, into a stream already open. */
    @Transactional
    public PrintCheck print(PrintRequest request, String username, OutputStream out) {
        return print(request, username, (fileName, zipped) -> out);
    }

    /**
     * Prints the job: register numbers first (kept from then on), then every sheet is laid out
     * (a missing glyph refuses the job), and only then is {@code target} opened and the PDF (or
     * the ZIP of one PDF per stock) streamed into it page by page, never held whole in memory;
     * then the log entry. Everything in one transaction, so a refused job leaves no trace; a job
     * that fails once streaming has begun is rolled back too (numbers and log), and the stream
     * is left without its PDF trailer or ZIP directory.
     */
    @Transactional
    public PrintCheck print(PrintRequest request, String username, PrintTarget target) {
        number(request);
        List<Award> chosen = load(request);
        Job job = job(request, chosen);
        // every text of every sheet first: a missing letter refuses the job before a byte is written;
        // fitting the texts (the check's other half) is done page by page as the PDF streams
        job.parts.forEach(part -> CertificateRenderer.requirePrintable(part.sheets));
        PrinterProfile profile = profile(request);
        List<PrintFile> files = files(job, null);
        List<List<FitWarning>> perFile = new ArrayList<>();
        int pages = 0;
        boolean zipped = job.parts.size() > 1;
        OutputStream out;
        try {
            out = target.open(zipped ? zipName(job) : fileName(job), zipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!zipped) {
            CertificateRenderer.Report report = CertificateRenderer.render(job.parts.get(0).sheets,
                    offset(profile, job.parts.get(0)), job.title, out);
            pages = report.pages();
            perFile.add(report.warnings());
        } else {
            ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out));
            // the PDFs' page contents are compressed already: the quickest level loses almost nothing
            zip.setLevel(Deflater.BEST_SPEED);
            try {
                for (int i = 0; i < job.parts.size(); i++) {
                    Part part = job.parts.get(i);
                    zip.putNextEntry(new ZipEntry(files.get(i).fileName()));
                    CertificateRenderer.Report report = CertificateRenderer.render(part.sheets, offset(profile, part),
                            job.title + " - " + part.stock, new KeepOpen(zip));
                    zip.closeEntry();
                    pages += report.pages();
                    perFile.add(report.warnings());
                }
                zip.finish();
                zip.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        log.save(new PrintLog(LocalDateTime.now(clock), username, job.conference, request.scope(), job.title,
                request.mode(), pages, profile == null ? null : profile.getName()));
        files = files(job, perFile);
        return new PrintCheck(job.certificates, pages, files.stream().flatMap(f -> f.warnings().stream()).toList(),
                files);
    }

    /** The printer's offset for the paper of {@code part} (its tray); plain-paper slips need none. */
    private static PrinterOffset offset(PrinterProfile profile, Part part) {
        return profile == null || part.slips ? PrinterOffset.NONE : profile.offsetFor(part.widthMm, part.heightMm);
    }

    /** The files of the job, in the order they are printed, named after their stock, with their warnings (or none). */
    private static List<PrintFile> files(Job job, List<List<FitWarning>> warnings) {
        List<PrintFile> files = new ArrayList<>();
        for (int i = 0; i < job.parts.size(); i++) {
            Part part = job.parts.get(i);
            String name = job.parts.size() == 1 ? fileName(job)
                    : FileNames.of("pdf", "in", part.slips ? "Tờ phân cách" : part.stock, job.title,
                            job.conference.getDate());
            files.add(new PrintFile(name, part.stock, part.blankStock, part.slips, part.sheets.size(),
                    warnings == null ? List.of() : warnings.get(i)));
        }
        return files;
    }

    /** An output stream that {@code close} only flushes: each PDF closes its writer, the ZIP goes on. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** One certificate as it would print now, with no offset, no register number given and no log entry. */
    @Transactional(readOnly = true)
    public byte[] preview(Long awardId, CertificateMode mode) {
        PrintRequest request = PrintRequest.selection(List.of(awardId), mode, null);
        Job job = job(request);
        return CertificateRenderer.render(job.parts.get(0).sheets, PrinterOffset.NONE, job.title);
    }

    /**
     * The job checked and rendered into nothing, as it would print now: no register number given,
     * no log entry, no file. The start-up warm-up runs it on the current ceremony, so that the
     * first real check and download after a start find their code compiled; returns the pages.
     */
    @Transactional(readOnly = true)
    public int rehearse(PrintRequest request) {
        Job job = job(request);
        int pages = 0;
        for (Part part : job.parts) {
            CertificateRenderer.check(part.sheets);
            pages += CertificateRenderer.render(part.sheets, PrinterOffset.NONE, job.title,
                    OutputStream.nullOutputStream()).pages();
        }
        return pages;
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

    /**
     * The download's ASCII name says what it holds: "in-quyet-dinh-so-1234-qd-cat-pv01-2020-11-20.pdf",
     * "in-dot-trao-thuong-12-giay-khen-...", for the print shop's folder; a job on more than one
     * stock is a ZIP of that name ("in-toan-bo-khen-thuong-...zip") holding one PDF per stock.
     */
    @Transactional(readOnly = true)
    public String fileName(PrintRequest request) {
        List<Award> chosen = load(request);
        if (chosen.isEmpty()) {
            return FileNames.of("pdf", "in khen thuong");
        }
        Job job = job(request, chosen);
        return job.parts.size() == 1 ? fileName(job) : zipName(job);
    }

    private static String fileName(Job job) {
        return FileNames.of("pdf", "in", job.title, job.conference.getDate());
    }

    private static String zipName(Job job) {
        return FileNames.of("zip", "in", job.title, job.conference.getDate());
    }

    /** The paper for separator slips in blank-stock mode: plain A4 landscape, whatever the blanks. */
    static final double SLIP_WIDTH_MM = 297;
    static final double SLIP_HEIGHT_MM = 210;

    /** The sheets of one stock, in stage order. */
    private record Part(String stock, boolean blankStock, boolean slips, double widthMm, double heightMm,
            List<CertificateSheet> sheets) {
    }

    private record Job(Conference conference, String title, int certificates, List<Part> parts) {
        int sheetCount() {
            return parts.stream().mapToInt(p -> p.sheets.size()).sum();
        }
    }

    /** Where a certificate goes: its blank (blank-stock mode: the form's template) or its paper size (full mode). */
    private record Stock(String key, AwardForm form, double widthMm, double heightMm) {
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
        boolean blank = request.mode() == CertificateMode.BLANK_STOCK;
        // first pass: each group's certificates, split by the stock they print on
        List<CertificateGroup> groups = order.arrange(chosen);
        Map<String, List<Stock>> stocks = new LinkedHashMap<>();
        List<Map<Stock, List<CertificateSheet>>> split = new ArrayList<>();
        for (CertificateGroup group : groups) {
            Map<Stock, List<CertificateSheet>> byStock = new LinkedHashMap<>();
            for (Award award : group.awards()) {
                AwardForm form = award.getDecision().getForm();
                CertificateTemplate template = byForm.computeIfAbsent(form,
                        f -> templates.templateFor(f, request.mode()));
                CertificateData data = CertificateDataFactory.from(award, template.getPlaceName(), org);
                CertificateSheet.Certificate sheet = new CertificateSheet.Certificate(
                        CertificateDataFactory.label(award, data), CertificateTemplateService.layoutOf(template), data);
                String paperKey = Math.round(sheet.widthMm() * 10) + "x" + Math.round(sheet.heightMm() * 10);
                String key = blank ? form.getId() + "/" + form.getName() + "/" + paperKey : paperKey;
                List<Stock> known = stocks.computeIfAbsent(key, k -> new ArrayList<>());
                if (known.stream().noneMatch(st -> st.form().equals(form))) {
                    known.add(new Stock(key, form, sheet.widthMm(), sheet.heightMm()));
                }
                Stock stock = known.get(0);
                byStock.computeIfAbsent(stock, k -> new ArrayList<>()).add(sheet);
            }
            split.add(byStock);
        }
        Map<String, String> labels = labels(stocks, blank);
        // second pass: the parts, separators in front of each group's share of a stock
        Map<String, Part> parts = new LinkedHashMap<>();
        List<CertificateSheet> slips = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            CertificateGroup group = groups.get(i);
            for (Map.Entry<Stock, List<CertificateSheet>> entry : split.get(i).entrySet()) {
                Stock stock = entry.getKey();
                String label = labels.get(stock.key());
                Part part = parts.computeIfAbsent(stock.key(), k -> new Part(label, blank, false,
                        stock.widthMm(), stock.heightMm(), new ArrayList<>()));
                if (request.separators()) {
                    if (blank) {
                        slips.add(separator(group, entry.getValue().size(), SLIP_WIDTH_MM, SLIP_HEIGHT_MM,
                                "Phôi: " + label));
                    } else {
                        part.sheets.add(separator(group, entry.getValue().size(), stock.widthMm(), stock.heightMm(),
                                null));
                    }
                }
                part.sheets.addAll(entry.getValue());
            }
        }
        List<Part> all = new ArrayList<>(parts.values());
        if (!slips.isEmpty()) {
            all.add(new Part("Tờ phân cách - giấy trắng A4", false, true, SLIP_WIDTH_MM, SLIP_HEIGHT_MM, slips));
        }
        Conference conference = chosen.get(0).getDecision().getConference();
        return new Job(conference, title(request, chosen), chosen.size(), all);
    }

    /**
     * Each stock's name: the forms on it and the paper ("Bằng khen A3", "Giấy khen A4"); blanks of
     * two forms that would read the same ("Bằng khen A3" of the Minister and of the Prime
     * Minister) are named by their forms' full names.
     */
    private static Map<String, String> labels(Map<String, List<Stock>> stocks, boolean blank) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, List<Stock>> entry : stocks.entrySet()) {
            Stock first = entry.getValue().get(0);
            String forms = entry.getValue().stream().map(st -> shortTitle(st.form())).distinct()
                    .reduce((a, b) -> a + ", " + b).orElse("");
            labels.put(entry.getKey(), forms + " " + paper(first.widthMm(), first.heightMm()));
        }
        if (blank) {
            for (Map.Entry<String, List<Stock>> entry : stocks.entrySet()) {
                String label = labels.get(entry.getKey());
                if (labels.values().stream().filter(label::equals).count() > 1) {
                    Stock first = entry.getValue().get(0);
                    labels.put(entry.getKey(), first.form().getName() + " " + paper(first.widthMm(), first.heightMm()));
                }
            }
        }
        return labels;
    }

    /** "BẰNG KHEN" → "Bằng khen". */
    private static String shortTitle(AwardForm form) {
        String lower = form.getTitle().toLowerCase(Locale.forLanguageTag("vi"));
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi"))
                + lower.substring(1);
    }

    /** "A3", "A4" in either orientation, or the size in mm. */
    static String paper(double widthMm, double heightMm) {
        for (TemplatePaper paper : new TemplatePaper[] {TemplatePaper.A4, TemplatePaper.A3}) {
            double longSide = Math.max(widthMm, heightMm);
            double shortSide = Math.min(widthMm, heightMm);
            if (Math.abs(longSide - paper.longMm()) < 1 && Math.abs(shortSide - paper.shortMm()) < 1) {
                return paper.name();
            }
        }
        return Math.round(widthMm) + " x " + Math.round(heightMm) + " mm";
    }

    private static CertificateSheet separator(CertificateGroup group, int count, double widthMm, double heightMm,
            String stockLine) {
        List<String> lines = new ArrayList<>();
        lines.add(group.heading());
        lines.add(group.title());
        if (!group.presenter().isEmpty()) {
            lines.add("Người trao: " + group.presenter());
        }
        lines.add("Số lượng: " + count);
        if (stockLine != null) {
            lines.add(stockLine);
        }
        return new CertificateSheet.Separator(widthMm, heightMm, lines);
    }

    /**
     * Gives register numbers to the job's decisions' awards that have none, before any award is
     * loaded (the awards then read carry them): per decision one read of its numbers and one of
     * the numbers other decisions took under its prefix, then one batched statement for all;
     * returns how many were given. Runs in the caller's transaction.
     */
    int number(PrintRequest request) {
        Map<Long, String> given = new HashMap<>();
        for (AwardDecision decision : decisionsOf(request)) {
            List<AwardRegisterNumber> numbers = awards.registerNumbers(decision.getId());
            if (numbers.stream().noneMatch(n -> n.number() == null)) {
                continue;
            }
            Set<String> takenElsewhere = Set.copyOf(printable.registerNumbersElsewhere(decision.getId(),
                    RegisterNumbers.start(decision.getNumber())));
            given.putAll(RegisterNumbers.assign(decision.getNumber(), numbers, takenElsewhere));
        }
        awards.giveRegisterNumbers(given);
        if (!given.isEmpty()) {
            // the numbers went to the database past the persistence context: an award read before
            // (the stage order's read model reads a batch's awards) would still show none there;
            // nothing read so far is used again, the job reads its awards afresh
            entityManager.clear();
        }
        return given.size();
    }

    /** The awards of a batch in the order they are handed out (the stage order's read model); none once it was removed. */
    private List<Long> awardIdsOfBatch(Long batchId) {
        return stageOrder.batch(batchId).map(b -> b.entries().stream().map(StageEntry::awardId).toList())
                .orElse(List.of());
    }

    /** The decisions whose awards the job prints. */
    private List<AwardDecision> decisionsOf(PrintRequest request) {
        return switch (request.scope()) {
            case CEREMONY -> decisions.decisionsOf(conference(request.conferenceId()));
            case DECISION -> List.of(decisions.decision(request.decisionId()));
            case BATCH -> decisionsOfAwards(awardIdsOfBatch(request.decisionId()));
            case SELECTION -> decisionsOfAwards(request.awardIds());
        };
    }

    private List<AwardDecision> decisionsOfAwards(List<Long> awardIds) {
        return awardIds.isEmpty() ? List.of() : printable.decisionsOfAwards(awardIds);
    }

    private Conference conference(Long id) {
        return conferences.load(id).orElseThrow(() -> new UserMessageException("error.gone"));
    }

    private List<Award> load(PrintRequest request) {
        return switch (request.scope()) {
            case CEREMONY -> printable.findByConference(conference(request.conferenceId()));
            case DECISION -> printable.findByDecision(decisions.decision(request.decisionId()));
            case BATCH -> {
                List<Long> ids = awardIdsOfBatch(request.decisionId());
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
        return organisation.settings().orElse(null);
    }

    private static CertificateData sampleData(AwardForm form) {
        return new CertificateData(form.getAuthorityLine(), form.getTitle(), "Phòng Cảnh sát hình sự", "",
                "Đã có thành tích xuất sắc trong Phong trào thi đua đặc biệt", "123/QĐ-MẪU",
                LocalDate.now(), RegisterNumbers.prefix("123/QĐ-MẪU") + "-001", "", List.of("GIÁM ĐỐC"),
                "Đại tá Nguyễn Văn Mẫu");
    }
}
