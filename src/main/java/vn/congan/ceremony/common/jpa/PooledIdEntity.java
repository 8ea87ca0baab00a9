package vn.congan.ceremony.common.jpa;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity that an import writes by the thousand (unit, person, award): its ids come from a
 * sequence of its own ({@code <entity>_seq}, migration V9_83_1), 50 at a time (Hibernate's
 * default allocation for an implicit sequence, the increment the migration gives them), so
 * Hibernate knows them before the insert and sends the inserts in JDBC batches (an IDENTITY id
 * forces one statement per row). The id column keeps its AUTO_INCREMENT for rows written by
 * plain SQL, but no code should write these tables without going through Hibernate: such a row
 * could take an id of a block Hibernate already holds.
 */
@MappedSuperclass
public abstract class PooledIdEntity extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Override
    public Long getId() {
        return id;
    }
}
