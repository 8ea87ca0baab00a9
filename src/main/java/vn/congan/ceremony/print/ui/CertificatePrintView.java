package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.print.AwardRow;
import vn.congan.ceremony.print.CertificatePrintService;
import vn.congan.ceremony.print.PrintCheck;
import vn.congan.ceremony.print.PrintFile;
import vn.congan.ceremony.print.PrintLog;
import vn.congan.ceremony.print.PrintRequest;
import vn.congan.ceremony.print.PrintScope;
import vn.congan.ceremony.print.PrinterProfile;
import vn.congan.ceremony.print.PrinterProfileService;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.FitWarning;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;
import vn.congan.ceremony.ui.Downloads;

/**
 * The print page: choose what to print (the ceremony, a decision or a selection), the mode and
 * the printer profile; check first (overflowing sheets are listed), then download one PDF in
 * stage order. A preview of the selected certificate comes from the same renderer.
 */
@Route(value = "print/certificates", layout = MainLayout.class)
@Menu(title = "nav.certificates", order = 50, icon = "vaadin:diploma")
@RolesAllowed({Role.Names.PRINT, Role.Names.ORGANIZER})
public class CertificatePrintView extends VerticalLayout implements HasDynamicTitle {

    private final CertificatePrintService service;
    private final String username;
    private final RadioButtonGroup<PrintScope> scope = new RadioButtonGroup<>();
    private final ComboBox<AwardDecision> decision = new ComboBox<>();
    private final ComboBox<CertificatePrintService.BatchChoice> batch = new ComboBox<>();
    private final Grid<AwardRow> awards = new Grid<>(AwardRow.class, false);
    private final RadioButtonGroup<CertificateMode> mode = new RadioButtonGroup<>();
    private final ComboBox<PrinterProfile> profile = new ComboBox<>();
    private final Checkbox separators = new Checkbox();
    private final Button check = new Button();
    private final Div result = new Div();
    private final Checkbox acceptWarnings = new Checkbox();
    private final Anchor download = new Anchor();
    private final Span downloadHint = new Span();
    private final Anchor previewLink = new Anchor();
    private final IFrame preview = new IFrame();
    private final H3 previewTitle = new H3();
    private final Grid<PrintLog> log = new Grid<>(PrintLog.class, false);
    private Conference conference;
    private PrintRequest checked;

    public CertificatePrintView(CertificatePrintService service, PrinterProfileService profiles,
            ConferenceService conferences, AuthenticationContext authentication) {
        this.service = service;
        this.username = authentication.getPrincipalName().orElse("?");
        addClassName("certificate-print-view");
        add(new H2(getTranslation("print.title")));
        conferences.current().ifPresentOrElse(c -> {
            conference = c;
            configureChoices(profiles.findAll());
            configureAwards();
            configureResult();
            configureLog();
            add(new HorizontalLayout(scope, batch, decision), awards,
                    new HorizontalLayout(FlexComponent.Alignment.BASELINE, mode, profile, separators), check, result,
                    new HorizontalLayout(FlexComponent.Alignment.BASELINE, acceptWarnings, download, downloadHint),
                    previewTitle, previewLink, preview,
                    new H3(getTranslation("print.log.title")), log);
            refresh();
            scopeChanged();
        }, () -> add(new Paragraph(getTranslation("dashboard.noConference"))));
    }

    private void configureChoices(List<PrinterProfile> printerProfiles) {
        scope.setLabel(getTranslation("print.scope"));
        scope.setItems(PrintScope.CEREMONY, PrintScope.BATCH, PrintScope.DECISION, PrintScope.SELECTION);
        scope.setItemLabelGenerator(s -> getTranslation("print.scope." + s.name()));
        scope.setValue(PrintScope.CEREMONY);
        scope.addValueChangeListener(e -> scopeChanged());
        decision.setLabel(getTranslation("print.decision"));
        decision.setItemLabelGenerator(d -> d.getNumber() + " - " + d.getForm().getName());
        decision.setItems(service.decisions(conference));
        decision.setWidth("28em");
        decision.addValueChangeListener(e -> invalidate());
        batch.setLabel(getTranslation("print.batch"));
        batch.setItemLabelGenerator(b -> getTranslation("print.batch.label", b.position(), b.formName(), b.entries()));
        batch.setItems(service.batches(conference));
        batch.setWidth("28em");
        batch.addValueChangeListener(e -> invalidate());
        mode.setLabel(getTranslation("print.mode"));
        mode.setItems(CertificateMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("print.mode." + m.name()));
        mode.setValue(CertificateMode.FULL);
        mode.addValueChangeListener(e -> {
            invalidate();
            updatePreview();
            updateSeparatorsHint();
        });
        profile.setLabel(getTranslation("print.profile"));
        profile.setPlaceholder(getTranslation("print.profile.none"));
        profile.setItems(printerProfiles);
        profile.setItemLabelGenerator(PrinterProfile::getName);
        profile.setClearButtonVisible(true);
        profile.setWidth("22em");
        profile.addValueChangeListener(e -> invalidate());
        separators.setLabel(getTranslation("print.separators"));
        separators.setId("print-separators");
        separators.addValueChangeListener(e -> invalidate());
        updateSeparatorsHint();
        check.setText(getTranslation("print.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> runCheck());
    }

    private void configureAwards() {
        awards.setSelectionMode(Grid.SelectionMode.MULTI);
        awards.addColumn(AwardRow::decisionNumber).setHeader(getTranslation("print.col.decision")).setAutoWidth(true);
        awards.addColumn(AwardRow::recipient).setHeader(getTranslation("print.col.recipient")).setFlexGrow(2);
        awards.addColumn(AwardRow::detail).setHeader(getTranslation("print.col.detail")).setFlexGrow(2);
        awards.addColumn(r -> r.registerNumber() == null ? "" : r.registerNumber())
                .setHeader(getTranslation("print.col.register")).setAutoWidth(true);
        awards.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        awards.setHeight("22em");
        awards.addSelectionListener(e -> {
            invalidate();
            updatePreview();
        });
    }

    private void configureResult() {
        result.addClassName("print-check-result");
        acceptWarnings.setLabel(getTranslation("print.acceptWarnings"));
        acceptWarnings.setVisible(false);
        acceptWarnings.addValueChangeListener(e -> enableDownload(checked != null && e.getValue()));
        download.setText(getTranslation("print.download"));
        download.setDownload(true);
        download.addClassName("print-download");
        download.setId("print-download");
        downloadHint.addClassName("print-download-hint");
        downloadHint.setId("print-download-hint");
        enableDownload(false);
        previewTitle.setText(getTranslation("print.preview"));
        previewTitle.setVisible(false);
        previewLink.setText(getTranslation("print.preview.open"));
        previewLink.setTarget(AnchorTarget.BLANK);
        previewLink.setVisible(false);
        preview.setWidth("100%");
        preview.setHeight("32em");
        preview.setVisible(false);
    }

    private void configureLog() {
        log.addColumn(l -> DateLine.shortDate(l.getPrintedAt().toLocalDate()) + " "
                + DateLine.time(l.getPrintedAt().toLocalTime())).setHeader(getTranslation("print.log.when"))
                .setAutoWidth(true);
        log.addColumn(PrintLog::getUsername).setHeader(getTranslation("print.log.who")).setAutoWidth(true);
        log.addColumn(PrintLog::getDescription).setHeader(getTranslation("print.log.what")).setFlexGrow(3);
        log.addColumn(l -> getTranslation("print.mode." + l.getMode().name())).setHeader(getTranslation("print.mode"));
        log.addColumn(PrintLog::getSheets).setHeader(getTranslation("print.log.sheets"));
        log.addColumn(l -> l.getProfileName() == null ? "" : l.getProfileName())
                .setHeader(getTranslation("print.profile"));
        log.setAllRowsVisible(true);
    }

    /** On blanks, the slips never go onto a blank: the checkbox says where they go instead. */
    private void updateSeparatorsHint() {
        separators.setHelperText(mode.getValue() == CertificateMode.BLANK_STOCK
                ? getTranslation("print.separators.blankStock") : null);
    }

    private void scopeChanged() {
        decision.setVisible(scope.getValue() == PrintScope.DECISION);
        batch.setVisible(scope.getValue() == PrintScope.BATCH);
        separators.setEnabled(scope.getValue() != PrintScope.SELECTION);
        invalidate();
    }

    /** Any change of what or how to print needs a new check before the download. */
    private void invalidate() {
        checked = null;
        enableDownload(false);
        acceptWarnings.setVisible(false);
        acceptWarnings.setValue(false);
        result.removeAll();
        download.setText(getTranslation("print.download"));
    }

    private void runCheck() {
        PrintRequest request = request();
        if (request == null) {
            return;
        }
        UiErrors.attempt(this, () -> {
            PrintCheck outcome = service.check(request);
            showCheck(outcome);
            checked = request;
            boolean clean = outcome.warnings().isEmpty();
            acceptWarnings.setVisible(!clean);
            download.setText(outcome.zipped() ? getTranslation("print.download.zip", outcome.files().size())
                    : getTranslation("print.download"));
            download.setHref(printHandler(request), AttachmentType.DOWNLOAD);
            enableDownload(clean);
        });
    }

    /**
     * The download is a link that looks and acts disabled until a check has run (and its
     * warnings, if any, were accepted); the hint beside it says which of the two is missing.
     */
    private void enableDownload(boolean enabled) {
        download.setEnabled(enabled);
        downloadHint.setVisible(!enabled);
        downloadHint.setText(getTranslation(checked == null ? "print.download.checkFirst"
                : "print.download.acceptFirst"));
    }

    private PrintRequest request() {
        Long profileId = profile.getValue() == null ? null : profile.getValue().getId();
        return switch (scope.getValue()) {
            case CEREMONY -> PrintRequest.ceremony(conference.getId(), mode.getValue(), profileId,
                    separators.getValue());
            case BATCH -> {
                if (batch.getValue() == null) {
                    UiErrors.error(getTranslation("print.error.chooseBatch"));
                    yield null;
                }
                yield PrintRequest.batch(batch.getValue().id(), mode.getValue(), profileId, separators.getValue());
            }
            case DECISION -> {
                if (decision.getValue() == null) {
                    UiErrors.error(getTranslation("print.error.chooseDecision"));
                    yield null;
                }
                yield PrintRequest.decision(decision.getValue().getId(), mode.getValue(), profileId,
                        separators.getValue());
            }
            case SELECTION -> {
                if (awards.getSelectedItems().isEmpty()) {
                    UiErrors.error(getTranslation("print.error.chooseAwards"));
                    yield null;
                }
                yield PrintRequest.selection(selectedIds(), mode.getValue(), profileId);
            }
        };
    }

    private List<Long> selectedIds() {
        return awards.getSelectedItems().stream().map(AwardRow::awardId).sorted(Comparator.naturalOrder()).toList();
    }

    private void showCheck(PrintCheck outcome) {
        result.removeAll();
        Paragraph summary = new Paragraph(getTranslation("print.check.summary", outcome.certificates(),
                outcome.sheets()));
        summary.addClassName("print-summary");
        result.add(summary);
        if (outcome.zipped()) {
            Paragraph head = new Paragraph(getTranslation("print.check.files", outcome.files().size()));
            head.addClassName("print-files-head");
            UnorderedList files = new UnorderedList();
            files.addClassName("print-files");
            for (PrintFile file : outcome.files()) {
                ListItem item = new ListItem(getTranslation(file.slips() ? "print.check.file.slips"
                        : file.blankStock() ? "print.check.file.blank" : "print.check.file.plain",
                        file.fileName(), file.sheets(), file.stock()));
                item.addClassName("print-file");
                files.add(item);
            }
            result.add(head, files);
        }
        outcome.files().stream().filter(PrintFile::slips).findFirst().ifPresent(slips -> {
            Paragraph notice = new Paragraph(getTranslation("print.check.slips", slips.fileName(), slips.sheets()));
            notice.addClassName("print-slips-notice");
            result.add(notice);
        });
        if (!outcome.warnings().isEmpty()) {
            Paragraph head = new Paragraph(getTranslation("print.check.warnings", outcome.warnings().size()));
            head.addClassName("print-warnings-head");
            UnorderedList list = new UnorderedList();
            list.addClassName("print-warnings");
            // in a ZIP, a sheet number means nothing without its file
            for (PrintFile file : outcome.files()) {
                for (FitWarning w : file.warnings()) {
                    list.add(new ListItem(outcome.zipped()
                            ? getTranslation("print.check.warning.inFile", w.page(), w.sheet(),
                                    getTranslation(w.field().labelKey()), file.fileName())
                            : getTranslation("print.check.warning", w.page(), w.sheet(),
                                    getTranslation(w.field().labelKey()))));
                }
            }
            result.add(head, list);
        }
    }

    /**
     * The job streams into the response as it is rendered: the service checks it (a refusal is
     * shown on the page, HTTP 409, nothing sent) and only then names the file and writes it.
     */
    private DownloadHandler printHandler(PrintRequest request) {
        return Downloads.streamed(open -> service.print(request, username,
                (fileName, zipped) -> open.open(fileName, zipped ? Downloads.ZIP : Downloads.PDF)), ui -> refresh());
    }

    private void updatePreview() {
        List<Long> ids = selectedIds();
        boolean one = !ids.isEmpty();
        previewTitle.setVisible(one);
        previewLink.setVisible(one);
        preview.setVisible(one);
        if (one) {
            Long id = ids.get(0);
            CertificateMode chosenMode = mode.getValue();
            DownloadHandler handler = Downloads.handler(null, Downloads.PDF, () -> service.preview(id, chosenMode));
            previewLink.setHref(handler, AttachmentType.INLINE);
            preview.setSrc(handler);
        }
    }

    private void refresh() {
        awards.setItems(service.rows(conference));
        log.setItems(service.recentLog());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.title") + " | " + getTranslation("app.title");
    }
}
