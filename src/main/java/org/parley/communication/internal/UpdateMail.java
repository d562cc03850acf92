package org.parley.communication.internal;

import java.util.List;
import java.util.Map;
import org.parley.communication.MemberMailPassages;
import org.parley.communication.Update;
import org.parley.platform.Audience;
import org.parley.platform.Links;
import org.parley.platform.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * How an update e-mail's body is written: the update rendered once per batch ({@link Message}), then each
 * member's copy with their greeting, the passages other modules write for that member alone
 * ({@link MemberMailPassages}) and their unsubscribe link. Which rows are sent, and when, is
 * {@link DeliveryWorker}'s business.
 */
@Component
class UpdateMail {

    private final UpdateRepository updates;
    private final UpdateService service;
    private final Links links;
    private final ObjectProvider<MemberMailPassages> passages;

    UpdateMail(UpdateRepository updates, UpdateService service, Links links, ObjectProvider<MemberMailPassages> passages) {
        this.updates = updates;
        this.service = service;
        this.links = links;
        this.passages = passages;
    }

    Message message(long updateId) {
        Update update = updates.find(updateId).orElseThrow();
        String online = links.absolute(update.audience() == Audience.PUBLIC ? "/public/updates/" + update.id() : "/updates/" + update.id());
        return new Message(update, service.plainText(update.markdown()), service.html(update.markdown()), online);
    }

    /** One member's copy of a rendered update. */
    OutgoingMail copyFor(Message message, DeliveryRepository.Due d, String unsubscribe) {
        List<MemberMailPassages.Passage> own = passages.orderedStream()
                .flatMap(p -> p.forMember(message.update(), d.rosterId()).stream()).toList();
        StringBuilder plain = new StringBuilder("Hello ").append(d.name()).append(",\n\n").append(message.text());
        StringBuilder html = new StringBuilder("<p>Hello ").append(HtmlUtils.htmlEscape(d.name())).append(",</p>\n").append(message.html());
        for (MemberMailPassages.Passage passage : own) {
            plain.append("\n\n").append(passage.text());
            html.append("\n").append(passage.html());
        }
        plain.append("\n\n--\nRead it online: ").append(message.online()).append("\nStop these e-mails: ").append(unsubscribe).append("\n");
        html.append("<hr><p><a href=\"").append(message.online()).append("\">Read it online</a> · <a href=\"").append(unsubscribe)
                .append("\">Stop these e-mails</a></p>");
        return new OutgoingMail(d.email(), d.name(), message.update().title(), plain.toString(), html.toString(),
                Map.of("List-Unsubscribe", "<" + unsubscribe + ">"));
    }

    /** An update rendered once per batch. */
    record Message(Update update, String text, String html, String online) {
    }
}
