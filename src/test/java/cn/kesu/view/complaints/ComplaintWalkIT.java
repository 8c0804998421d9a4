package cn.kesu.view.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One domestic slip from the business desk to 结案 through the real screens, each step by its demo
 * user with the re-entered password; then the ledger shows the closed case. Screenshots of every step
 * go to target/screenshots/walk-*.png.
 */
class ComplaintWalkIT extends BrowserTest {

    private Pages pages;
    private int shot;

    @Test
    void domesticSlipGoesFromDraftToClosedThroughTheScreens() throws IOException {
        pages = new Pages(BROWSER.driver(), base);

        signInAs("business");
        pages.open("app/complaints/new.xhtml");
        pages.selectOneMenu("slip:customer").select("C001 华联百货");
        pages.type("slip:contact", "王经理");
        pages.datePicker("slip:receivedAt").type("2026-11-20 09:30");
        pages.datePicker("slip:reportRequestedBy").type("2026-11-27");
        pages.type("slip:orderNo", "PO-WALK-1");
        pages.type("slip:partNo", "CUP-WALK-01");
        pages.type("slip:quantityShipped_input", "500");
        pages.type("slip:defectQuantity_input", "12");
        pages.checkbox("slip:requests", Texts.zh("request.RETURN")).click();
        pages.type("slip:description", "杯口有毛刺 <script>alert(1)</script>");
        screenshot("new-slip");
        pages.click("slip:create");
        assertTrue(pages.arrivesAt("app/complaints/case.xhtml?id="), pages.path());
        String caseUrl = pages.path();
        assertTrue(pages.bodyText().contains("杯口有毛刺 <script>alert(1)</script>"), "HTML is shown as text");
        assertEquals("2026-11-27", pages.text("reportRequestedBy"), "the customer's requested report date");
        sign("action:submitSlip", "请受理");

        signInAs("gm-office");
        pages.open(caseUrl);
        sign("action:accept", "受理");
        String number = pages.text("caseNumber");
        assertTrue(number.matches("\\d{6,}"), number);

        signInAs("qa");
        pages.open(caseUrl);
        pages.type("action:qaCause", "冲压模具刃口磨损");
        // An established complaint needs its cause code and abnormality type (issue 15, item 11).
        pages.selectOneMenu("action:qaCauseCode").select("K01 制程参数偏差");
        pages.selectOneMenu("action:qaAbnormalityType").select("A05 螺纹不良");
        pages.selectOneMenu("action:shares:0:party").select("D02 成型课");
        pages.type("action:shares:0:percent_input", "100");
        sign("action:investigate", "调查完成");
        signInAs("qa-manager");
        // The manager's 待办案件 shows the case at QA's step, awaiting his countersignature.
        pages.open("app/complaints/worklist.xhtml");
        pages.type("list:number", number);
        pages.click("list:search");
        String awaiting = Texts.zh("step.QA_INVESTIGATION") + " (" + Texts.zh("slip.awaitingCountersign") + ")";
        assertTrue(pages.table("list:table").hasRowWith(number, awaiting), pages.text("list:table"));
        pages.open(caseUrl);
        sign("action:countersign", "同意");

        signInAs("production");
        pages.open(caseUrl);
        pages.type("action:prodCause", "模具保养周期过长");
        pages.type("action:prodTemporary", "全检杯口");
        pages.type("action:prodPermanent", "模具每 5 万次保养");
        sign("action:analyse", "分析完成");
        signInAs("production-manager");
        pages.open(caseUrl);
        sign("action:countersign", "同意");

        signInAs("gm-office");
        pages.open(caseUrl);
        sign("action:check", "查核无误");

        signInAs("business");
        pages.open(caseUrl);
        pages.type("action:proposal", "退货 12 只");
        pages.type("action:negotiation", "客户同意退货");
        sign("action:propose", "已交涉");
        signInAs("business-manager");
        pages.open(caseUrl);
        sign("action:countersign", "核阅");

        signInAs("gm-office");
        pages.open(caseUrl);
        pages.checkbox("action:dispositions", Texts.zh("disposition.RETURN")).click();
        pages.type("action:claim_input", "600");
        pages.type("action:consReturnQty_input", "12");
        pages.type("action:lossProduct_input", "600");
        sign("action:consolidate", "综合意见");
        assertTrue(pages.bodyText().contains(Texts.zh("role.business-manager")), "routed to the business manager");

        signInAs("business-manager");
        pages.open(caseUrl);
        sign("action:approve", "批准");

        // The return, from issue to reconciliation: business issues it, the business manager releases it, the
        // warehouse finds it in its work list and records 12 received, accounting reconciles and posts; only then
        // does the case close.
        signInAs("business");
        pages.open(caseUrl);
        pages.type("issueReturn:quantity_input", "12");
        pages.type("issueReturn:reason", "杯口毛边不良品退回");
        pages.type("issueReturn:handling", "退回后重工再交");
        pages.type("issueReturn:password", DemoUser.PASSWORD);
        pages.click("issueReturn:issue");
        assertTrue(pages.errorMessages().isEmpty(), pages.errorMessages().toString());
        assertTrue(pages.bodyText().contains(Texts.zh("execution.issued")));
        assertTrue(pages.text("execution").contains(Texts.zh("returnStatus.ISSUED")));
        assertFalse(pages.present("action:execute"), "no 结案 while the return is open");
        assertTrue(pages.text("whyNot").contains(Texts.zh("disposition.RETURN")),
                "the page says what is still open");

        // 经理批示 before the warehouse (seed 001, 第十三条): the business manager finds the note in his work list.
        signInAs("business-manager");
        pages.open("app/complaints/worklist.xhtml");
        String toRelease = pages.text("documents:tasks");
        assertTrue(toRelease.contains(number) && toRelease.contains(Texts.zh("returnStatus.ISSUED")), toRelease);
        pages.open(caseUrl);
        pages.type("returnWork:rows:0:password", DemoUser.PASSWORD);
        pages.click("returnWork:rows:0:release");
        assertTrue(pages.errorMessages().isEmpty(), pages.errorMessages().toString());
        assertTrue(pages.text("execution").contains(Texts.zh("returnStatus.RELEASED")));

        signInAs("warehouse");
        pages.open("app/complaints/worklist.xhtml");
        String task = pages.text("documents:tasks");
        assertTrue(task.contains(number) && task.contains(Texts.zh("returnStatus.RELEASED")), task);
        pages.driver().findElement(By.xpath("//*[@id='documents:tasks']//a[text()='" + number + "']")).click();
        pages.waitForPage();
        pages.type("returnWork:rows:0:quantity_input", "12");
        pages.type("returnWork:rows:0:password", DemoUser.PASSWORD);
        screenshot("receive");
        pages.click("returnWork:rows:0:receive");
        assertTrue(pages.errorMessages().isEmpty(), pages.errorMessages().toString());
        assertTrue(pages.text("execution").contains(Texts.zh("returnStatus.RECEIVED")));

        signInAs("accounting");
        pages.open("app/complaints/worklist.xhtml");
        assertTrue(pages.text("documents:tasks").contains(number));
        pages.open(caseUrl);
        pages.type("returnWork:rows:0:voucher", "记-1201");
        pages.type("returnWork:rows:0:password", DemoUser.PASSWORD);
        pages.click("returnWork:rows:0:reconcile");
        assertTrue(pages.errorMessages().isEmpty(), pages.errorMessages().toString());
        String execution = pages.text("execution");
        assertTrue(execution.contains(Texts.zh("returnStatus.POSTED")) && execution.contains(Texts.zh("execution.done")),
                execution);

        signInAs("business");
        pages.open(caseUrl);
        assertFalse(pages.present("action:execute"), "结案 waits for the final answer");
        assertTrue(pages.text("finalAnswer").contains(Texts.zh("execution.finalAnswerOwed")), pages.text("finalAnswer"));
        pages.datePicker("contact:at").type(java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        pages.type("contact:summary", "函告客户核准结果：退货");
        pages.checkbox("contact:documents", Texts.zh("contactDocument.FINAL_ANSWER")).click();
        pages.click("contact:record");
        assertTrue(pages.bodyText().contains(Texts.zh("contact.recorded")), pages.errorMessages().toString());
        sign("action:execute", "已退货");
        assertTrue(pages.bodyText().contains(Texts.zh("step.CLOSED")));

        signInAs("gm-office");
        pages.open("app/complaints/ledger.xhtml");
        pages.type("list:number", number);
        pages.click("list:search");
        screenshot("ledger");
        String row = pages.table("list:table").rows().get(0).getText();
        assertTrue(row.contains(number) && row.contains("CUP-WALK-01") && row.contains(Texts.zh("step.CLOSED")), row);
        assertEquals(1, pages.table("list:table").size());
    }

    private void signInAs(String username) {
        BROWSER.clearSession();
        pages.login(username, DemoUser.PASSWORD);
        pages.speakChinese();
    }

    /** Fills opinion and password, presses the action's button and expects the done message. */
    private void sign(String button, String opinion) throws IOException {
        pages.type("action:opinion", opinion);
        pages.type("action:password", DemoUser.PASSWORD);
        screenshot(button.substring(button.indexOf(':') + 1));
        pages.click(button);
        assertTrue(pages.errorMessages().isEmpty(), button + ": " + pages.errorMessages());
        String action = button.substring(button.indexOf(':') + 1);
        String doneKey = "action." + ("submitSlip".equals(action) ? "submit" : action);
        assertTrue(pages.bodyText().contains(Texts.zh("action.done", Texts.zh(doneKey))), button + " done");
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("kesu.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = ((TakesScreenshot) pages.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, dir.resolve(String.format("walk-%02d-%s.png", ++shot, name)), StandardCopyOption.REPLACE_EXISTING);
    }
}
