package vn.congan.ceremony.conference.ui;

import vn.congan.ceremony.organisation.Person;

/** How the planning pages name a person in pickers. */
final class PersonLabels {

    private PersonLabels() {
    }

    /** "Đại tá Nguyễn Thế Hùng - Giám đốc Công an tỉnh". */
    static String withPosition(Person person) {
        return person.getPosition() == null ? person.getRankAndName()
                : person.getRankAndName() + " - " + person.getPosition();
    }
}
