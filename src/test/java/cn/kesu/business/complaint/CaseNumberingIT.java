package cn.kesu.business.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.complaint.Complaint;
import cn.kesu.support.CaseFixture;
import cn.kesu.support.InContainerTest;
import cn.kesu.support.MovableClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/** 客诉编号: YYMM + monthly serial, unique and gap-free in acceptance order, also under concurrency. */
class CaseNumberingIT extends InContainerTest {

    @Inject
    CaseFixture fixture;

    @Inject
    MovableClock clock;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void catalogs() throws Exception {
        fixture.withCatalogs();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void twentyConcurrentAcceptancesGetTwentyConsecutiveNumbers() throws Exception {
        clock.set(MovableClock.shanghai(2025, 3, 10, 9, 0));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(fixture.submitted(fixture.domestic));
        }

        List<Integer> serials = new ArrayList<>();
        for (String n : acceptAllAtOnce(ids)) {
            assertTrue(n.startsWith("2503"), n);
            serials.add(Integer.parseInt(n.substring(4)));
        }

        serials.sort(Integer::compare);
        int first = serials.get(0);
        for (int i = 0; i < 20; i++) {
            assertEquals(first + i, serials.get(i), "distinct and consecutive: " + serials);
        }
    }

    @Test
    void underConcurrentAcceptancesTheAcceptanceTimesFollowTheNumbers() throws Exception {
        clock.reset();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(fixture.submitted(fixture.domestic));
        }
        acceptAllAtOnce(ids);

        List<Complaint> inNumberOrder = ids.stream().map(fixture::load)
                .sorted(java.util.Comparator.comparing(Complaint::getNumber)).toList();
        for (int i = 1; i < inNumberOrder.size(); i++) {
            Complaint earlier = inNumberOrder.get(i - 1);
            Complaint later = inNumberOrder.get(i);
            assertTrue(!later.getAcceptedAt().isBefore(earlier.getAcceptedAt()),
                    later.getNumber() + " accepted at " + later.getAcceptedAt() + ", before " + earlier.getNumber()
                            + " at " + earlier.getAcceptedAt());
        }
    }

    @Test
    void serialRestartsWithTheMonthAndNumbersFollowAcceptanceOrder() throws Exception {
        clock.set(MovableClock.shanghai(2025, 1, 31, 23, 58));
        Long january = fixture.submitted(fixture.domestic);
        Long february = fixture.submitted(fixture.domestic);
        Long februaryLater = fixture.submitted(fixture.domestic);

        String janNumber = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.accept(january, fixture.version(january), "", CaseFixture.PASSWORD));
        clock.set(MovableClock.shanghai(2025, 2, 1, 0, 1));
        String febNumber = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.accept(february, fixture.version(february), "", CaseFixture.PASSWORD));
        String febNext = fixture.gmOffice.call(() -> fixture.gmOfficeDesk.accept(februaryLater, fixture.version(februaryLater), "", CaseFixture.PASSWORD));

        assertTrue(janNumber.startsWith("2501"), janNumber);
        assertTrue(febNumber.startsWith("2502"), febNumber);
        assertEquals(Integer.parseInt(febNumber.substring(4)) + 1, Integer.parseInt(febNext.substring(4)));
        assertEquals(6, febNumber.length(), "two-digit serial: " + febNumber);
    }

    /** The GM office accepts the submitted slips all at the same moment, from as many threads; their numbers. */
    private List<String> acceptAllAtOnce(List<Long> ids) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> accepted = new ArrayList<>();
        for (Long id : ids) {
            long version = fixture.version(id);
            accepted.add(executor.submit(() -> {
                start.await();
                return fixture.gmOffice.call(() -> fixture.gmOfficeDesk.accept(id, version, "", CaseFixture.PASSWORD));
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<String> number : accepted) {
            numbers.add(number.get());
        }
        return numbers;
    }
}
