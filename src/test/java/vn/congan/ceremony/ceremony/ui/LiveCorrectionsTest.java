package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaService;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingSeat;
import vn.congan.ceremony.seating.SeatingService;
import vn.congan.ceremony.stage.McScriptService;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congan.ceremony.stage.PresentationBatchRepository;
import vn.congan.ceremony.stage.StageOrderEdits;
import vn.congan.ceremony.stage.StageOrderService;

/**
 * An organizer's correction reaches the open MC tablet and the projector at once, whatever was
 * corrected: a name or a rank (the People page), an agenda item, a script line, a recipient's
 * representative (the stage order), a status marked at the door, a seat (backstage and the door,
 * the pages that show seats). No reload, no next step.
 */
class LiveCorrectionsTest extends LiveViewTestSupport {

    @Autowired ConferenceService conferences;
    @Autowired OrganisationService organisation;
    @Autowired AgendaService agenda;
    @Autowired McScriptService scripts;
    @Autowired SeatingService seating;

    @Test
    void aCorrectedNameReachesTheMcAndTheProjectorDuringItsBatch() {
        LiveCeremony.LiveRecipient person = toFirstBatchWithAPerson();
        Person stored = person(person);
        String corrected = stored.getName().family() + " " + stored.getName().middle() + " Hiệu Đính";

        McView mc = openMcAt(ceremony.live().stepNumber());
        correct(() -> organisation.savePerson(stored.getId(), stored.getVersion(), PersonName.parse(corrected),
                stored.getRank(), stored.getPosition(), stored.getUnit() == null ? null : stored.getUnit().getId()));
        assertThat(_find(mc, Span.class, spec -> spec.withClasses("ceremony-recipient-name")))
                .extracting(Span::getText).anyMatch(text -> text.contains(corrected));

        ScreenView screen = openScreen();
        Person again = person(person);
        String twice = again.getName().family() + " " + again.getName().middle() + " Sửa Lần Hai";
        correct(() -> organisation.savePerson(again.getId(), again.getVersion(), PersonName.parse(twice),
                again.getRank(), again.getPosition(), again.getUnit() == null ? null : again.getUnit().getId()));
        assertThat(screen.getElement().toString()).contains(twice);
    }

    @Test
    void aRenamedAgendaItemReachesTheMcAndTheProjector() {
        nextFromOtherTablet(2);
        McView mc = openMcAt(2);
        rename(ceremony.live().currentItem().title(), "Chào cờ (Quốc ca, Quốc tế ca)");
        assertThat(_get(mc, H2.class, spec -> spec.withClasses("mc-item-title")).getText())
                .isEqualTo("Chào cờ (Quốc ca, Quốc tế ca)");

        ScreenView screen = openScreen();
        rename("Chào cờ (Quốc ca, Quốc tế ca)", "Nghi thức chào cờ");
        assertThat(_get(screen, H2.class, spec -> spec.withClasses("screen-item")).getText())
                .isEqualTo("Nghi thức chào cờ");
    }

    @Test
    void anOverriddenScriptLineOfTheBatchOnStageReachesTheMcAtOnce() {
        toFirstBatchWithAPerson();
        long batchId = ceremony.live().currentBatch().batch().id();
        McView mc = openMcAt(ceremony.live().stepNumber());
        overrideThanks(batchId, "Xin chúc mừng và cảm ơn các đồng chí.");
        assertThat(_find(mc, Paragraph.class, spec -> spec.withClasses("mc-batch-script")))
                .extracting(Paragraph::getText).contains("Xin chúc mừng và cảm ơn các đồng chí.");
    }

    /**
     * The programme is kept between commands (built once per change): a line overridden after the
     * MC's Next is what the following Next and Back show, never the line kept from before.
     */
    @Test
    void aScriptLineOverriddenBetweenCommandsStaysThroughTheNextOnes() {
        toFirstBatchWithAPerson();
        long batchId = ceremony.live().currentBatch().batch().id();
        McView mc = openMcAt(ceremony.live().stepNumber());
        String generated = overrideThanks(batchId, "Cảm ơn các đồng chí, mời về chỗ.");

        LiveCeremony after = nextFromOtherTablet(1);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        after = ceremony.execute(new CeremonyCommand.Back(after.version(), "other-tablet"));
        deliverPushes();

        assertThat(after.currentBatch().batch().id()).isEqualTo(batchId);
        assertThat(after.currentBatch().batch().script().after()).contains("Cảm ơn các đồng chí, mời về chỗ.");
        assertThat(_find(mc, Paragraph.class, spec -> spec.withClasses("mc-batch-script")))
                .extracting(Paragraph::getText).contains("Cảm ơn các đồng chí, mời về chỗ.")
                .doesNotContain(generated);
    }

    @Test
    void aCorrectedRankOfACollectivesRepresentativeReachesTheMcAtOnce() {
        nextFromOtherTablet(7);
        LiveCeremony.LiveRecipient collective = ceremony.live().currentBatch().recipients().stream()
                .filter(r -> r.recipient().collective() && r.recipient().stagePersonId() != null).findFirst()
                .orElseThrow();
        Person representative = person(collective);
        Rank corrected = representative.getRank() == Rank.DAI_TA ? Rank.THUONG_TA : Rank.DAI_TA;
        McView mc = openMcAt(7);
        correct(() -> organisation.savePerson(representative.getId(), representative.getVersion(),
                representative.getName(), corrected, representative.getPosition(),
                representative.getUnit() == null ? null : representative.getUnit().getId()));
        assertThat(_find(mc, Span.class, spec -> spec.withClasses("ceremony-recipient-name")))
                .extracting(Span::getText)
                .anyMatch(text -> text.contains("đại diện: " + Rank.withName(corrected, representative.getFullName())));

        // (The projector names collectives by their unit only: no rank to correct there.)
    }

    /**
     * The stage order of the batch on stage: a representative and the presenter changed. (The
     * projector shows neither; the batches reached keep their order and entries, see
     * CeremonyStageGuard, so nothing a stage-order edit may still change is on the projector.)
     */
    @Test
    void aStageOrderCorrectionOfTheBatchOnStageReachesTheMc() {
        long version = nextFromOtherTablet(7).version();
        LiveCeremony.LiveBatch onStage = ceremony.live().currentBatch();
        LiveCeremony.LiveRecipient collective = onStage.recipients().stream()
                .filter(r -> r.recipient().collective()).findFirst().orElseThrow();
        McView mc = openMcAt(7);
        representedBy(collective, "Đại úy Lê Văn Tám");
        assertThat(_find(mc, Span.class, spec -> spec.withClasses("ceremony-recipient-name")))
                .extracting(Span::getText).anyMatch(text -> text.endsWith("đại diện: Đại úy Lê Văn Tám"));

        var stage = context.getBean(StageOrderService.class);
        Conference conference = conferences.current().orElseThrow();
        var presenter = stage.presenters(conference).stream()
                .filter(d -> !d.getRankAndName().equals(onStage.batch().presenter())).findFirst().orElseThrow();
        long batchVersion = context.getBean(PresentationBatchRepository.class)
                .findById(onStage.batch().id()).orElseThrow().getVersion();
        var edits = context.getBean(StageOrderEdits.class);
        correct(() -> edits.setPresenter(onStage.batch().id(), batchVersion, presenter.getId(), null));
        assertThat(_get(mc, Span.class, spec -> spec.withClasses("mc-presenter")).getText())
                .isEqualTo("Người trao: " + presenter.getRankAndName());
        assertThat(ceremony.live().version()).as("a correction is no ceremony step").isEqualTo(version);
    }

    @Test
    void anAbsenceMarkedAtTheDoorReachesTheMcAndTheProjector() {
        nextFromOtherTablet(7);
        LiveCeremony.LiveRecipient first = ceremony.live().currentBatch().recipients().get(0);
        McView mc = openMcAt(7);
        // The door's tablet, in the same browser for the test.
        CheckInView desk = new CheckInView(ceremony, broadcaster);
        UI.getCurrent().add(desk);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(desk, TextField.class, spec -> spec.withId("checkin-search")),
                first.recipient().screenName());
        ShownRows.tap(ShownRows.row(desk, first.awardId()), "absent");
        deliverPushes();
        assertThat(_get(_find(mc, Div.class,
                spec -> spec.withClasses("ceremony-recipient")).get(0), Span.class,
                spec -> spec.withClasses("ceremony-status")).getText()).isEqualTo("Vắng mặt");

        ScreenView screen = openScreen();
        assertThat(screen.getElement().toString()).doesNotContain(first.recipient().screenName());
        // Back at the door after all: the projector names them again, without a reload.
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        ceremony.execute(new CeremonyCommand.CheckIn(ceremony.live().version(), "door",
                first.awardId()));
        deliverPushes();
        assertThat(screen.getElement().toString()).contains(first.recipient().screenName());
    }

    @Test
    void aSeatChangedInTheHallPlanReachesBackstageAndTheDoor() {
        Conference conference = conferences.current().orElseThrow();
        seating.autoAssign(conference);
        broadcaster.awaitDelivered();
        LiveCeremony.LiveRecipient seated = ceremony.live().upcomingBatches().get(0).recipients().stream()
                .filter(r -> r.seat() != null).findFirst().orElseThrow();
        openAs(BackstageView.class, "mc", Role.MC);
        BackstageView backstage = _get(BackstageView.class);
        SeatingMap map = seating.map(conference).orElseThrow();
        SeatingSeat from = map.seats().stream().filter(seat -> seat.label().equals(seated.seat())).findFirst()
                .orElseThrow();
        SeatingSeat to = map.seats().stream().filter(seat -> !seat.isBlocked() && map.occupant(seat).isEmpty())
                .reduce((a, b) -> b).orElseThrow();
        correct(() -> seating.move(map, from, to));

        assertThat(seatShown(backstage, seated.awardId())).isEqualTo("Ghế " + to.label());
        CheckInView desk = new CheckInView(ceremony, broadcaster);
        UI.getCurrent().add(desk);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(desk, TextField.class, spec -> spec.withId("checkin-search")),
                seated.recipient().screenName());
        assertThat(seatShown(desk, seated.awardId())).isEqualTo("Ghế " + to.label());

        SeatingSeat back = from;
        correct(() -> seating.move(seating.map(conference).orElseThrow(), to, back));
        assertThat(seatShown(backstage, seated.awardId())).isEqualTo("Ghế " + from.label());
    }

    private static String seatShown(Component view, long award) {
        return ShownRows.seat(ShownRows.row(view, award));
    }

    private void representedBy(LiveCeremony.LiveRecipient collective, String text) {
        long version = context.getBean(AwardRepository.class)
                .findById(collective.awardId()).orElseThrow().getVersion();
        correct(() -> context.getBean(StageOrderEdits.class)
                .setRepresentative(collective.awardId(), version, null, text));
    }

    /** Rewrites the thanks line of the batch's section of the MC script; returns the generated line. */
    private String overrideThanks(long batchId, String text) {
        Conference conference = conferences.current().orElseThrow();
        String key = "batch-" + batchId + ".thanks";
        String generated = scripts.script(conference).lines().stream().filter(l -> l.key().equals(key))
                .findFirst().orElseThrow().text();
        correct(() -> scripts.override(conference, key, generated, text));
        return generated;
    }

    private void rename(String from, String to) {
        Conference conference = conferences.current().orElseThrow();
        AgendaItem item = agenda.plan(conference).items().stream().filter(i -> i.getTitle().equals(from))
                .findFirst().orElseThrow();
        item.setTitle(to);
        correct(() -> agenda.save(item));
    }

    /** Makes the correction as an organizer would (its own transaction), then lets the pushes arrive. */
    private void correct(Runnable correction) {
        correction.run();
        deliverPushes();
    }

    /** Advances (from another tablet) to the first batch that has an individual; returns that person. */
    private LiveCeremony.LiveRecipient toFirstBatchWithAPerson() {
        LiveCeremony live = nextFromOtherTablet(7);
        while (live.currentBatch() == null
                || live.currentBatch().recipients().stream().allMatch(r -> r.recipient().collective())) {
            live = nextFromOtherTablet(1);
        }
        return live.currentBatch().recipients().stream().filter(r -> !r.recipient().collective()).findFirst()
                .orElseThrow();
    }

    private Person person(LiveCeremony.LiveRecipient recipient) {
        return organisation.findPeople("", PageRequest.of(0, 10_000)).stream()
                .filter(p -> p.getId().equals(recipient.recipient().stagePersonId())).findFirst().orElseThrow();
    }

    private McView openMcAt(int step) {
        openAs(McView.class, "mc", Role.MC);
        McView mc = _get(McView.class);
        assertThat(_get(mc, Span.class, spec -> spec.withClasses("mc-step")).getText()).startsWith("Bước " + step + "/");
        assertThat(_find(mc, Button.class, spec -> spec.withId("mc-next"))).isNotEmpty();
        return mc;
    }

    private ScreenView openScreen() {
        UI.getCurrent().navigate("screen/" + ceremony.screenToken());
        return _get(ScreenView.class);
    }
}
