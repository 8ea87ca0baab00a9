package vn.congan.ceremony.common.jpa;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The optimistic-lock version and the identity every entity carries, whatever gives its id:
 * {@link AbstractEntity} (the database, one insert at a time) or {@link PooledIdEntity} (a
 * sequence, so that inserts go in JDBC batches); no entity stores a hidden character
 * ({@link HiddenCharacterGuard}).
 */
@MappedSuperclass
@EntityListeners({HiddenCharacterGuard.class, ShownLiveChanges.class})
public abstract class VersionedEntity {

    @Version
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return getId() == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((VersionedEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return org.hibernate.Hibernate.getClass(this).hashCode();
    }
}
