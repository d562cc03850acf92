package org.parley.vote;

import java.util.List;

/** One question of a ballot. For a yes/no question the choices are "Yes" and "No". */
public record Question(int index, String text, List<String> choices) {

    public Question {
        choices = List.copyOf(choices);
    }
}
