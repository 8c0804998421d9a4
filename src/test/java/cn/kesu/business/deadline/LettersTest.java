package cn.kesu.business.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.time.Duration;

class LettersTest {

    @Test
    void latenessIsWrittenInDaysHoursOrMinutesAsTheSlipsSayIt() {
        assertEquals("2天1小时", Letters.span(Duration.ofHours(49)));
        assertEquals("3天", Letters.span(Duration.ofDays(3).plusMinutes(20)));
        assertEquals("14小时", Letters.span(Duration.ofHours(14).plusMinutes(59)));
        assertEquals("25分钟", Letters.span(Duration.ofMinutes(25)));
        assertEquals("0分钟", Letters.span(Duration.ofMinutes(-5)));
    }
}
