package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.print.CertificatePrintService;
import vn.congan.ceremony.print.PrintCheck;
import vn.congan.ceremony.print.PrintRequest;
import vn.congan.ceremony.print.PrintScope;
import vn.congan.ceremony.print.PrinterProfileService;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.Downloads;
import vn.congan.ceremony.ui.MainLayout;
import vn.congan.ceremony.ui.UiErrors;

/**
 * The print page: choose what to print (the ceremony, a batch, a decision or a selection), the
 * mode and the printer profile; check first (overflowing sheets are listed), then download one
 * PDF per stock in stage order, as {@link CertificatePrintService} allows. A preview of the
 * selected certificate comes from the same renderer.
 */
@Route(value = "print/certificates", layout = MainLayout.class)
@Menu(title = "nav.certificates", order = 50, icon = "vaadin:diploma")
@RolesAllowed({Role.Names.PRINT, Role.Names.ORGANIZER})
public class CertificatePrintView extends VerticalLayout implements HasDynamicTitle {

    private final CertificatePrintService service;
    private final String username;
    private Conference conference;
    private PrintScopeChoice scope;
    private PrintOptions options;
    private CertificateList certificates;
    private final PrintCheckSummary result = new PrintCheckSummary();
    private final PrintDownload download = new PrintDownload();
    private final CertificatePreview preview = new CertificatePreview();
    private final PrintLogGrid log = new PrintLogGrid();

    public CertificatePrintView(CertificatePrintService service, PrinterProfileService profiles,
            ConferenceService conferences, AuthenticationContext authentication) {
        this.service = service;
        this.username = authentication.getPrincipalName().orElse("?");
        addClassName("certificate-print-view");
        add(new H2(getTranslation("print.title")));
        conferences.current().ifPresentOrElse(c -> {
            conference = c;
            scope = new PrintScopeChoice(service, c, this::jobChanged);
            certificates = new CertificateList(() -> {
                invalidate();
                updatePreview();
            });
            options = new PrintOptions(profiles.findAll(), this::invalidate, this::updatePreview);
            Button check = new Button(getTranslation("print.check"), e -> runCheck());
            check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(scope, certificates, options, check, result, download, preview,
                    new H3(getTranslation("print.log.title")), log);
            refresh();
            jobChanged();
        }, () -> add(new Paragraph(getTranslation("dashboard.noConference"))));
    }

    private void jobChanged() {
        options.separatorsAllowed(scope.scope() != PrintScope.SELECTION);
        invalidate();
    }

    /** Any change of what or how to print needs a new check before the download. */
    private void invalidate() {
        result.removeAll();
        download.withdraw();
    }

    private void runCheck() {
        PrintRequest request = scope.request(options, certificates.selectedIds());
        if (request == null) {
            return;
        }
        UiErrors.attempt(this, () -> {
            PrintCheck outcome = service.check(request);
            result.show(outcome);
            result.scrollIntoView(); // on a tablet the result and the download are below the button
            download.offer(outcome, accepted -> printHandler(request, outcome, accepted));
        });
    }

    /**
     * The job streams into the response as it is rendered: the service checks it (a refusal is
     * shown on the page, HTTP 409, nothing sent) and only then names the file and writes it.
     */
    private DownloadHandler printHandler(PrintRequest request, PrintCheck checked, boolean warningsAccepted) {
        return Downloads.streamed(open -> service.print(request, checked, warningsAccepted, username,
                (fileName, zipped) -> open.open(fileName, zipped ? Downloads.ZIP : Downloads.PDF)), ui -> refresh());
    }

    private void updatePreview() {
        List<Long> ids = certificates.selectedIds();
        if (ids.isEmpty()) {
            preview.setVisible(false);
            return;
        }
        Long id = ids.get(0);
        CertificateMode mode = options.mode();
        preview.show(() -> service.preview(id, mode));
    }

    private void refresh() {
        certificates.show(service.listing(conference), service::rows);
        log.setItems(service.recentLog());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.title") + " | " + getTranslation("app.title");
    }
}
