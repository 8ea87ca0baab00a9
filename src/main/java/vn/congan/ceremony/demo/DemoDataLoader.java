package vn.congan.ceremony.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.award.AwardService;
import vn.congan.ceremony.award.PaperSize;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.DemoDataContributor;
import vn.congan.ceremony.conference.Movement;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.security.AppUser;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.security.UserService;

/**
 * The reference scenario of the domain brief: the movement of 19/5/2019-19/8/2020 in four
 * phases, the conference of 20/11/2020, the Director as chair and signer, units in official
 * order, a Giấy khen decision for 38 collectives and 96 individuals and a Bằng khen decision
 * of the Minister. Deterministic: the same data on every machine.
 */
@Service
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "demo1234";
    public static final String DEPARTMENT = "Công an tỉnh Bình An";
    public static final String GIAY_KHEN_NUMBER = "1234/QĐ-CAT-PV01";
    public static final String BANG_KHEN_NUMBER = "3456/QĐ-BCA-X01";
    public static final int GIAY_KHEN_COLLECTIVES = 38;
    public static final int GIAY_KHEN_INDIVIDUALS = 96;
    public static final String ACHIEVEMENT = "Đã có thành tích xuất sắc trong Phong trào thi đua đặc biệt thực hiện "
            + "50 năm Di chúc của Chủ tịch Hồ Chí Minh, kỷ niệm 75 năm Ngày truyền thống lực lượng Công an nhân dân "
            + "và 15 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    /** bcrypt is slow on purpose; the demo hashes are made once per JVM. */
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    static final String[][] UNITS = {
        {"Văn phòng Công an tỉnh", "PV01"},
        {"Phòng Tổ chức cán bộ", "PX01"},
        {"Phòng Công tác Đảng và Công tác chính trị", "PX03"},
        {"Phòng Hậu cần", "PH10"},
        {"Phòng An ninh chính trị nội bộ", "PA03"},
        {"Phòng An ninh kinh tế", "PA04"},
        {"Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "PA05"},
        {"Phòng Cảnh sát hình sự", "PC02"},
        {"Phòng Cảnh sát kinh tế", "PC03"},
        {"Phòng Cảnh sát điều tra tội phạm về ma túy", "PC04"},
        {"Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "PC06"},
        {"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "PC07"},
        {"Phòng Cảnh sát giao thông", "PC08"},
        {"Phòng Cảnh sát cơ động", "PK02"},
        {"Công an thành phố Bình An", "CATP"},
        {"Công an thị xã Phước Long", "CATX"},
        {"Công an huyện An Lạc", "CAH-AL"},
        {"Công an huyện Ngọc Sơn", "CAH-NS"},
        {"Công an huyện Thuận Yên", "CAH-TY"},
        {"Công an huyện Đồng Tâm", "CAH-ĐT"},
    };
    private static final String[] TEAMS = {"Đội Tham mưu tổng hợp", "Đội Điều tra tổng hợp"};
    private static final String[] COMMUNES = {"Công an phường Ước Lễ", "Công an xã Ấp Bắc", "Công an xã Hưng Đạo",
        "Công an phường Quỳnh Lưu", "Công an xã Đông Ứng", "Công an xã Tân Ơn"};
    static final List<String> POSITIONS = List.of("Cán bộ", "Cán bộ", "Cán bộ", "Phó Đội trưởng",
            "Đội trưởng", "Phó Trưởng phòng", "Điều tra viên", "Trinh sát viên");
    static final List<Rank> OFFICER_RANKS = List.of(Rank.THUONG_TA, Rank.TRUNG_TA, Rank.THIEU_TA,
            Rank.THIEU_TA, Rank.DAI_UY, Rank.DAI_UY, Rank.DAI_UY, Rank.THUONG_UY, Rank.THUONG_UY, Rank.TRUNG_UY,
            Rank.THIEU_UY, Rank.THUONG_SI, Rank.TRUNG_SI, Rank.CONG_NHAN);

    private final OrganisationService organisation;
    private final ConferenceService conferences;
    private final AwardDecisionService decisions;
    private final AwardService awards;
    private final UserService users;
    private final PasswordEncoder encoder;
    private final List<DemoDataContributor> contributors;

    public DemoDataLoader(OrganisationService organisation, ConferenceService conferences,
            AwardDecisionService decisions, AwardService awards, UserService users, PasswordEncoder encoder,
            List<DemoDataContributor> contributors) {
        this.organisation = organisation;
        this.conferences = conferences;
        this.decisions = decisions;
        this.awards = awards;
        this.users = users;
        this.encoder = encoder;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
    }

    /** True when the database holds no conference and no user yet. */
    @Transactional(readOnly = true)
    public boolean databaseIsEmpty() {
        return !conferences.hasConferences() && !users.hasUsers();
    }

    /**
     * Loads the whole scenario in one transaction: all of it or nothing. The rows go in through
     * their features' services (organisation, conference, award, security), then every feature's
     * {@link DemoDataContributor} adds its share.
     */
    @Transactional
    public Conference load() {
        DemoNames names = new DemoNames(20201120L);
        organisation.saveSettings(new OrgSettings("Bộ Công an", DEPARTMENT, "Bình An"));
        demoUsers();

        List<Unit> allUnits = organisation.addUnits(units());
        Person director = new Person("Nguyễn Thế Hùng", Rank.DAI_TA, "Giám đốc Công an tỉnh", allUnits.get(0));
        List<Person> people = new ArrayList<>(List.of(director,
                new Person("Trần Quốc Bình", Rank.DAI_TA, "Phó Giám đốc Công an tỉnh", allUnits.get(0)),
                new Person("Lê Văn Ước", Rank.THUONG_TA, "Phó Giám đốc Công an tỉnh", allUnits.get(0)),
                new Person("Phạm Thị Ánh", Rank.THUONG_TA, "Phó Giám đốc Công an tỉnh", allUnits.get(0))));
        List<Person> heads = new ArrayList<>();
        for (Unit unit : allUnits) {
            String position = unit.getName().startsWith("Văn phòng") ? "Chánh Văn phòng"
                    : unit.getName().startsWith("Phòng") ? "Trưởng phòng"
                    : unit.getName().startsWith("Đội") ? "Đội trưởng" : "Trưởng Công an";
            heads.add(new Person(names.next(), unit.getParent() == null ? Rank.THUONG_TA : Rank.THIEU_TA,
                    position, unit));
        }
        // drawn in this order: the names and ranks stay the same on every machine
        List<Person> giayKhenPeople = individuals(names, allUnits, allUnits.size(), OFFICER_RANKS,
                GIAY_KHEN_INDIVIDUALS);
        List<Person> bangKhenPeople = individuals(names, allUnits, UNITS.length, OFFICER_RANKS.subList(0, 9), 5);
        people.addAll(heads);
        people.addAll(giayKhenPeople);
        people.addAll(bangKhenPeople);
        organisation.addPeople(people);

        Movement movement = conferences.addMovement(referenceMovement());
        Conference conference = conferences.add(conference(movement, director, allUnits.get(1)));

        List<AwardForm> standard = decisions.addForms(awardForms());
        AwardForm bangKhen = standard.get(2);
        AwardForm giayKhen = standard.get(3);

        AwardDecision gk = new AwardDecision(conference, giayKhen, GIAY_KHEN_NUMBER, LocalDate.of(2020, 11, 10));
        gk.setSignerCapacity("Giám đốc");
        gk.setSignerRank(Rank.DAI_TA);
        gk.setSignerName("Nguyễn Thế Hùng");
        gk.setDefaultAchievement(ACHIEVEMENT);
        gk = decisions.save(gk);
        List<Award> list = new ArrayList<>();
        int order = 1;
        for (int i = 0; i < GIAY_KHEN_COLLECTIVES; i++) {
            Award award = Award.collective(gk, order++, allUnits.get(i));
            award.setRepresentative(heads.get(i));
            list.add(award);
        }
        for (Person person : giayKhenPeople) {
            list.add(Award.individual(gk, order++, person));
        }

        AwardDecision bk = new AwardDecision(conference, bangKhen, BANG_KHEN_NUMBER, LocalDate.of(2020, 10, 30));
        bk.setSignerCapacity("Bộ trưởng");
        bk.setSignerDeputyCapacity("Thứ trưởng");
        bk.setSignerRank(Rank.THUONG_TUONG);
        bk.setSignerName("Lê Quý Vương");
        bk.setOnAuthorityOf("Bộ trưởng Bộ Công an");
        bk.setDefaultAchievement(ACHIEVEMENT);
        bk = decisions.save(bk);
        order = 1;
        for (int i : new int[] {7, 12, 14}) {
            Award award = Award.collective(bk, order++, allUnits.get(i));
            award.setRepresentative(heads.get(i));
            list.add(award);
        }
        for (Person person : bangKhenPeople) {
            list.add(Award.individual(bk, order++, person));
        }
        awards.addAll(list);

        for (DemoDataContributor contributor : contributors) {
            contributor.contribute(conference);
        }
        LOG.info("Demo data loaded: {} units, conference \"{}\"", allUnits.size(), conference.getTitle());
        return conference;
    }

    /**
     * {@code count} officers of units drawn among the first {@code unitBound} of {@code units},
     * with ranks drawn from {@code ranks} and made plausible for the drawn position; not saved.
     */
    private static List<Person> individuals(DemoNames names, List<Unit> units, int unitBound, List<Rank> ranks,
            int count) {
        List<Person> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Unit unit = units.get(names.nextInt(unitBound));
            String name = names.next();
            Rank rank = names.pick(ranks);
            String position = names.pick(POSITIONS);
            result.add(new Person(name, plausible(rank, position), position, unit));
        }
        return result;
    }

    private void demoUsers() {
        demoUser("admin", "Quản trị hệ thống", Role.ADMIN, Role.ORGANIZER);
        demoUser("organizer", "Đội Thi đua - Khen thưởng", Role.ORGANIZER);
        demoUser("print", "Cán bộ in ấn", Role.PRINT);
        demoUser("mc", "Người dẫn chương trình", Role.MC);
    }

    private void demoUser(String username, String displayName, Role... roles) {
        users.addAccount(account(encoder, username, displayName, roles));
    }

    /** A demo account with the demo password (hashed once per JVM: bcrypt is slow on purpose); not saved. */
    static AppUser account(PasswordEncoder encoder, String username, String displayName, Role... roles) {
        String hash = HASHES.computeIfAbsent(username, u -> encoder.encode(DEMO_PASSWORD));
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        return new AppUser(username, displayName, hash, set);
    }

    /** Twenty top-level units in official order, each followed by one team or commune police; not saved. */
    private static List<Unit> units() {
        List<Unit> result = new ArrayList<>();
        int commune = 0;
        for (int i = 0; i < UNITS.length; i++) {
            Unit parent = new Unit(UNITS[i][0], UNITS[i][1], (i + 1) * 100);
            result.add(parent);
            String name = parent.getName().startsWith("Công an")
                    ? COMMUNES[commune++ % COMMUNES.length] + " - " + parent.getName()
                    : TEAMS[i % TEAMS.length] + " - " + parent.getName();
            Unit sub = new Unit(name, null, parent.getOfficialOrder() + 1);
            sub.setParent(parent);
            result.add(sub);
        }
        return result;
    }

    /** The movement of 19/5/2019-19/8/2020 in its four phases, not saved. */
    static Movement referenceMovement() {
        Movement movement = new Movement("Phong trào thi đua đặc biệt thực hiện 50 năm Di chúc của Chủ tịch "
                + "Hồ Chí Minh, kỷ niệm 75 năm Ngày truyền thống lực lượng Công an nhân dân và 15 năm Ngày hội "
                + "toàn dân bảo vệ an ninh Tổ quốc", LocalDate.of(2019, 5, 19), LocalDate.of(2020, 8, 19));
        movement.addPhase("Đợt 1: kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh đến Quốc khánh 2/9",
                LocalDate.of(2019, 5, 19), LocalDate.of(2019, 9, 2));
        movement.addPhase("Đợt 2: cao điểm tấn công trấn áp tội phạm dịp Tết Nguyên đán Canh Tý 2020",
                LocalDate.of(2019, 9, 3), LocalDate.of(2020, 2, 3));
        movement.addPhase("Đợt 3: kỷ niệm 90 năm Ngày thành lập Đảng và 130 năm Ngày sinh Chủ tịch Hồ Chí Minh",
                LocalDate.of(2020, 2, 4), LocalDate.of(2020, 5, 19));
        movement.addPhase("Đợt 4: kỷ niệm 75 năm Ngày truyền thống lực lượng Công an nhân dân",
                LocalDate.of(2020, 5, 20), LocalDate.of(2020, 8, 19));
        return movement;
    }

    /** The four award forms, highest first: Huân chương, Bằng khen of the Prime Minister and of the Minister, Giấy khen. */
    static List<AwardForm> awardForms() {
        AwardForm huanChuong = new AwardForm("Huân chương Bảo vệ Tổ quốc hạng Ba", "HUÂN CHƯƠNG",
                "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10, PaperSize.A3);
        huanChuong.setIssuingBody("Chủ tịch nước", null, "Hà Nội", "QĐ-CTN");
        AwardForm thuTuong = new AwardForm("Bằng khen của Thủ tướng Chính phủ", "BẰNG KHEN", "THỦ TƯỚNG CHÍNH PHỦ",
                20, PaperSize.A3);
        thuTuong.setIssuingBody("Thủ tướng Chính phủ", null, "Hà Nội", "QĐ-TTg");
        AwardForm bangKhen = new AwardForm("Bằng khen của Bộ trưởng Bộ Công an", "BẰNG KHEN",
                "BỘ TRƯỞNG BỘ CÔNG AN", 30, PaperSize.A3);
        bangKhen.setIssuingBody("Bộ Công an", null, "Hà Nội", "QĐ-BCA-X01");
        AwardForm giayKhen = new AwardForm("Giấy khen của Giám đốc Công an tỉnh", "GIẤY KHEN",
                "GIÁM ĐỐC CÔNG AN TỈNH BÌNH AN", 40, PaperSize.A4);
        // the department itself: the date line takes the place of the organisation settings
        giayKhen.setIssuingBody(DEPARTMENT, "Bộ Công an", null, "QĐ-CAT-PV01");
        return List.of(huanChuong, thuTuong, bangKhen, giayKhen);
    }

    /** The reference conference of 20/11/2020, chaired by the Director, current; not saved. */
    static Conference conference(Movement movement, Person director, Unit organiser) {
        Conference conference = new Conference("Hội nghị tổng kết Phong trào thi đua đặc biệt",
                LocalDate.of(2020, 11, 20), LocalTime.of(7, 30));
        conference.setMovement(movement);
        conference.setPlannedEndTime(LocalTime.of(11, 0));
        conference.setVenue("Hội trường Công an tỉnh Bình An");
        conference.setChair(director);
        conference.setOrganiserUnit(organiser);
        conference.setCurrent(true);
        return conference;
    }

    /**
     * A rank that goes with the position, as in a real department: no sergeant leads a team, an
     * investigator is an officer. Drawn ranks below the least a position takes are raised to it (the
     * random draws stay the same, so the demo's names do not change).
     */
    static Rank plausible(Rank drawn, String position) {
        Rank least = switch (position) {
            case "Phó Trưởng phòng" -> Rank.THIEU_TA;
            case "Đội trưởng" -> Rank.DAI_UY;
            case "Phó Đội trưởng" -> Rank.THUONG_UY;
            case "Điều tra viên", "Trinh sát viên" -> Rank.THIEU_UY;
            default -> null;
        };
        return least != null && drawn.ordinal() > least.ordinal() ? least : drawn;
    }
}
