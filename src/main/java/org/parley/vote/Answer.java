package org.parley.vote;

/**
 * One answer on a ballot.
 *
 * @param question the question's 0-based index
 * @param choice   the choice's text, exactly as the question states it
 */
public record Answer(Integer question, String choice) {
}
