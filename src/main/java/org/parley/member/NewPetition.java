package org.parley.member;

import java.time.LocalDate;
import org.parley.platform.Audience;

/**
 * @param audience MEMBERS (signed-in members sign) or PUBLIC (anyone signs with name and e-mail)
 * @param deadline the last day to sign; null for none
 * @param kind     defaults to a petition
 */
public record NewPetition(Long negotiationId, PetitionKind kind, String title, String text, Integer goal,
                          Audience audience, LocalDate deadline) {
}
