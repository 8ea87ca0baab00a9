package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import vn.congan.ceremony.stage.McScriptService;

/**
 * An organizer's correction reaches the open MC tablet and the projector at once, whatever was
 * corrected: a name, an agenda item, a script line, a recipient's representative. No reload, no
 * next step.
 */
class LiveCorrectionsTest extends LiveViewTestSupport {

    @Autowired ConferenceService conferences;
    @Autowired OrganisationService organisation;
    @Autowired AgendaService agenda;
    @Autowired McScriptService scripts;

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
        Conference conference = conferences.current().orElseThrow();
        String key = "batch-" + batchId + ".thanks";
        String generated = scripts.script(conference).lines().stream().filter(l -> l.key().equals(key))
                .findFirst().orElseThrow().text();
        correct(() -> scripts.override(conference, key, generated, "Xin chúc mừng và cảm ơn các đồng chí."));
        assertThat(_find(mc, Paragraph.class, spec -> spec.withClasses("mc-batch-script")))
                .extracting(Paragraph::getText).contains("Xin chúc mừng và cảm ơn các đồng chí.");
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
        return organisation.findPeople("", org.springframework.data.domain.PageRequest.of(0, 10_000)).stream()
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
