package org.parley.communication;

/** Answers to "Was this helpful?". */
public record Feedback(long yes, long no) {
}
