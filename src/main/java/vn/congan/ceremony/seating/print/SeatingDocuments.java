package vn.congan.ceremony.seating.print;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.DelegateService;
import vn.congan.ceremony.seating.SeatingMap;
import vn.congan.ceremony.seating.SeatingService;

/** The printed seating documents of a conference: the chart (A3) and the delegates' name cards (A4). */
@Service
@Transactional(readOnly = true)
public class SeatingDocuments {

    private final SeatingService seating;
    private final DelegateService delegates;

    public SeatingDocuments(SeatingService seating, DelegateService delegates) {
        this.seating = seating;
        this.delegates = delegates;
    }

    public byte[] chart(Conference conference) {
        SeatingMap map = seating.map(conference).orElseThrow(() -> new UserMessageException("seating.error.noPlan"));
        String subtitle = (conference.getVenue() == null ? "" : conference.getVenue() + ", ")
                + DateLine.date(conference.getDate());
        return SeatingChartPdf.render(conference.getTitle(), subtitle, map);
    }

    /** One tent card per delegate, in precedence order. */
    public byte[] nameCards(Conference conference) {
        List<NameCardPdf.NameCard> cards = delegates.delegates(conference).stream()
                .map(SeatingDocuments::card).toList();
        if (cards.isEmpty()) {
            throw new UserMessageException("seating.error.noDelegates");
        }
        return NameCardPdf.render(cards);
    }

    static NameCardPdf.NameCard card(Delegate d) {
        return new NameCardPdf.NameCard(d.getRank().hasRank() ? d.getRank().label() : "", d.getFullName());
    }
}
