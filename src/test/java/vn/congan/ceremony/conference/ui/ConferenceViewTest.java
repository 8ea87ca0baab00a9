package vn.congan.ceremony.conference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.conference.AgendaService;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class ConferenceViewTest extends AbstractViewTest {

    @Autowired
    ConferenceService conferences;
    @Autowired
    AgendaService agenda;

    private TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private Button button(String caption) {
        return _get(Button.class, spec -> spec.withText(caption));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCurrentConferenceIsShownWithItsDetails() {
        openAs(ConferenceView.class, "organizer", Role.ORGANIZER);
        assertThat(field("Tên hội nghị").getValue()).isEqualTo("Hội nghị tổng kết Phong trào thi đua đặc biệt");
        assertThat(field("Địa điểm").getValue()).isEqualTo("Hội trường Công an tỉnh Bình An");
        assertThat(_get(TimePicker.class, spec -> spec.withLabel("Giờ bắt đầu")).getValue()).isEqualTo(LocalTime.of(7, 30));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Ngày tổ chức")).getValue())
                .isEqualTo(LocalDate.of(2020, 11, 20));
        ComboBox<Person> chair = _get(ComboBox.class, spec -> spec.withLabel("Chủ trì"));
        assertThat(chair.getValue().getRankAndName()).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(button("Đặt làm hội nghị hiện tại").isEnabled()).isFalse();
    }

    @Test
    void theProvincialGovernmentsGuestsGoBeforeTheDirectorUntilTheOrganizerUnticksIt() {
        openAs(ConferenceView.class, "organizer", Role.ORGANIZER);
        Checkbox first = _get(Checkbox.class, spec -> spec.withId("conference-local-government-first"));
        assertThat(first.getValue()).as("the usual protocol by default").isTrue();
        HasValueUtilsKt._setValue(first, false);
        ButtonKt._click(button("Lưu thông tin"));
        NotificationsKt.expectNotifications("Đã lưu thông tin hội nghị.");
        assertThat(conferences.current().orElseThrow().isLocalGovernmentFirst()).isFalse();
    }

    @Test
    void savedDetailsReachTheAgenda() {
        openAs(ConferenceView.class, "organizer", Role.ORGANIZER);
        HasValueUtilsKt._setValue(field("Địa điểm"), "Hội trường lớn Công an tỉnh");
        HasValueUtilsKt._setValue(_get(TimePicker.class, spec -> spec.withLabel("Giờ bắt đầu")), LocalTime.of(7, 0));
        ButtonKt._click(button("Lưu thông tin"));
        NotificationsKt.expectNotifications("Đã lưu thông tin hội nghị.");
        Conference stored = conferences.current().orElseThrow();
        assertThat(stored.getVenue()).isEqualTo("Hội trường lớn Công an tỉnh");
        assertThat(agenda.plan(stored).rows().get(0).start()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void anEndBeforeTheStartIsMarkedOnTheFieldAndNothingIsSaved() {
        openAs(ConferenceView.class, "organizer", Role.ORGANIZER);
        TimePicker end = _get(TimePicker.class, spec -> spec.withLabel("Giờ dự kiến kết thúc"));
        LocalTime stored = conferences.current().orElseThrow().getPlannedEndTime();
        HasValueUtilsKt._setValue(end, LocalTime.of(7, 0)); // the conference starts at 07:30
        ButtonKt._click(button("Lưu thông tin"));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Giờ dự kiến kết thúc phải sau giờ bắt đầu.");
        assertThat(conferences.current().orElseThrow().getPlannedEndTime()).isEqualTo(stored);
    }

    @Test
    void aStaleSaveShowsTheConcurrentEditMessageAndReloads() {
        openAs(ConferenceView.class, "organizer", Role.ORGANIZER);
        Conference theirs = conferences.current().orElseThrow();
        theirs.setVenue("Nhà văn hóa tỉnh");
        conferences.save(theirs);

        HasValueUtilsKt._setValue(field("Địa điểm"), "Phòng họp số 2");
        ButtonKt._click(button("Lưu thông tin"));
        NotificationsKt.expectNotifications(AgendaViewTest.CONCURRENT);
        assertThat(field("Địa điểm").getValue()).isEqualTo("Nhà văn hóa tỉnh");
        assertThat(conferences.current().orElseThrow().getVenue()).isEqualTo("Nhà văn hóa tỉnh");
        // the reloaded form saves again without complaint
        HasValueUtilsKt._setValue(field("Địa điểm"), "Phòng họp số 2");
        ButtonKt._click(button("Lưu thông tin"));
        NotificationsKt.expectNotifications("Đã lưu thông tin hội nghị.");
    }

    @Test
    void aNewConferenceGetsTheTypicalProgrammeAndCanBeMadeCurrent() {
        openAs(ConferenceView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(button("Hội nghị mới"));
        Dialog dialog = _get(Dialog.class);
        HasValueUtilsKt._setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Tên hội nghị")),
                "Hội nghị sơ kết 6 tháng đầu năm 2021");
        HasValueUtilsKt._setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Ngày tổ chức")),
                LocalDate.of(2021, 7, 2));
        ButtonKt._click(_get(dialog, Button.class, spec -> spec.withText("Tạo hội nghị")));
        NotificationsKt.expectNotifications("Đã lưu thông tin hội nghị.");
        assertThat(field("Tên hội nghị").getValue()).isEqualTo("Hội nghị sơ kết 6 tháng đầu năm 2021");

        ButtonKt._click(button("Đặt làm hội nghị hiện tại"));
        NotificationsKt.expectNotifications("Đã đặt làm hội nghị hiện tại.");
        Conference current = conferences.current().orElseThrow();
        assertThat(current.getTitle()).isEqualTo("Hội nghị sơ kết 6 tháng đầu năm 2021");
        assertThat(agenda.plan(current).rows()).hasSize(10);
    }

    @Test
    void deletingAConferenceAsksFirstAndIsRefusedNamingWhatStillBelongsToIt() {
        Conference demo = conferences.current().orElseThrow();
        openAs(ConferenceView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(button("Hội nghị mới"));
        Dialog dialog = _get(Dialog.class);
        HasValueUtilsKt._setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Tên hội nghị")), "Hội nghị thử");
        HasValueUtilsKt._setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Ngày tổ chức")),
                LocalDate.of(2021, 7, 2));
        ButtonKt._click(_get(dialog, Button.class, spec -> spec.withText("Tạo hội nghị")));
        NotificationsKt.clearNotifications();

        ButtonKt._click(button("Xóa hội nghị"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("conference-delete-confirm"));
        assertThat(confirm.getElement().getProperty("message"))
                .startsWith("Hội nghị \"Hội nghị thử\" sẽ bị xóa cùng chương trình và đại biểu của nó "
                        + "(10 mục chương trình, 0 đại biểu)");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(conferences.findAll()).hasSize(2);
        ButtonKt._click(button("Xóa hội nghị"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("conference-delete-confirm")));
        NotificationsKt.expectNotifications("Đã xóa hội nghị.");
        assertThat(conferences.findAll()).extracting(Conference::getId).containsExactly(demo.getId());

        // The demo conference, no longer current, still has decisions, batches, seating, ...
        Conference other = conferences.create("Hội nghị khác", LocalDate.of(2021, 1, 5), LocalTime.of(8, 0));
        conferences.makeCurrent(other);
        openAs(ConferenceView.class, "organizer", Role.ORGANIZER);
        @SuppressWarnings("unchecked")
        Select<Conference> chooser = _get(Select.class, spec -> spec.withLabel("Hội nghị"));
        HasValueUtilsKt._setValue(chooser, conferences.load(other.getId()).orElseThrow(), true);
        assertThat(button("Xóa hội nghị").isEnabled()).as("the current conference cannot be deleted").isFalse();
        HasValueUtilsKt._setValue(chooser, conferences.load(demo.getId()).orElseThrow(), true);

        ButtonKt._click(button("Xóa hội nghị"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("conference-delete-confirm")));
        NotificationsKt.expectNotifications("Không thể xóa hội nghị \"" + demo.getTitle()
                + "\": còn 2 quyết định khen thưởng, 15 đợt trao thưởng, 1 sơ đồ chỗ ngồi, 6 khách mời khác "
                + "gắn với hội nghị này. Hãy xóa hoặc chuyển chúng trước.");
        assertThat(conferences.load(demo.getId())).isPresent();
    }

    @Test
    void otherRolesReadButCannotEdit() {
        openAs(ConferenceView.class, "print", Role.PRINT);
        assertThat(field("Tên hội nghị").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Lưu thông tin"))).isEmpty();
    }
}
