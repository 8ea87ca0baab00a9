package vn.congan.ceremony.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.DemoDataContributor;
import vn.congan.ceremony.conference.DemoDataSet;
import vn.congan.ceremony.conference.Movement;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.security.Role;

/**
 * A large ceremony, for measuring the portal at the scale of a ministry- or region-level event:
 * the reference department grown to 140 units (the 20 of the demo, each with six teams or commune
 * police), and four decisions of different forms with {@value #TOTAL_RECIPIENTS} recipients in
 * all: a Huân chương list, Bằng khen of the Prime Minister, Bằng khen of the Minister and a Giấy
 * khen of the Director for {@value #GIAY_KHEN_RECIPIENTS}. The other features' demo contributors
 * then add the agenda and delegates, generate the stage order (over 150 batches), template the
 * certificates and seat everyone in a 2,816-seat hall, so the ceremony is ready to run.
 * Deterministic (seeded), like the demo; entities go in through the EntityManager, flushed once.
 */
@Service
public class LargeCeremonyData {

    public static final String GIAY_KHEN_NUMBER = "2150/QĐ-CAT-PV01";
    public static final String BANG_KHEN_NUMBER = "4120/QĐ-BCA-X01";
    public static final String THU_TUONG_NUMBER = "1875/QĐ-TTg";
    public static final String HUAN_CHUONG_NUMBER = "2210/QĐ-CTN";
    public static final int SUB_UNITS = 6;
    public static final int GIAY_KHEN_RECIPIENTS = 2000;
    public static final int TOTAL_RECIPIENTS = 2350;

    private static final Logger LOG = LoggerFactory.getLogger(LargeCeremonyData.class);
    private static final String[] TEAMS = {"Đội Tham mưu tổng hợp", "Đội Điều tra tổng hợp", "Đội Trinh sát",
        "Đội Nghiệp vụ", "Đội Kỹ thuật", "Đội Hướng dẫn, kiểm tra"};
    private static final String[] PLACES = {"Ước Lễ", "Ấp Bắc", "Hưng Đạo", "Quỳnh Lưu", "Đông Ứng", "Tân Ơn",
        "An Phú", "Bình Minh", "Cẩm Giàng", "Đại Đồng", "Đức Thắng", "Gia Lộc", "Hòa Bình", "Hồng Phong",
        "Kim Liên", "Lạc Long", "Minh Khai", "Nghĩa Hưng", "Phú Xuân", "Quang Trung", "Sơn Tây", "Tân Tiến",
        "Thạch Bàn", "Thanh Xuân", "Thuận Thành", "Tiên Lữ", "Trung Hòa", "Vĩnh Tuy", "Xuân Phương", "Yên Hòa",
        "Ngọc Lâm", "Phúc Lợi", "Long Biên", "Mỹ Đình", "Tây Mỗ", "Cổ Nhuế"};
    private static final String STATE_ACHIEVEMENT = "Đã có thành tích xuất sắc trong công tác, góp phần vào sự "
            + "nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc";
    private static final String MINISTER_ACHIEVEMENT = "Đã có thành tích xuất sắc trong công tác bảo đảm an ninh "
            + "chính trị, trật tự an toàn xã hội năm 2020";

    /** One decision of the set: its list sizes and who signs. */
    private record Plan(int form, String number, LocalDate date, int collectives, int individuals, int rankFloor,
            String capacity, String deputyCapacity, Rank signerRank, String signer, String onAuthorityOf,
            String achievement) {
    }

    private static final List<Plan> DECISIONS = List.of(
            new Plan(0, HUAN_CHUONG_NUMBER, LocalDate.of(2020, 10, 15), 2, 8, 3, "Chủ tịch nước",
                    "Phó Chủ tịch nước", Rank.NONE, "Đặng Thị Ngọc Lan", null, STATE_ACHIEVEMENT),
            new Plan(1, THU_TUONG_NUMBER, LocalDate.of(2020, 10, 20), 4, 36, 5, "Thủ tướng", "Phó Thủ tướng",
                    Rank.NONE, "Trương Hòa Bình", null, STATE_ACHIEVEMENT),
            new Plan(2, BANG_KHEN_NUMBER, LocalDate.of(2020, 10, 30), 20, 280, 9, "Bộ trưởng", "Thứ trưởng",
                    Rank.THUONG_TUONG, "Lê Quý Vương", "Bộ trưởng Bộ Công an", MINISTER_ACHIEVEMENT),
            new Plan(3, GIAY_KHEN_NUMBER, LocalDate.of(2020, 11, 10), 120, 1880, 14, "Giám đốc", null, Rank.DAI_TA,
                    "Nguyễn Thế Hùng", null, DemoDataLoader.ACHIEVEMENT));

    private final EntityManager em;
    private final PasswordEncoder encoder;
    private final List<DemoDataContributor> contributors;

    public LargeCeremonyData(EntityManager em, PasswordEncoder encoder, List<DemoDataContributor> contributors) {
        this.em = em;
        this.encoder = encoder;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
    }

    /** Loads the whole large ceremony in one transaction into an empty database. */
    @Transactional
    public Conference load() {
        long start = System.nanoTime();
        DemoNames names = new DemoNames(20201121L);
        em.persist(new OrgSettings("Bộ Công an", DemoDataLoader.DEPARTMENT, "Bình An"));
        em.persist(DemoDataLoader.account(encoder, "admin", "Quản trị hệ thống", Role.ADMIN, Role.ORGANIZER));
        em.persist(DemoDataLoader.account(encoder, "organizer", "Đội Thi đua - Khen thưởng", Role.ORGANIZER));
        em.persist(DemoDataLoader.account(encoder, "print", "Cán bộ in ấn", Role.PRINT));
        em.persist(DemoDataLoader.account(encoder, "mc", "Người dẫn chương trình", Role.MC));

        List<Unit> units = units();
        Person director = person("Nguyễn Thế Hùng", Rank.DAI_TA, "Giám đốc Công an tỉnh", units.get(0));
        person("Trần Quốc Bình", Rank.DAI_TA, "Phó Giám đốc Công an tỉnh", units.get(0));
        person("Lê Văn Ước", Rank.THUONG_TA, "Phó Giám đốc Công an tỉnh", units.get(0));
        person("Phạm Thị Ánh", Rank.THUONG_TA, "Phó Giám đốc Công an tỉnh", units.get(0));
        List<Person> heads = new ArrayList<>();
        for (Unit unit : units) {
            heads.add(person(names.next(), unit.getParent() == null ? Rank.THUONG_TA : Rank.THIEU_TA,
                    headPosition(unit), unit));
        }

        Movement movement = DemoDataLoader.referenceMovement();
        em.persist(movement);
        Conference conference = DemoDataLoader.conference(movement, director, units.get(SUB_UNITS + 1));
        conference.setVenue("Hội trường lớn Công an tỉnh Bình An");
        em.persist(conference);
        List<AwardForm> forms = DemoDataLoader.awardForms();
        forms.forEach(em::persist);

        for (Plan plan : DECISIONS) {
            AwardDecision decision = new AwardDecision(conference, forms.get(plan.form()), plan.number(), plan.date());
            decision.setSignerCapacity(plan.capacity());
            decision.setSignerDeputyCapacity(plan.deputyCapacity());
            decision.setSignerRank(plan.signerRank());
            decision.setSignerName(plan.signer());
            decision.setOnAuthorityOf(plan.onAuthorityOf());
            decision.setDefaultAchievement(plan.achievement());
            em.persist(decision);
            int order = 1;
            for (int index : collectives(units.size(), plan.collectives())) {
                Award award = Award.collective(decision, order++, units.get(index));
                award.setRepresentative(heads.get(index));
                em.persist(award);
            }
            List<Rank> ranks = DemoDataLoader.OFFICER_RANKS.subList(0, plan.rankFloor());
            for (int i = 0; i < plan.individuals(); i++) {
                Unit unit = units.get(names.nextInt(units.size()));
                String position = names.pick(DemoDataLoader.POSITIONS);
                Person person = person(names.next(), DemoDataLoader.plausible(names.pick(ranks), position), position,
                        unit);
                em.persist(Award.individual(decision, order++, person));
            }
        }
        em.flush();
        em.clear();
        long core = System.nanoTime();

        Conference managed = em.find(Conference.class, conference.getId());
        for (DemoDataContributor contributor : contributors) {
            long before = System.nanoTime();
            contributor.contribute(managed, DemoDataSet.LARGE);
            em.flush();
            LOG.info("Large ceremony: {} in {} ms", contributor.getClass().getSimpleName(),
                    (System.nanoTime() - before) / 1_000_000);
        }
        LOG.info("Large ceremony loaded: {} units, {} recipients; core data in {} ms, all in {} ms", units.size(),
                TOTAL_RECIPIENTS, (core - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
        return managed;
    }

    /**
     * The 20 units of the demo in official order, each followed by six sub-units: teams under a
     * department, commune police under a district.
     */
    private List<Unit> units() {
        List<Unit> result = new ArrayList<>();
        int place = 0;
        for (int i = 0; i < DemoDataLoader.UNITS.length; i++) {
            Unit parent = new Unit(DemoDataLoader.UNITS[i][0], DemoDataLoader.UNITS[i][1], (i + 1) * 100);
            em.persist(parent);
            result.add(parent);
            boolean police = parent.getName().startsWith("Công an");
            for (int k = 0; k < SUB_UNITS; k++) {
                String name = police
                        ? (k % 2 == 0 ? "Công an phường " : "Công an xã ") + PLACES[place++ % PLACES.length]
                        : TEAMS[k];
                Unit sub = new Unit(name + " - " + parent.getName(), null, parent.getOfficialOrder() + k + 1);
                sub.setParent(parent);
                em.persist(sub);
                result.add(sub);
            }
        }
        return result;
    }

    /**
     * Which units a decision honours: the first {@code count} of the list in official order, skipping
     * every seventh sub-unit for the Giấy khen list and taking only top-level units for the smaller ones.
     */
    private static List<Integer> collectives(int unitCount, int count) {
        List<Integer> result = new ArrayList<>();
        int step = SUB_UNITS + 1;
        boolean topLevelOnly = count <= unitCount / step;
        for (int i = 0; i < unitCount && result.size() < count; i++) {
            boolean topLevel = i % step == 0;
            if (topLevelOnly ? topLevel : i % step != 3) {
                result.add(i);
            }
        }
        return result;
    }

    private static String headPosition(Unit unit) {
        String name = unit.getName();
        return name.startsWith("Văn phòng") ? "Chánh Văn phòng"
                : name.startsWith("Phòng") ? "Trưởng phòng"
                : name.startsWith("Đội") ? "Đội trưởng" : "Trưởng Công an";
    }

    private Person person(String name, Rank rank, String position, Unit unit) {
        Person person = new Person(name, rank, position, unit);
        em.persist(person);
        return person;
    }
}
