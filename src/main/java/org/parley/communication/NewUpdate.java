package org.parley.communication;

import org.parley.platform.Audience;

/** @param audience MEMBERS or PUBLIC: who reads it once published */
public record NewUpdate(Long negotiationId, Long tableId, String title, String markdown, Audience audience) {
}
