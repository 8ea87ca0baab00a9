package vn.congan.ceremony.stage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.common.jpa.ShownLive;

/** A line of the MC script rewritten by hand, by the line's stable key; kept when the data changes. */
@Entity
@ShownLive
@Table(name = "mc_script_override")
public class McScriptOverride extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Column(name = "line_key", nullable = false)
    private String lineKey;

    @Column(name = "line_text", nullable = false)
    private String text;

    /** The generated text when the override was written. */
    @Column(name = "generated_text")
    private String generatedText;

    protected McScriptOverride() {
    }

    public McScriptOverride(Conference conference, String lineKey) {
        this.conference = conference;
        this.lineKey = lineKey;
    }

    public String getLineKey() {
        return lineKey;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = VietText.clean(text);
    }

    public String getGeneratedText() {
        return generatedText;
    }

    public void setGeneratedText(String generatedText) {
        this.generatedText = generatedText;
    }
}
