package cn.kesu.view.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Issue 14 through the screens, in headless Chromium: a case closed (结案) with 需追踪改善 has its 8D open; QA records
 * the root cause, a signed 暂停生产通知 and a corrective action for production, production records both done, QA
 * releases the hold and records three clean lots, and QA's manager closes the 8D. Each form shows only to those the server lets use it; text shows as text.
 */
class ImprovementScreensIT extends BrowserTest {

    @Test
    void qaWorksTheEightDProductionDoesItsActionAndTheManagerClosesItAfterThreeCleanLots() throws Exception {
        HttpResponse<String> made = new WebClient(base).post("test/case", Map.of("at", "closed"));
        assertEquals(200, made.statusCode(), made.body());
        String caseUrl = "app/complaints/case.xhtml?id=" + made.body().strip();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        Pages business = as("business");
        business.open(caseUrl);
        assertEquals(Texts.zh("eightD.reason.TRACKING"), business.text("eightDReason"), "opened by the rule");
        assertFalse(business.present("rootCause") || business.present("addAction") || business.present("lot"),
                "business reads the 8D and is offered none of QA's forms");

        Pages qa = as("qa");
        qa.open(caseUrl);
        qa.type("rootCause:team", "质量 张三、制造 李四");
        qa.type("rootCause:occurrence", "炉温低 <b>15 ℃</b>");
        qa.type("rootCause:escape", "出货检验未测附着力");
        qa.selectOneMenu("rootCause:causeCode").select("K01 制程参数偏差");
        qa.type("rootCause:password", DemoUser.PASSWORD);
        qa.click("rootCause:save");
        assertTrue(qa.bodyText().contains(Texts.zh("eightD.rootCauseFound")), qa.errorMessages().toString());
        assertEquals("炉温低 <b>15 ℃</b>", qa.text("rootCauseText"), "shown as text");
        assertFalse(qa.present("closeEightD"), "closing is the manager's");

        qa.selectOneMenu("addAction:kind").select(Texts.zh("discipline.CONTAINMENT") + " · "
                + Texts.zh("actionKind.WIP_HOLD"));
        qa.type("addAction:description", "喷涂二线在制品隔离");
        qa.selectOneMenu("addAction:owner").select(Texts.zh("department.PRODUCTION"));
        qa.datePicker("addAction:dueOn").type(today);
        qa.type("addAction:password", DemoUser.PASSWORD);
        qa.click("addAction:add");
        assertTrue(qa.bodyText().contains(Texts.zh("eightD.actionAdded")), qa.errorMessages().toString());
        assertTrue(qa.text("actions").contains(Texts.zh("eightD.hold.issued")), qa.text("actions"));

        qa.selectOneMenu("addAction:kind").select(Texts.zh("discipline.CORRECTIVE") + " · "
                + Texts.zh("actionKind.CORRECTIVE"));
        qa.type("addAction:description", "更换温控器并纳入月度校验");
        qa.selectOneMenu("addAction:owner").select(Texts.zh("department.PRODUCTION"));
        qa.datePicker("addAction:dueOn").type(today);
        qa.click("addAction:add");
        assertTrue(qa.bodyText().contains(Texts.zh("eightD.actionAdded")), qa.errorMessages().toString());
        assertTrue(qa.text("actions").contains("更换温控器并纳入月度校验"), qa.text("actions"));
        assertFalse(qa.present("actionWork:rows:0:done"), "QA does not record production's action done");

        Pages production = as("production");
        production.open("app/home.xhtml");
        assertTrue(production.text("actions").matches(".*[1-9][0-9]*.*"), "the home page counts it: "
                + production.text("actions"));
        production.click("actions");
        assertTrue(production.arrivesAt("app/improvement/list.xhtml"), production.path());
        assertTrue(production.text("improvement:ownActions").contains("更换温控器并纳入月度校验"),
                "production's work list of actions: " + production.text("improvement:ownActions"));
        assertFalse(production.present("improvement:eightDs"), "production follows its own actions, not every 8D");
        production.open("app/complaints/worklist.xhtml");
        assertTrue(production.text("improvement:ownActions").contains("喷涂二线在制品隔离"),
                "the 待办案件 list shows them too: " + production.text("improvement:ownActions"));
        production.open(caseUrl);
        production.type("actionWork:rows:0:evidence", "二线已停线");
        production.click("actionWork:rows:0:done");
        assertTrue(production.bodyText().contains(Texts.zh("eightD.completed")), production.errorMessages().toString());
        assertTrue(production.text("actions").contains(Texts.zh("eightD.hold.inForce")), production.text("actions"));
        assertFalse(production.present("actionWork:rows:0:releaseHold"), "QA releases the hold, not production");
        production.type("actionWork:rows:1:evidence", "校验单 CAL-88");
        production.click("actionWork:rows:1:done");
        assertTrue(production.bodyText().contains(Texts.zh("eightD.completed")), production.errorMessages().toString());
        assertTrue(production.text("actions").contains("校验单 CAL-88"), production.text("actions"));

        qa = as("qa");
        qa.open(caseUrl);
        qa.type("actionWork:rows:0:releaseReason", "温控器已校验，恢复生产");
        qa.type("actionWork:rows:0:password", DemoUser.PASSWORD);
        qa.click("actionWork:rows:0:releaseHold");
        assertTrue(qa.bodyText().contains(Texts.zh("eightD.holdReleased")), qa.errorMessages().toString());
        assertTrue(qa.text("actions").contains("温控器已校验，恢复生产"), qa.text("actions"));
        for (int lot = 1; lot <= 3; lot++) {
            qa.type("lot:lotNo", "B-" + lot);
            qa.datePicker("lot:madeOn").type(today);
            qa.type("lot:quantity_input", "500");
            qa.type("lot:inspected_input", "80");
            qa.type("lot:defects_input", "0");
            qa.click("lot:record");
            assertTrue(qa.bodyText().contains(Texts.zh("eightD.lotRecorded")), qa.errorMessages().toString());
        }
        assertTrue(qa.text("cleanLots").startsWith("3 /"), qa.text("cleanLots"));
        assertEquals(Texts.zh("eightD.state.VERIFYING"), qa.text("eightDState"));

        String number = qa.text("caseNumber");
        Pages office = as("gm-office");
        office.open("app/improvement/list.xhtml");
        assertTrue(office.text("improvement:eightDs").contains(number), "the GM office sees every open 8D");
        office.open("app/complaints/ledger.xhtml");
        office.type("list:number", number);
        office.click("list:search");
        new org.openqa.selenium.support.ui.WebDriverWait(office.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> office.table("list:table").rows().size() == 1 && office.text("list:table").contains(number));
        assertEquals(Texts.zh("eightD.state.OPEN"), office.text("list:table:0:eightD"),
                "the ledger shows the case closed (结案) and its 8D still open");

        Pages manager = as("qa-manager");
        manager.open(caseUrl);
        manager.type("closeEightD:opinion", "连续三批无此不良");
        manager.type("closeEightD:password", DemoUser.PASSWORD);
        manager.click("closeEightD:close");
        assertTrue(manager.bodyText().contains(Texts.zh("eightD.closed")), manager.errorMessages().toString());
        assertEquals("连续三批无此不良", manager.text("recognition"));
        assertEquals(Texts.zh("eightD.state.CLOSED"), manager.text("eightDState"));
        assertFalse(manager.present("lot") || manager.present("closeEightD"), "a closed 8D takes nothing more");
    }
}
