package vn.congan.ceremony.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.stream.Collectors;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.importer.ImportPreview;
import vn.congan.ceremony.award.importer.ImportResult;
import vn.congan.ceremony.award.importer.MatchStatus;
import vn.congan.ceremony.award.importer.ParsedList;
import vn.congan.ceremony.award.importer.PreviewRow;
import vn.congan.ceremony.award.importer.RecipientImportService;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.ui.CleanedNotes;
import vn.congan.ceremony.ui.SpreadsheetUploads;
import vn.congan.ceremony.ui.UiErrors;

/**
 * Upload a recipient list, look at every parsed row with its matches and problems (and the hidden
 * characters removed from it), then commit the importable rows in one go or cancel. Nothing is
 * written before the commit.
 */
public class ImportDialog extends Dialog {

    private final transient RecipientImportService service;
    private final Long decisionId;
    private final Runnable afterCommit;
    private final Upload upload = new Upload();
    private final Paragraph summary = new Paragraph();
    private final Grid<PreviewRow> preview = new Grid<>();
    private final Button commit = new Button();
    private transient ParsedList parsed;

    public ImportDialog(RecipientImportService service, AwardDecision decision, Runnable afterCommit) {
        this.service = service;
        this.decisionId = decision.getId();
        this.afterCommit = afterCommit;
        addClassName("import-dialog");
        setHeaderTitle(getTranslation("award.import.title", decision.getNumber()));
        setWidth("95vw");
        setMaxWidth("1400px");
        setHeight("90vh");

        configureUpload();
        configurePreview();
        summary.addClassName("import-summary");
        summary.setText(getTranslation("award.import.hint"));
        commit.setText(getTranslation("award.import.commit"));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        Button cancel = new Button(getTranslation("award.import.cancel"), e -> close());
        cancel.setId("import-cancel");
        getFooter().add(cancel, commit);
        add(upload, summary, preview);
    }

    private void configureUpload() {
        upload.setId("import-upload");
        SpreadsheetUploads.configure(upload, this::read);
    }

    private void configurePreview() {
        preview.addColumn(r -> r.recipient().rowNumber()).setHeader(getTranslation("award.import.col.row"))
                .setWidth("70px").setFlexGrow(0);
        preview.addColumn(r -> getTranslation(r.recipient().kind().messageKey())).setKey("kind")
                .setHeader(getTranslation("award.import.col.kind")).setWidth("90px").setFlexGrow(0);
        preview.addColumn(this::name).setHeader(getTranslation("award.import.col.name")).setFlexGrow(3)
                .setTooltipGenerator(this::name).setResizable(true);
        preview.addColumn(ImportDialog::rank).setHeader(getTranslation("award.import.col.rank")).setWidth("110px").setFlexGrow(0);
        preview.addColumn(r -> nullToEmpty(r.recipient().position()))
                .setHeader(getTranslation("award.import.col.position")).setFlexGrow(1);
        preview.addColumn(this::unit).setHeader(getTranslation("award.import.col.unit")).setFlexGrow(3)
                .setTooltipGenerator(this::unit).setResizable(true);
        preview.addColumn(r -> r.person() == MatchStatus.NONE ? "" : getTranslation(r.person().messageKey()))
                .setHeader(getTranslation("award.import.col.person")).setFlexGrow(1);
        preview.addColumn(this::problems).setKey("problems").setHeader(getTranslation("award.import.col.problems")).setFlexGrow(2)
                .setTooltipGenerator(this::problems).setResizable(true);
        preview.addColumn(this::cleaned).setKey("cleaned").setHeader(getTranslation("award.import.col.cleaned"))
                .setFlexGrow(2).setTooltipGenerator(r -> CleanedNotes.described(this, r.recipient().cleaned(),
                        r.recipient().isCollective())).setResizable(true);
        preview.addClassName("import-preview");
        preview.setPartNameGenerator(r -> r.importable() ? null : "import-problem");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setHeight("60vh");
        preview.setVisible(false);
    }

    private void read(String fileName, byte[] bytes) {
        try {
            parsed = service.parse(fileName, bytes);
            ImportPreview result = service.preview(decisionId, parsed);
            preview.setItems(result.rows());
            preview.setVisible(true);
            summary.setText(getTranslation("award.import.summary", parsed.sheetName(), parsed.headerRowNumber(),
                    result.rows().size(), result.importableCollectives(), result.importableIndividuals(),
                    result.newUnits(), result.newPeople(), result.skipped())
                    + (result.cleanedRows() == 0 ? "" : " " + getTranslation("award.import.summaryCleaned",
                            result.cleanedRows())));
            commit.setText(getTranslation("award.import.commitCounts", result.importableCollectives(),
                    result.importableIndividuals()));
            commit.setEnabled(result.importableCollectives() + result.importableIndividuals() > 0);
        } catch (RuntimeException e) {
            parsed = null;
            preview.setItems(List.of());
            preview.setVisible(false);
            commit.setEnabled(false);
            commit.setText(getTranslation("award.import.commit"));
            // the reason stays in the dialog after the notification has gone
            summary.setText(e instanceof UserMessageException refusal
                    ? getTranslation(refusal.getMessageKey(), refusal.getArguments())
                    : getTranslation("award.import.hint"));
            UiErrors.show(this, e);
        } finally {
            upload.clearFileList();
        }
    }

    private void commit() {
        if (parsed == null) {
            return;
        }
        ParsedList list = parsed;
        boolean ok = UiErrors.attempt(this, () -> {
            ImportResult result = service.commit(decisionId, list);
            UiErrors.success(getTranslation("award.import.done", result.collectives(), result.individuals(),
                    result.newUnits(), result.newPeople(), result.skipped()));
        });
        if (ok) {
            close();
            afterCommit.run();
        }
    }

    private static String rank(PreviewRow r) {
        Rank rank = r.recipient().rank();
        if (rank == null) {
            return nullToEmpty(r.recipient().rankText());
        }
        return rank.label();
    }

    /**
     * A collective's name as the portal will name it, with its "(mới)" mark; its unit column
     * stays empty.
     */
    private String name(PreviewRow r) {
        if (r.recipient().isCollective()) {
            return marked(r.unitName() != null ? r.unitName() : nullToEmpty(r.recipient().name()), r);
        }
        return nullToEmpty(r.recipient().name());
    }

    private String unit(PreviewRow r) {
        return r.unitName() == null || r.recipient().isCollective() ? "" : marked(r.unitName(), r);
    }

    /** "(mới)", or "(mới, thuộc Phòng ...)" for a new sub-unit. */
    private String marked(String text, PreviewRow r) {
        if (r.unit() != MatchStatus.NEW) {
            return text;
        }
        return r.newUnitParent() == null ? text + " (" + getTranslation("award.import.match.NEW") + ")"
                : text + " (" + getTranslation("award.import.match.newUnder", r.newUnitParent()) + ")";
    }

    private String problems(PreviewRow r) {
        return r.problems().stream().map(p -> getTranslation(p.messageKey())).collect(Collectors.joining("; "));
    }

    private String cleaned(PreviewRow r) {
        return CleanedNotes.note(this, r.recipient().cleaned(), r.recipient().isCollective());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
