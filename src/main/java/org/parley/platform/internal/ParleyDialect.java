package org.parley.platform.internal;

import java.util.Map;
import java.util.Set;
import org.parley.platform.FormErrors;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;
import org.springframework.stereotype.Component;

/**
 * {@code parley:field="title"} on an input, select or textarea: when the refused form's
 * {@link FormErrors#FIELDS} holds a message for that field, the control is marked
 * {@code aria-invalid} and described by the message, which is written right before it, between its
 * label and the control (where the GOV.UK design system puts it, and where a textarea's text cannot
 * swallow it). Every form shows its field errors this way, so none needs its own markup for them.
 * The same prefix carries {@code parley:options} ({@link OptionsProcessor}).
 */
@Component
class ParleyDialect extends AbstractProcessorDialect {

    ParleyDialect() {
        super("Parley", "parley", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new FieldProcessor(dialectPrefix), new OptionsProcessor(dialectPrefix));
    }

    private static final class FieldProcessor extends AbstractAttributeTagProcessor {

        FieldProcessor(String prefix) {
            // After the standard th: attributes (precedence up to 1500), so th:id and th:value are already applied
            super(TemplateMode.HTML, prefix, null, false, "field", true, 20_000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag control, AttributeName attributeName, String field,
                IElementTagStructureHandler structureHandler) {
            if (field != null && field.contains("${")) { // a fragment passes the field's name as a parameter
                Object name = org.thymeleaf.standard.expression.StandardExpressions.getExpressionParser(context.getConfiguration())
                        .parseExpression(context, field).execute(context);
                field = name == null ? null : name.toString();
            }
            String message = field == null ? null : messages(context).get(field.strip());
            if (message == null) {
                return;
            }
            String base = control.hasAttribute("id") ? control.getAttributeValue("id") : field.strip();
            String errorId = base + "-error";
            structureHandler.setAttribute("aria-invalid", "true");
            structureHandler.setAttribute("aria-describedby", control.hasAttribute("aria-describedby")
                    ? control.getAttributeValue("aria-describedby") + " " + errorId : errorId);
            IModelFactory factory = context.getModelFactory();
            IModel error = factory.createModel();
            error.add(factory.createOpenElementTag("span", Map.of("class", "field-error", "id", errorId),
                    org.thymeleaf.model.AttributeValueQuotes.DOUBLE, false));
            error.add(factory.createText(HtmlEscape.escapeHtml5(message)));
            error.add(factory.createCloseElementTag("span"));
            structureHandler.insertBefore(error);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, String> messages(ITemplateContext context) {
            Object value = context.getVariable(FormErrors.FIELDS);
            return value instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
        }
    }
}
