package vn.congan.ceremony.common.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose data the live ceremony pages show (the MC's tablet, the projector,
 * backstage, check-in): a name, a rank, an agenda item, a script line, a seat. Every committed
 * change of such an entity raises one {@link vn.congan.ceremony.common.ProgrammeChanged} after
 * the commit, so an organizer's correction reaches the open pages at once, not at the next step.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ShownLive {
}
