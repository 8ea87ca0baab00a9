package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import vn.congan.ceremony.print.PrintCheck;
import vn.congan.ceremony.print.PrintFile;
import vn.congan.ceremony.print.certificate.FitWarning;

/** What the check found: certificates and sheets, the files of a ZIP, where the slips go, the sheets that overflow. */
class PrintCheckSummary extends Div {

    PrintCheckSummary() {
        addClassName("print-check-result");
    }

    void show(PrintCheck outcome) {
        removeAll();
        Paragraph summary = new Paragraph(getTranslation("print.check.summary", outcome.certificates(),
                outcome.sheets()));
        summary.addClassName("print-summary");
        add(summary);
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
            add(head, files);
        }
        outcome.files().stream().filter(PrintFile::slips).findFirst().ifPresent(slips -> {
            Paragraph notice = new Paragraph(getTranslation("print.check.slips", slips.fileName(), slips.sheets()));
            notice.addClassName("print-slips-notice");
            add(notice);
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
            add(head, list);
        }
    }
}
