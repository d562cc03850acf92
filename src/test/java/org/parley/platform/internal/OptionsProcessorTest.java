package org.parley.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.platform.Choice;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class OptionsProcessorTest {

    record Option(String value, String label) implements Choice {
    }

    private static String render(String template, Map<String, Object> variables) {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new ParleyDialect());
        Context context = new Context();
        context.setVariables(variables);
        return engine.process(template, context);
    }

    @Test
    void writesOneOptionPerChoiceWithTheChosenOneSelected() {
        String html = render("<select name=\"s\" parley:options=\"${choices}\" parley:selected=\"${chosen}\"><option>sample</option></select>",
                Map.of("choices", List.of(new Option("1", "Mon 5 Jan"), new Option("2", "Tue 6 Jan (day 2)")), "chosen", 2L));
        assertThat(html).isEqualTo("<select name=\"s\"><option value=\"1\">Mon 5 Jan</option>"
                + "<option value=\"2\" selected>Tue 6 Jan (day 2)</option></select>");
    }

    @Test
    void escapesValuesAndLabelsAndSelectsNothingWithoutAChoice() {
        String html = render("<select parley:options=\"${choices}\"></select>",
                Map.of("choices", List.of(new Option("a\"b", "<script>x</script> & co"))));
        assertThat(html).isEqualTo("<select><option value=\"a&quot;b\">&lt;script&gt;x&lt;/script&gt; &amp; co</option></select>");
    }
}
