package vn.congan.ceremony.demo;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.conference.DemoDataSet;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.security.UserService;

/**
 * On first start into an empty database: the demo scenario when enabled; otherwise one
 * admin whose password comes from PORTAL_ADMIN_PASSWORD or is printed once to the log.
 */
@Component
public class StartupData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupData.class);

    private final DemoDataLoader demo;
    private final LargeCeremonyData large;
    private final UserService users;
    private final boolean demoEnabled;
    private final String adminPassword;
    private final DemoDataSet dataSet;

    @Autowired
    public StartupData(DemoDataLoader demo, LargeCeremonyData large, UserService users,
            @Value("${portal.demo-data.enabled:false}") boolean demoEnabled,
            @Value("${PORTAL_ADMIN_PASSWORD:}") String adminPassword,
            @Value("${portal.demo-data.set:demo}") String dataSet) {
        this.demo = demo;
        this.large = large;
        this.users = users;
        this.demoEnabled = demoEnabled;
        this.adminPassword = adminPassword;
        this.dataSet = DemoDataSet.of(dataSet);
    }

    StartupData(DemoDataLoader demo, UserService users, boolean demoEnabled, String adminPassword) {
        this(demo, null, users, demoEnabled, adminPassword, "demo");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoEnabled && demo.databaseIsEmpty()) {
            if (dataSet == DemoDataSet.LARGE) {
                large.load();
            } else {
                demo.load();
            }
        } else if (!users.hasUsers()) {
            boolean generated = adminPassword.isBlank();
            if (!generated && adminPassword.length() < UserService.MIN_PASSWORD_LENGTH) {
                String sentence = tooShort(adminPassword.length());
                LOG.error(sentence);
                throw new IllegalStateException(sentence);
            }
            String password = generated ? users.randomPassword() : adminPassword;
            users.create("admin", "Quản trị hệ thống", password, EnumSet.of(Role.ADMIN, Role.ORGANIZER));
            if (generated) {
                LOG.warn("First start: created user 'admin' with the one-time password {} - change it on the "
                        + "Users page. This is the only time it is shown.", password);
            } else {
                LOG.info("First start: created user 'admin' with the password from PORTAL_ADMIN_PASSWORD.");
            }
        }
    }

    /** Why the portal does not start, for the operator, in English and Vietnamese. */
    static String tooShort(int length) {
        int min = UserService.MIN_PASSWORD_LENGTH;
        return "PORTAL_ADMIN_PASSWORD is too short (" + length + " characters): the admin password needs at least "
                + min + " characters. Set a longer one, or leave it unset to get a random one-time password. / "
                + "PORTAL_ADMIN_PASSWORD quá ngắn (" + length + " ký tự): mật khẩu quản trị cần ít nhất " + min
                + " ký tự. Hãy đặt mật khẩu dài hơn, hoặc bỏ trống để hệ thống tạo mật khẩu dùng một lần.";
    }
}
