package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Optional;
import java.util.function.Function;
import vn.congan.ceremony.print.PrintCheck;

/**
 * The download of the job last checked: a link that looks and acts disabled while the rule of
 * {@link PrintCheck#downloadRefusal} says no (no check yet, or overflowing sheets not accepted);
 * the hint beside it says which. The service applies the same rule to the download itself.
 */
class PrintDownload extends HorizontalLayout {

    private final Checkbox acceptWarnings = new Checkbox();
    private final Anchor download = new Anchor();
    private final Span hint = new Span();
    private PrintCheck checked;
    private Function<Boolean, DownloadHandler> handler;

    PrintDownload() {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        acceptWarnings.setLabel(getTranslation("print.acceptWarnings"));
        acceptWarnings.setVisible(false);
        acceptWarnings.addValueChangeListener(e -> update());
        download.setText(getTranslation("print.download"));
        download.setDownload(true);
        download.addClassName("print-download");
        download.setId("print-download");
        hint.addClassName("print-download-hint");
        hint.setId("print-download-hint");
        add(acceptWarnings, download, hint);
        update();
    }

    /** Offers the job just checked; {@code handler} streams it, given whether its warnings were accepted. */
    void offer(PrintCheck outcome, Function<Boolean, DownloadHandler> handler) {
        this.checked = outcome;
        this.handler = handler;
        acceptWarnings.setValue(false);
        acceptWarnings.setVisible(!outcome.warnings().isEmpty());
        download.setText(outcome.zipped() ? getTranslation("print.download.zip", outcome.files().size())
                : getTranslation("print.download"));
        update();
    }

    /** Any change of what or how to print needs a new check before the download. */
    void withdraw() {
        checked = null;
        handler = null;
        acceptWarnings.setVisible(false);
        acceptWarnings.setValue(false);
        download.setText(getTranslation("print.download"));
        update();
    }

    private void update() {
        Optional<String> refusal = PrintCheck.downloadRefusal(checked, acceptWarnings.getValue());
        if (handler != null) {
            download.setHref(handler.apply(acceptWarnings.getValue()), AttachmentType.DOWNLOAD);
        }
        download.setEnabled(refusal.isEmpty());
        hint.setVisible(refusal.isPresent());
        hint.setText(getTranslation(refusal.orElse(checked == null ? "print.download.checkFirst"
                : "print.download.acceptFirst")));
    }
}
