package cn.kesu.view.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.infrastructure.demo.DemoUser;
import cn.kesu.model.complaint.Severity;
import cn.kesu.support.BrowserTest;
import cn.kesu.support.Pages;
import cn.kesu.support.Texts;
import cn.kesu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The case page's panels around the resolution in headless Chromium, on the demo data: the GM office
 * claims a supplier's share and accounting settles it from its work list; business records an unhappy
 * follow-up that opens a re-complaint; production files a 签呈 and the gm rules on it from his inbox.
 */
class ResolutionScreensIT extends BrowserTest {

    @Test
    void theGmOfficeClaimsTheSuppliersShareAndAccountingSettlesIt() {
        Pages pages = as("gm-office");
        pages.open("app/complaints/ledger.xhtml");
        pages.selectOneMenu("list:step").select(Texts.zh("step.CLOSED"));
        pages.click("list:search");
        List<String> cases = pages.table("list:table").all(":open").stream()
                .map(a -> a.getAttribute("href")).toList();
        String claimed = null;
        for (String url : cases) {
            pages.driver().get(url);
            pages.waitForPage();
            if (pages.present("claimable:0:claim:raise")) {
                pages.click("claimable:0:claim:raise");
                claimed = url;
                break;
            }
        }
        assertTrue(claimed != null, "a closed demo case with a supplier share");
        assertTrue(pages.bodyText().contains(Texts.zh("resolution.claimRaised")), pages.errorMessages().toString());
        String amount = pages.text("supplierClaims");
        assertTrue(amount.contains(Texts.zh("resolution.claimAmount")), amount);

        pages = as("accounting");
        pages.open("app/complaints/worklist.xhtml");
        assertTrue(pages.driver().findElement(By.id("openClaims")).isDisplayed());
        pages.driver().get(claimed);
        pages.waitForPage();
        pages.type("settlements:0:settle:paid_input", "100");
        pages.type("settlements:0:settle:note", "供应商已开折让单 <b>");
        pages.click("settlements:0:settle:settle");
        assertTrue(pages.bodyText().contains(Texts.zh("resolution.claimSettled")), pages.errorMessages().toString());
        assertTrue(pages.text("supplierClaims").contains("供应商已开折让单 <b>"),
                "the note shown as text");
    }

    @Test
    void businessRecordsAnUnhappyFollowUpAndGetsALinkedRecomplaint() {
        Pages pages = as("business");
        pages.open("app/inbox.xhtml");
        pages.openTab("followUpsTab");
        pages.table("inbox:tabs:followUps").rows().get(0).findElement(By.tagName("a")).click();
        pages.waitForPage();
        Severity rated = Arrays.stream(Severity.values())
                .filter(s -> Texts.zh(s.labelKey()).equals(pages.text("severity")))
                .findFirst().orElseThrow();

        pages.selectOneMenu("rate:rating").select("4 " + Texts.zh("satisfaction.DISSATISFIED"));
        pages.type("rate:note", "交期太慢");
        pages.click("rate:record");

        assertTrue(pages.bodyText().contains(Texts.zh("resolution.followUpRecorded")), pages.errorMessages().toString());
        assertTrue(pages.text("rating").contains("4"), "the rating is shown");
        WebElement continuation = pages.driver().findElement(By.cssSelector("#links a[id$='continuation']"));
        continuation.click();
        pages.waitForPage();
        assertTrue(pages.driver().findElement(By.id("original")).isDisplayed(), "the new slip links back");
        assertTrue(pages.bodyText().contains(Texts.zh("step.DRAFT")), "a draft");
        assertEquals(Texts.zh(rated.raised().labelKey()), pages.text("severity"),
                "one level above the rated case");
    }

    @Test
    void productionFilesAnObjectionAndTheGmRulesOnIt() {
        Pages pages = as("production");
        pages.open("app/complaints/worklist.xhtml");
        pages.table("list:table").click(0, ":open");
        String caseUrl = pages.driver().getCurrentUrl();
        pages.type("object:reason", "喷涂课责任比例过高 <i>");
        pages.click("object:file");
        assertTrue(pages.bodyText().contains(Texts.zh("resolution.objectionFiled")), pages.errorMessages().toString());

        pages = as("gm");
        pages.open("app/inbox.xhtml");
        pages.openTab("objectionsTab");
        assertTrue(pages.text("inbox:tabs:objections").contains("喷涂课责任比例过高 <i>"));
        pages.driver().get(caseUrl);
        pages.waitForPage();
        List<WebElement> forms = pages.driver().findElements(By.cssSelector("form[id$=':rule']"));
        String form = forms.get(forms.size() - 1).getAttribute("id");
        pages.type(form + ":text", "维持原判，喷涂课承担 70%");
        pages.type(form + ":password", DemoUser.PASSWORD);
        pages.click(form + ":rule");

        assertTrue(pages.bodyText().contains(Texts.zh("resolution.ruled")), pages.errorMessages().toString());
        String table = pages.text("objectionList");
        assertTrue(table.contains("维持原判，喷涂课承担 70%") && table.contains("吴刚"), table);
        assertFalse(pages.driver().findElements(By.cssSelector("form[id$=':rule']")).size() >= forms.size(),
                "the ruled objection has no form any more");
    }

    /**
     * Issue 15, item 4 through the screens: business asks to void its allowance note, the business manager (the
     * approver) countersigns and the note shows 作废; then the customer does not accept, and the original closes
     * as 客户不接受，转新单 with a new slip linked to it, the chain shown on the page (item 10).
     */
    @Test
    void businessVoidsItsNoteAndTheCustomersNonAcceptanceClosesTheOriginal() throws Exception {
        HttpResponse<String> made = new WebClient(base).post("test/case", Map.of("at", "execution"));
        assertEquals(200, made.statusCode(), made.body());
        String caseUrl = "app/complaints/case.xhtml?id=" + made.body().strip();

        Pages pages = as("business");
        pages.open(caseUrl);
        pages.type("allowanceWork:rows:0:voidReason", "金额开错 <b>");
        pages.type("allowanceWork:rows:0:voidPassword", DemoUser.PASSWORD);
        pages.click("allowanceWork:rows:0:requestVoid");
        assertTrue(pages.bodyText().contains(Texts.zh("execution.voidRequested")), pages.errorMessages().toString());
        assertEquals(Texts.zh("note.state.VOID_REQUESTED"), pages.text("allowances:0:allowanceStatus"));

        pages = as("business-manager");
        pages.open(caseUrl);
        pages.type("allowanceWork:rows:0:password", DemoUser.PASSWORD);
        pages.click("allowanceWork:rows:0:countersignVoid");
        assertTrue(pages.bodyText().contains(Texts.zh("execution.voided")), pages.errorMessages().toString());
        assertEquals(Texts.zh("note.state.VOIDED"), pages.text("allowances:0:allowanceStatus"));
        assertEquals("金额开错 <b>", pages.text("allowances:0:voidReason"), "the reason shown as text");

        pages = as("business");
        pages.open(caseUrl);
        assertTrue(pages.text("recomplaint:closesOriginal").contains(Texts.zh("step.NOT_ACCEPTED")), pages.text("recomplaint:closesOriginal"));
        pages.type("recomplaint:reason", "客户要求全数换货");
        pages.type("recomplaint:password", DemoUser.PASSWORD);
        pages.click("recomplaint:file");
        assertTrue(pages.driver().findElement(By.id("original")).isDisplayed(), "the new slip links back");
        pages.click("original");
        assertTrue(pages.text("status").contains(Texts.zh("step.NOT_ACCEPTED")), pages.text("status"));
        assertFalse(pages.present("recomplaint"), "its re-complaint is filed");
        String chain = pages.text("chain");
        assertTrue(chain.contains(Texts.zh("step.NOT_ACCEPTED")) && chain.contains(Texts.zh("step.DRAFT")),
                "the chain on the case page: " + chain);
    }

    /**
     * With two notes waiting for the approver, the first is countersigned with the password typed on its own row. (A
     * form per row inside the repeat lost the first row's password once there were two rows.)
     */
    @Test
    void theFirstOfTwoNotesIsCountersignedWithThePasswordOnItsRow() throws Exception {
        HttpResponse<String> made = new WebClient(base).post("test/case", Map.of("at", "execution", "notes", "2"));
        assertEquals(200, made.statusCode(), made.body());
        Pages pages = as("business-manager");
        pages.open("app/complaints/case.xhtml?id=" + made.body().strip());
        assertTrue(pages.present("allowanceWork:rows:1:countersign"), "the second note waits too");
        pages.type("allowanceWork:rows:0:password", DemoUser.PASSWORD);
        pages.click("allowanceWork:rows:0:countersign");
        assertTrue(pages.bodyText().contains(Texts.zh("execution.countersigned")), pages.errorMessages().toString());
        assertFalse(pages.present("allowanceWork:rows:0:countersign"), "the first is countersigned");
        assertTrue(pages.present("allowanceWork:rows:1:countersign"), "the second still waits");
    }

    /** Issue 14: business records a contact with the customer on the case page; it is listed as text. */
    @Test
    void businessRecordsAContactWithTheCustomer() throws Exception {
        HttpResponse<String> made = new WebClient(base).post("test/case", Map.of("at", "qa"));
        assertEquals(200, made.statusCode(), made.body());
        Pages pages = as("business");
        pages.open("app/complaints/case.xhtml?id=" + made.body().strip());
        pages.datePicker("contact:at").type(java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                .minusHours(1).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        pages.selectOneMenu("contact:channel").select(Texts.zh("contactChannel.WECHAT"));
        pages.type("contact:summary", "已告知客户 <b>初步结论</b>");
        pages.checkbox("contact:documents", Texts.zh("contactDocument.INITIAL_REPORT")).click();
        pages.click("contact:record");

        assertTrue(pages.bodyText().contains(Texts.zh("contact.recorded")), pages.errorMessages().toString());
        String listed = pages.text("contactList");
        assertTrue(listed.contains("已告知客户 <b>初步结论</b>") && listed.contains(Texts.zh("contactChannel.WECHAT"))
                && listed.contains(Texts.zh("contactDocument.INITIAL_REPORT")), listed);
        String promised = pages.text("promiseList");
        assertTrue(promised.contains(Texts.zh("promise.ACKNOWLEDGEMENT")) && promised.contains(Texts.zh("promise.INITIAL_REPORT"))
                && promised.contains(Texts.zh("promise.PROGRESS")) && promised.contains(Texts.zh("promise.state.OPEN")),
                "an hour before the receipt, the contact kept none of the promises: " + promised);
        String number = pages.text("caseNumber");

        Pages office = as("gm-office");
        office.open("app/complaints/ledger.xhtml");
        office.type("list:number", number);
        office.click("list:search");
        new org.openqa.selenium.support.ui.WebDriverWait(office.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> office.table("list:table").rows().size() == 1 && office.text("list:table").contains(number));
        assertTrue(office.text("list:table:0:lastInformed").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"),
                "the ledger says when the customer was last informed: " + office.text("list:table"));
        assertTrue(office.text("list:table:0:nextPromise").startsWith(Texts.zh("promise.ACKNOWLEDGEMENT") + " "),
                "and what the customer is owed next: " + office.text("list:table"));
    }
}
