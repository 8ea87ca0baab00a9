package vn.congan.ceremony.testsupport;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** On the shared MariaDB test database, start every run from an empty schema. */
@TestConfiguration
@ConditionalOnProperty(name = "portal.test.clean-schema", havingValue = "true")
public class CleanSchemaConfiguration {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
