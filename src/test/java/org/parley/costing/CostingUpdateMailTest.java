package org.parley.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Costs;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Each member's copy of an update e-mail says what the offers mean for their own pay, for their own
 * classification and step, under the same rule as their pay page; a member outside the union's workforce
 * reads no figure, and a public update's e-mail carries none.
 */
@MailIntegrationTest
class CostingUpdateMailTest {

    @Autowired
    Api api;

    private final String m = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachMemberReadsTheirOwnRateInTheirCopyOfAMembersUpdateAndNoneInAPublicOne() throws Exception {
        Scenario scenario = new Scenario(api);
        Costs costs = new Costs(api);
        long negotiation = scenario.negotiation("Pay in updates " + m, "2026-06-30");
        long table = scenario.table(negotiation, "Main");
        long session = scenario.session(table, "2026-03-03", "HELD");
        long thread = costs.economicThread(table, "Wages " + m);
        long laborVersion = scenario.version(thread, "LABOR", session, "Five percent a year.");
        long managementVersion = scenario.version(thread, "MANAGEMENT", session, "Two percent a year.");
        api.put("labor", "/api/versions/" + laborVersion + "/economics", Map.of("terms", Costs.atb("5", "5", "5")));
        api.put("management", "/api/versions/" + managementVersion + "/economics", Map.of("terms", Costs.atb("2", "2", "2")));
        long model = costs.model("labor", negotiation, "Union model " + m);
        costs.workforce("labor", model, "id,classification,step\nN1,RN,2\nT1,Tech,1\n", false);
        costs.schedule("labor", model, "classification,step,hourlyRate\nRN,1,41.20\nRN,2,43.00\nTech,1,30.00\n");
        String nurse = "nurse-" + m + "@example.org";
        String tech = "tech-" + m + "@example.org";
        String clerk = "clerk-" + m + "@example.org";
        new Members(api).importRoster("labor", negotiation, "member_id,name,email,classification\nN1,Nia Nurse," + nurse
                + ",RN\nT1,Teo Tech," + tech + ",Tech\nC1,Cal Clerk," + clerk + ",\n", false);
        new Members(api).linkTestMember(negotiation, "N1");
        JsonNode nursePage = api.get("member", "/api/negotiations/" + negotiation + "/costing/mine").json();

        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Economics " + m,
                "markdown", "We passed our wage proposal today.", "audience", "MEMBERS")).id();
        api.post("labor", "/api/updates/" + update + "/publish", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMail.to(nurse).isEmpty() && !TestMail.to(tech).isEmpty()
                && !TestMail.to(clerk).isEmpty());

        String nurseText = part(TestMail.to(nurse).get(0), "text/plain");
        String nurseHtml = part(TestMail.to(nurse).get(0), "text/html");
        // the same figures as the nurse's own pay page: today's rate and the end of the last year under each side's offer
        String today = dollars(nursePage.get("today").asString());
        JsonNode union = nursePage.get("offers").get(0).get("rates");
        JsonNode employer = nursePage.get("offers").get(1).get("rates");
        assertThat(nurseText).contains("What the offers mean for your pay (RN, step 2)")
                .contains("Your hourly rate goes from " + today + " to " + dollars(union.get(union.size() - 1).asString())
                        + " by year 3 under the union's proposal.")
                .contains("Your hourly rate goes from " + today + " to " + dollars(employer.get(employer.size() - 1).asString())
                        + " by year 3 under the employer's offer.")
                .contains("/member/pay/" + negotiation);
        assertThat(today).isEqualTo("$43.00");
        assertThat(nurseHtml).contains("What the offers mean for your pay (RN, step 2)").contains(today);

        String techText = part(TestMail.to(tech).get(0), "text/plain");
        BigDecimal techBase = new BigDecimal("30.00");
        String techUnion = dollars(techBase.multiply(new BigDecimal("1.05").pow(3)).setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(techText).contains("What the offers mean for your pay (Tech, step 1)")
                .contains("Your hourly rate goes from $30.00 to " + techUnion + " by year 3 under the union's proposal.")
                .doesNotContain(today).doesNotContain("RN");

        String clerkText = part(TestMail.to(clerk).get(0), "text/plain");
        assertThat(clerkText).contains("We passed our wage proposal today.").doesNotContain("What the offers mean").doesNotContain("$");

        long publicUpdate = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Public " + m,
                "markdown", "Our public statement.", "audience", "PUBLIC")).id();
        api.post("labor", "/api/updates/" + publicUpdate + "/publish", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.to(nurse).size() == 2 && TestMail.to(tech).size() == 2);
        for (String address : new String[] {nurse, tech}) {
            var copy = TestMail.to(address).stream().filter(message -> subject(message).equals("Public " + m)).findFirst().orElseThrow();
            assertThat(part(copy, "text/plain")).contains("Our public statement.").doesNotContain("What the offers mean").doesNotContain("$");
            assertThat(part(copy, "text/html")).doesNotContain("What the offers mean").doesNotContain("$");
        }
    }

    private static String dollars(String money) {
        return "$" + money;
    }

    private static String subject(jakarta.mail.Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
