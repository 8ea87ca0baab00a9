package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;
import vn.congan.ceremony.ui.Downloads;

/** The first selected certificate as it would print, from the same renderer: a title, a link to open it, the PDF. */
class CertificatePreview extends VerticalLayout {

    private final Anchor link = new Anchor();
    private final IFrame frame = new IFrame();

    CertificatePreview() {
        setPadding(false);
        link.setText(getTranslation("print.preview.open"));
        link.setTarget(AnchorTarget.BLANK);
        frame.setWidth("100%");
        frame.setHeight("32em");
        add(new H3(getTranslation("print.preview")), link, frame);
        setVisible(false);
    }

    void show(Supplier<byte[]> pdf) {
        DownloadHandler handler = Downloads.handler(null, Downloads.PDF, pdf);
        link.setHref(handler, AttachmentType.INLINE);
        frame.setSrc(handler);
        setVisible(true);
    }
}
