package vn.congan.ceremony.common.jpa;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congan.ceremony.common.ProgrammeChanged;

/**
 * Turns writes of {@link ShownLive} entities into one {@link ProgrammeChanged} per transaction,
 * raised after the commit (a rolled-back edit raises nothing). Hibernate creates this listener
 * through Spring, which hands over the event publisher.
 */
public class ShownLiveChanges {

    private static final Object MARK = ShownLiveChanges.class;

    private final ApplicationEventPublisher events;

    public ShownLiveChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (!Hibernate.getClass(entity).isAnnotationPresent(ShownLive.class)
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(MARK)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(MARK, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(ProgrammeChanged.INSTANCE);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MARK);
            }
        });
    }
}
