package vn.congan.ceremony.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.congan.ceremony.common.text.VietText;

/**
 * Which names are already on the list of other attendees. A name is there once: the same
 * letters and marks in any case ("Nguyễn Văn An" is not "Nguyễn Văn Ân"). Only two entries that
 * both name an agency, and different ones, are two people of the same name.
 */
final class AttendeeDuplicates {

    private final Map<String, List<String>> agenciesByName = new HashMap<>();

    AttendeeDuplicates(List<SeatingAttendee> onTheList) {
        onTheList.forEach(a -> add(a.getName(), a.getOrganisation()));
    }

    boolean isKnown(String name, String organisation) {
        List<String> agencies = agenciesByName.get(key(name));
        if (agencies == null) {
            return false;
        }
        String agency = VietText.fold(organisation);
        return agency.isEmpty() || agencies.stream().anyMatch(a -> a.isEmpty() || a.equals(agency));
    }

    void add(String name, String organisation) {
        agenciesByName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(VietText.fold(organisation));
    }

    private static String key(String name) {
        String cleaned = VietText.clean(name);
        return cleaned == null ? "" : cleaned.toLowerCase(Locale.ROOT);
    }
}
