package cn.kesu.view.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A catalog name that would end the chart's script block reaches the chart as text and runs nowhere. The
 * Content-Security-Policy would block such a script too; the browser's violation report, which fails every
 * browser test (Browser#afterEach), shows that it was never even tried.
 */
class ChartEscapingIT extends BrowserTest {

    private static final String HOSTILE = "</script><script>window.kesuInjected=1</script>喷漆<b>不良</b>";

    @Test
    void aHostileAbnormalityNameIsAChartLabelNotAScript() throws Exception {
        HttpResponse<String> closed = new WebClient(base).post("test/case",
                Map.of("at", "closed", "abnormality", HOSTILE));
        assertEquals(200, closed.statusCode(), closed.body());

        Pages pages = as("gm-office");
        pages.open("app/statistics/monthly.xhtml");
        pages.type("stats:month", YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
        pages.click("stats:show");

        JavascriptExecutor js = (JavascriptExecutor) pages.driver();
        assertEquals(Boolean.TRUE, js.executeScript("return window.kesuInjected === undefined"), "the name never ran");
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) js.executeScript(
                "return PrimeFaces.widgets['widget_stats_paretoChart'].cfg.config.data.labels");
        assertTrue(labels.stream().anyMatch(label -> String.valueOf(label).endsWith(HOSTILE)), labels.toString());
    }
}
