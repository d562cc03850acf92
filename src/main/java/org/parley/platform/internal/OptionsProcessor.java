package org.parley.platform.internal;

import java.util.List;
import java.util.Objects;
import org.parley.platform.Choice;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.IStandardExpressionParser;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code <select parley:options="${choices}" parley:selected="${value}">} ({@link ParleyDialect}): the select's
 * options, one per {@link Choice}, the one whose value equals {@code parley:selected} (if given) selected. Written in
 * one step, with the value and label escaped, because a status sheet offers a national table's 150 sessions in two
 * forms and a {@code th:each} evaluated four expressions for each of them (a third of the page's rendering).
 */
final class OptionsProcessor extends AbstractAttributeTagProcessor {

    private final String prefix;

    OptionsProcessor(String prefix) {
        super(TemplateMode.HTML, prefix, "select", false, "options", true, 1_000, true);
        this.prefix = prefix;
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag select, AttributeName attributeName, String choices,
            IElementTagStructureHandler structureHandler) {
        IStandardExpressionParser parser = StandardExpressions.getExpressionParser(context.getConfiguration());
        String selected = null;
        if (select.hasAttribute(prefix, "selected")) {
            Object value = parser.parseExpression(context, select.getAttributeValue(prefix, "selected")).execute(context);
            selected = value == null ? null : value.toString();
            structureHandler.removeAttribute(prefix, "selected");
        }
        Object list = parser.parseExpression(context, choices).execute(context);
        StringBuilder options = new StringBuilder();
        for (Object each : list == null ? List.of() : (Iterable<?>) list) {
            Choice choice = (Choice) each;
            options.append("<option value=\"").append(HtmlEscape.escapeHtml5Xml(choice.value())).append('"');
            if (Objects.equals(choice.value(), selected)) {
                options.append(" selected");
            }
            options.append('>').append(HtmlEscape.escapeHtml5Xml(choice.label())).append("</option>");
        }
        structureHandler.setBody(options, false);
    }
}
