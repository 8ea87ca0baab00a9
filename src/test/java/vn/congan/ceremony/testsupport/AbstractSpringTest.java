package vn.congan.ceremony.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of every test that needs the application context. All of them share one context
 * (same configuration), and each test starts from the demo scenario. Tag a subclass
 * {@code @Tag("db")} to also run it against MariaDB ({@code ./mvnw -Pmariadb test}).
 */
@SpringBootTest
@Import({TestDatabase.class, CleanSchemaConfiguration.class})
public abstract class AbstractSpringTest {

    @Autowired
    protected TestDatabase database;

    @BeforeEach
    void resetDatabase() {
        database.resetToDemo();
    }
}
