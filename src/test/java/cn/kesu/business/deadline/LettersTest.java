package cn.kesu.business.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

class LettersTest {

    @Test
    void latenessIsWrittenInDaysHoursOrMinutesAsTheSlipsSayIt() {
        assertEquals("2天1小时", Letters.span(Duration.ofHours(49)));
        assertEquals("3天", Letters.span(Duration.ofDays(3).plusMinutes(20)));
        assertEquals("14小时", Letters.span(Duration.ofHours(14).plusMinutes(59)));
        assertEquals("25分钟", Letters.span(Duration.ofMinutes(25)));
        assertEquals("0分钟", Letters.span(Duration.ofMinutes(-5)));
    }

    @Test
    void theInboxWritesLatenessInTheReadersLanguage() {
        ResourceBundle english = ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.ENGLISH);
        assertEquals("8 d 5 h", Letters.span(Duration.ofDays(8).plusHours(5), english));
        assertEquals("3 d", Letters.span(Duration.ofDays(3), english));
        assertEquals("14 h", Letters.span(Duration.ofHours(14), english));
        assertEquals("25 min", Letters.span(Duration.ofMinutes(25), english));
        assertEquals("8天5小时", Letters.span(Duration.ofDays(8).plusHours(5),
                ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.SIMPLIFIED_CHINESE)));
    }
}
