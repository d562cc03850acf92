package org.parley.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A refused form shows each message beside the field it concerns (described by it, marked invalid, in the
 * form's words) with what was typed still in the form; the API says the same in its problem detail's errors.
 */
@ParleyIntegrationTest
class FieldErrorsTest {

    @Autowired
    Api api;

    private final String m = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aProposalWithoutItsSubjectIsRefusedBesideTheSubjectAndKeepsTheLanguageTyped() {
        Scenario scenario = new Scenario(api);
        long table = scenario.freshTable("Field errors " + m);
        long session = scenario.session(table, "2026-03-02", "HELD");
        Api.Pages labor = api.signIn("labor");
        var sheet = labor.get("/tables/" + table + "/status-sheet");
        assertThat(sheet.status()).as(sheet.body()).isEqualTo(200);
        var refused = labor.submit("/tables/" + table + "/threads", Map.of("title", " ", "article", "Art. 7",
                "side", "LABOR", "sessionId", String.valueOf(session), "language", "Wages rise 4% " + m, "summary", "raise"));

        Document page = Jsoup.parse(refused.body());
        assertRefusedBeside(page, "title", "The subject is required.");
        assertThat(page.getElementById("language").text()).isEqualTo("Wages rise 4% " + m);
        assertThat(page.getElementById("article").val()).isEqualTo("Art. 7");
        assertThat(page.getElementById("language").hasAttr("aria-invalid")).as("only the refused field is marked").isFalse();

        var api401 = api.post("labor", "/api/tables/" + table + "/threads", Map.of("title", "", "economic", false));
        assertThat(api401.status()).isEqualTo(400);
        assertThat(api401.header("Content-Type")).contains("application/problem+json");
        JsonNode error = api401.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("title");
        assertThat(error.get("message").asString()).isEqualTo("The subject is required.");
        assertThat(api401.json().get("detail").asString()).isEqualTo("The subject is required.");
    }

    @Test
    void aSessionEndingBeforeItStartsIsRefusedBesideTheLastDayWithTheDatesKept() {
        long table = new Scenario(api).freshTable("Session errors " + m);
        Api.Pages labor = api.signIn("labor");
        labor.get("/tables/" + table + "/sessions");
        var refused = labor.submit("/tables/" + table + "/sessions", Map.of("date", "2026-05-10", "endDate", "2026-05-01",
                "plannedStart", "09:00", "plannedEnd", "17:00", "location", "Room " + m));

        Document page = Jsoup.parse(refused.body());
        Element lastDay = assertRefusedBeside(page, "endDate", "The last day (2026-05-01) cannot come before the date (2026-05-10).");
        assertThat(lastDay.val()).isEqualTo("2026-05-01");
        assertThat(page.getElementById("date").val()).isEqualTo("2026-05-10");

        var problem = api.post("labor", "/api/tables/" + table + "/sessions", Map.of("date", "2026-05-10", "endDate", "2026-05-01"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("endDate");
    }

    @Test
    void aVoteWithAnUnreadableOpeningTimeIsRefusedBesideOpensWithTheTitleKept() {
        long negotiation = new Scenario(api).negotiation("Vote errors " + m, "2026-12-31");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("negotiationId", String.valueOf(negotiation));
        form.put("kind", "RATIFICATION");
        form.put("title", "Ratify " + m);
        form.put("question0", "Do you ratify?");
        form.put("opensAt", "next tuesday");
        form.put("closesAt", "2026-12-01T18:00");
        form.put("ruleType", "MAJORITY_OF_VOTES_CAST");
        Api.Pages committee = api.signIn("committee");
        var blank = committee.get("/votes/new");
        assertThat(blank.status()).as(blank.body()).isEqualTo(200);
        Document page = Jsoup.parse(committee.submit("/votes", form).body());

        Element opens = assertRefusedBeside(page, "opensAt", "'next tuesday' is not a valid time it opens; use the form 2026-03-19T18:00.");
        assertThat(opens.val()).isEqualTo("next tuesday");
        assertThat(page.getElementById("title").val()).isEqualTo("Ratify " + m);
    }

    @Test
    void theLegalClockOffersTimeZonesFromAListAndRefusesAnUnreadableDayBesideIt() {
        long negotiation = new Scenario(api).negotiation("Clock errors " + m, "2026-12-31");
        Api.Pages labor = api.signIn("labor");
        Document clock = Jsoup.parse(labor.get("/negotiations/" + negotiation + "/legal-clock").body());
        Element zone = clock.getElementById("t-zone");
        assertThat(zone.tagName()).isEqualTo("select");
        assertThat(zone.select("option[value=America/Chicago]")).hasSize(1);

        Document page = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/legal-clock/term",
                Map.of("expiresDate", "30/06/2027", "expiresTime", "23:59", "zone", "America/Chicago", "jurisdiction", "US_NLRA")).body());
        Element day = assertRefusedBeside(page, "t-date", "'30/06/2027' is not a valid last day in force; use the form 2026-03-17.");
        assertThat(day.val()).isEqualTo("30/06/2027");
        assertThat(page.getElementById("t-zone").select("option[selected]").val()).isEqualTo("America/Chicago");
    }

    @Test
    void aPetitionWithAnUnreadableGoalIsRefusedBesideTheGoalWithItsTextKept() {
        long negotiation = new Scenario(api).negotiation("Petition errors " + m, "2026-12-31");
        Api.Pages labor = api.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/members");
        Document page = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/petitions", Map.of("kind", "PETITION",
                "title", "Fair raises " + m, "text", "We ask for fair raises.", "goal", "many", "audience", "MEMBERS")).body());

        Element goal = assertRefusedBeside(page, "p-goal", "'many' is not a valid goal (signatures); use a whole number.");
        assertThat(goal.val()).isEqualTo("many");
        assertThat(page.getElementById("p-title").val()).isEqualTo("Fair raises " + m);
    }

    @Test
    void anUpdateSavedWithoutATitleIsRefusedBesideTheTitleWithTheTextKept() {
        long negotiation = new Scenario(api).negotiation("Update errors " + m, "2026-12-31");
        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Day one " + m,
                "markdown", "Text.", "audience", "MEMBERS")).id();
        Api.Pages labor = api.signIn("labor");
        labor.get("/updates/" + update);
        Document page = Jsoup.parse(labor.submit("/updates/" + update, Map.of("title", "", "markdown", "Typed text " + m,
                "audience", "MEMBERS", "action", "save")).body());

        assertRefusedBeside(page, "u-title", "The title is required.");
        assertThat(page.getElementById("u-markdown").text()).isEqualTo("Typed text " + m);
        assertThat(api.get("labor", "/api/updates/" + update).json().get("title").asString()).isEqualTo("Day one " + m);
    }

    @Test
    void aCostingModelWithUnreadableYearsIsRefusedBesideContractYearsWithTheRestKept() {
        long negotiation = new Scenario(api).negotiation("Model errors " + m, "2026-12-31");
        Api.Pages labor = api.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/costing");
        Document page = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/costing/models", Map.of("name", "Typed " + m,
                "contractStart", "2026-07-01", "years", "three", "rateRounding", "NONE", "rollUp", "Social Security | 6.20 | yes",
                "healthPlans", "", "assumptions", "")).body());

        Element years = assertRefusedBeside(page, "years", "'three' is not a valid number of contract years; use a whole number.");
        assertThat(years.val()).isEqualTo("three");
        assertThat(page.getElementById("name").val()).isEqualTo("Typed " + m);
        var problem = api.post("labor", "/api/costing/models", Map.of("negotiationId", negotiation, "name", "API " + m,
                "contractStart", "2026-07-01", "years", 12, "rateRounding", "NONE", "rollUp", java.util.List.of()));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("years");
    }

    @Test
    void aScenarioWithoutANameIsRefusedBesideItsNameWithTheTermsKept() {
        long negotiation = new Scenario(api).negotiation("Scenario errors " + m, "2026-12-31");
        long model = costingModel(negotiation);
        Api.Pages labor = api.signIn("labor");
        labor.get("/costing/models/" + model);
        List<String[]> form = new ArrayList<>(List.<String[]>of(new String[] {"scenarioName", " "}));
        for (String[] field : new String[][] {{"type", "ATB_PERCENT"}, {"on", "2026-07-01"}, {"percent", "3.25"}, {"cents", ""}, {"amount", ""},
                {"classifications", ""}, {"name", ""}, {"years", ""}, {"tier", ""}, {"premium", ""}, {"employer", ""}, {"turnover", ""}}) {
            form.add(field);
        }
        Document page = Jsoup.parse(labor.submitRows("/costing/models/" + model + "/scenarios", form).body());

        assertRefusedBeside(page, "scenarioName", "The scenario's name is required.");
        assertThat(page.select("input[name=percent]").first().val()).isEqualTo("3.25");
        assertThat(page.select("input[name=on]").first().val()).isEqualTo("2026-07-01");

        var problem = api.post("labor", "/api/costing/models/" + model + "/scenarios", Map.of("name", "", "terms", List.of()));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.header("Content-Type")).contains("application/problem+json");
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(problem.json().get("errors").get(0).get("message").asString()).isEqualTo("The scenario's name is required.");
    }

    @Test
    void aWorkforceFileThatCannotBeReadOrNoFileIsRefusedBesideThatUploadsFileField() {
        long negotiation = new Scenario(api).negotiation("Upload errors " + m, "2026-12-31");
        long model = costingModel(negotiation);
        Api.Pages labor = api.signIn("labor");
        labor.get("/costing/models/" + model);
        byte[] noClassification = "id,rate\na,30\n".getBytes(StandardCharsets.UTF_8);
        String unread = "The workforce needs a classification column; the header has: id, rate.";

        Document badFile = Jsoup.parse(labor.upload("/costing/models/" + model + "/upload", Map.of("kind", "workforce"),
                "people.csv", noClassification).body());
        assertRefusedBeside(badFile, "workforce-file", unread);
        assertThat(badFile.getElementById("schedule-file").hasAttr("aria-invalid")).as("the other upload's file field").isFalse();

        Document noFile = Jsoup.parse(labor.upload("/costing/models/" + model + "/upload", Map.of("kind", "schedule"), "", new byte[0]).body());
        assertRefusedBeside(noFile, "schedule-file", "Choose a CSV or XLSX file.");
        assertThat(noFile.getElementById("workforce-file").hasAttr("aria-invalid")).isFalse();

        Document badStep = Jsoup.parse(labor.submit("/costing/models/" + model + "/upload", Map.of("kind", "roster", "step", "two")).body());
        assertThat(assertRefusedBeside(badStep, "roster-step", "'two' is not a valid step; use a whole number.").val()).isEqualTo("two");

        var problem = api.upload("labor", "/api/costing/models/" + model + "/workforce?preview=true", Map.of(), "people.csv", noClassification);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(problem.json().get("errors").get(0).get("message").asString()).isEqualTo(unread);
        var empty = api.upload("labor", "/api/costing/models/" + model + "/schedule", Map.of(), "rates.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(empty.json().get("errors").get(0).get("message").asString()).isEqualTo("Choose a CSV or XLSX file.");
    }

    @Test
    void aNoticeWithAnUnreadableServiceDateIsRefusedBesideItWithWhatWasTypedKept() {
        long negotiation = new Scenario(api).negotiation("Notice errors " + m, "2027-06-30");
        Api.Pages labor = api.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/legal-clock");
        Document page = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/legal-clock/notices", Map.of("kind", "CUSTOM",
                "title", "Information request " + m, "servedBy", "LABOR", "recipients", "HR director", "servedAt", "Nov 1st 2026",
                "method", "hand delivery")).body());

        Element served = assertRefusedBeside(page, "n-at", "'Nov 1st 2026' is not a valid service date; use the form 2026-03-19T18:00.");
        assertThat(served.val()).isEqualTo("Nov 1st 2026");
        assertThat(page.getElementById("n-title").val()).isEqualTo("Information request " + m);
        assertThat(page.getElementById("n-recipients").val()).isEqualTo("HR director");
        assertThat(page.getElementById("n-kind").select("option[selected]").val()).isEqualTo("CUSTOM");

        var problem = api.post("labor", "/api/negotiations/" + negotiation + "/notices", Map.of("kind", "CUSTOM", "title", "Request " + m,
                "servedBy", "LABOR", "servedAt", "2026-01-05T10:00"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("recipients");
        assertThat(problem.json().get("errors").get(0).get("message").asString()).isEqualTo("Who the notice is served on (recipients) is required.");
    }

    @Test
    void anOfferOfExtensionWithAnUnreadableLastDayIsRefusedBesideItWithTheConditionsKept() {
        long negotiation = new Scenario(api).negotiation("Extension errors " + m, "2027-06-30");
        Api.Pages labor = api.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/legal-clock");
        Document page = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/legal-clock/extensions", Map.of("offeredBy", "LABOR",
                "days", "", "until", "31/07/2027", "conditions", "Status quo kept " + m, "offeredAt", "")).body());

        Element until = assertRefusedBeside(page, "x-until", "'31/07/2027' is not a valid last day of the extension (until); use the form 2026-03-17.");
        assertThat(until.val()).isEqualTo("31/07/2027");
        assertThat(page.getElementById("x-conditions").val()).isEqualTo("Status quo kept " + m);
        assertThat(page.getElementById("x-days").hasAttr("aria-invalid")).isFalse();

        var problem = api.post("labor", "/api/negotiations/" + negotiation + "/extensions", Map.of("offeredBy", "LABOR"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("days");
    }

    @Test
    void aCounterOfferWithAnUnreadableLastDayIsRefusedBesideThatOffersAnswerOnly() {
        long negotiation = new Scenario(api).negotiation("Answer errors " + m, "2027-06-30");
        long offer = api.post("management", "/api/negotiations/" + negotiation + "/extensions", Map.of("offeredBy", "MANAGEMENT",
                "days", 30)).id();
        Api.Pages labor = api.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/legal-clock");
        Document page = Jsoup.parse(labor.submit("/extensions/" + offer + "/response", Map.of("negotiationId", String.valueOf(negotiation),
                "response", "COUNTERED", "days", "", "until", "2027-13-01")).body());

        Element until = assertRefusedBeside(page, "ru-" + offer, "'2027-13-01' is not a valid last day of the extension (until); use the form 2026-03-17.");
        assertThat(until.val()).isEqualTo("2027-13-01");
        assertThat(page.getElementById("r-" + offer).select("option[selected]").val()).isEqualTo("COUNTERED");
        assertThat(page.getElementById("x-until").hasAttr("aria-invalid")).as("the offer form, which also has an until").isFalse();
        assertThat(api.get("labor", "/api/negotiations/" + negotiation + "/extensions").json().get(0).get("status").asString())
                .as("nothing of the refused answer is kept").isEqualTo("OFFERED");

        var problem = api.post("labor", "/api/extensions/" + offer + "/response", Map.of("response", "MAYBE"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("response");
    }

    @Test
    void aRenewalClauseWithUnreadableMonthsIsRefusedBesideTheMonthsWithTheClauseKept() {
        long negotiation = new Scenario(api).negotiation("Renewal errors " + m, "2027-06-30");
        Api.Pages labor = api.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/legal-clock");
        Document page = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/legal-clock/renewal", Map.of("months", "a year",
                "noticeDays", "60", "clause", "Article 40 " + m)).body());

        Element months = assertRefusedBeside(page, "r-months", "'a year' is not a valid number of months; use a whole number.");
        assertThat(months.val()).isEqualTo("a year");
        assertThat(page.getElementById("r-days").val()).isEqualTo("60");
        assertThat(page.getElementById("r-clause").val()).isEqualTo("Article 40 " + m);
        assertThat(page.getElementById("r-days").hasAttr("aria-invalid")).isFalse();

        var problem = api.put("labor", "/api/negotiations/" + negotiation + "/renewal", Map.of("months", 12, "noticeDays", 900,
                "clause", "Article 40"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.header("Content-Type")).contains("application/problem+json");
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("noticeDays");
        assertThat(problem.json().get("errors").get(0).get("message").asString()).isEqualTo("The notice is due 0 to 730 days before expiration.");
    }

    @Test
    void aDeadlineGivenBothADateAndDaysIsRefusedBesideTheDateWithWhatWasTypedKept() {
        long negotiation = new Scenario(api).negotiation("Deadline errors " + m, "2027-06-30");
        Api.Pages labor = api.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/legal-clock");
        Document page = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/legal-clock/deadlines", Map.of("kind", "REOPENER",
                "audience", "LABOR", "label", "Final offers " + m, "date", "2027-05-01", "daysBeforeExpiration", "30",
                "basis", "Ground rule 9")).body());

        Element date = assertRefusedBeside(page, "d-date", "Give the deadline a date, or a number of days before expiration, not both.");
        assertThat(date.val()).isEqualTo("2027-05-01");
        assertThat(page.getElementById("d-days").val()).isEqualTo("30");
        assertThat(page.getElementById("d-label").val()).isEqualTo("Final offers " + m);
        assertThat(page.getElementById("d-basis").val()).isEqualTo("Ground rule 9");
        assertThat(page.getElementById("d-kind").select("option[selected]").val()).isEqualTo("REOPENER");
        assertThat(page.getElementById("d-audience").select("option[selected]").val()).isEqualTo("LABOR");

        Document unreadable = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/legal-clock/deadlines", Map.of("kind", "CUSTOM",
                "audience", "TABLE", "label", "Final offers " + m, "date", "", "daysBeforeExpiration", "thirty", "basis", "")).body());
        assertThat(assertRefusedBeside(unreadable, "d-days", "'thirty' is not a valid number of days; use a whole number.").val()).isEqualTo("thirty");
        assertThat(unreadable.getElementById("n-kind").hasAttr("aria-invalid")).as("the notice form's kind").isFalse();

        var problem = api.post("labor", "/api/negotiations/" + negotiation + "/custom-deadlines", Map.of("label", " ", "date", "2027-05-01"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("label");
        assertThat(problem.json().get("errors").get(0).get("message").asString()).isEqualTo("What the deadline is (label) is required.");
        var kind = api.post("labor", "/api/negotiations/" + negotiation + "/custom-deadlines", Map.of("kind", "STATUTORY",
                "label", "Final offers", "date", "2027-05-01"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void aReminderAddressThatIsNotAnEmailIsRefusedBesideItAndKept() {
        long negotiation = new Scenario(api).negotiation("Reminder errors " + m, "2027-06-30");
        Api.Pages labor = api.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/legal-clock");
        Document page = Jsoup.parse(labor.submit("/negotiations/" + negotiation + "/legal-clock/reminders",
                Map.of("email", "steward-" + m)).body());

        Element email = assertRefusedBeside(page, "m-email", "'steward-" + m + "' is not an e-mail address.");
        assertThat(email.val()).isEqualTo("steward-" + m);
        assertThat(api.get("labor", "/api/negotiations/" + negotiation + "/reminder-recipients").json().size()).isZero();

        var problem = api.post("labor", "/api/negotiations/" + negotiation + "/reminder-recipients", Map.of("email", ""));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(problem.json().get("errors").get(0).get("message").asString()).isEqualTo("An e-mail address is required.");
    }

    @Test
    void aRosterImportWithoutItsFileIsRefusedInTheProblemDetailBesideTheFileField() {
        long negotiation = new Scenario(api).negotiation("Roster errors " + m, "2027-06-30");
        var problem = api.uploadWithoutFile("labor", "/api/negotiations/" + negotiation + "/roster", Map.of("preview", "true"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.header("Content-Type")).contains("application/problem+json");
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(problem.json().get("errors").get(0).get("message").asString()).isEqualTo("Choose a CSV file to import.");
        var empty = api.upload("labor", "/api/negotiations/" + negotiation + "/roster", Map.of(), "roster.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    private long costingModel(long negotiation) {
        return api.post("labor", "/api/costing/models", Map.of("negotiationId", negotiation, "name", "Model " + m,
                "contractStart", "2026-07-01", "years", 3, "rateRounding", "NONE", "rollUp", List.of())).id();
    }

    /** The control is marked invalid and described by a message right before it; returns the control. */
    private static Element assertRefusedBeside(Document page, String id, String message) {
        Element control = page.getElementById(id);
        assertThat(control).as("the field #" + id + " in: " + page.title() + " " + page.select("main").text()).isNotNull();
        assertThat(control.attr("aria-invalid")).isEqualTo("true");
        assertThat(control.attr("aria-describedby")).isEqualTo(id + "-error");
        Element error = page.getElementById(id + "-error");
        assertThat(error).as("the message beside #" + id).isNotNull();
        assertThat(error.text()).isEqualTo(message);
        assertThat(control.previousElementSibling()).as("the message sits right before the field, under its label").isEqualTo(error);
        return control;
    }
}
