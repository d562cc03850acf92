package org.parley.vote.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.platform.ParleyException;
import org.parley.vote.Answer;
import org.parley.vote.Question;

/**
 * A ballot's answers as the box stores them: the chosen choices' positions, one per question,
 * comma-separated ("0,2"). Every question must be answered once, with one of its choices.
 */
final class Ballots {

    private Ballots() {
    }

    static String encode(List<Question> questions, List<Answer> answers) {
        if (answers == null || answers.isEmpty()) {
            throw ParleyException.invalid("A ballot answers every question: send answers: [{question: 0, choice: \"Yes\"}, …].");
        }
        int[] chosen = new int[questions.size()];
        Arrays.fill(chosen, -1);
        for (Answer answer : answers) {
            if (answer == null || answer.question() == null) {
                throw ParleyException.invalid("Each answer names its question by number, from 0.");
            }
            int q = answer.question();
            if (q < 0 || q >= questions.size()) {
                throw ParleyException.invalid("There is no question " + q + " on this ballot; the questions are numbered 0 to "
                        + (questions.size() - 1) + ".");
            }
            int choice = answer.choice() == null ? -1 : questions.get(q).choices().indexOf(answer.choice().strip());
            if (choice < 0) {
                throw ParleyException.invalid("'" + answer.choice() + "' is not a choice of question " + q + " (" + questions.get(q).text()
                        + "); the choices are " + String.join(", ", questions.get(q).choices()) + ".");
            }
            if (chosen[q] >= 0) {
                throw ParleyException.invalid("Question " + q + " is answered twice; a ballot answers each question once.");
            }
            chosen[q] = choice;
        }
        StringBuilder text = new StringBuilder();
        for (int q = 0; q < chosen.length; q++) {
            if (chosen[q] < 0) {
                throw ParleyException.invalid("Question " + q + " (" + questions.get(q).text() + ") is not answered; a ballot answers every question.");
            }
            text.append(q == 0 ? "" : ",").append(chosen[q]);
        }
        return text.toString();
    }

    /** The chosen choices' texts, in question order. */
    static List<String> decode(List<Question> questions, String encoded) {
        String[] parts = encoded.split(",");
        List<String> choices = new ArrayList<>(parts.length);
        for (int q = 0; q < parts.length; q++) {
            choices.add(questions.get(q).choices().get(Integer.parseInt(parts[q])));
        }
        return choices;
    }

    static List<Answer> answers(List<Question> questions, String encoded) {
        List<String> choices = decode(questions, encoded);
        List<Answer> answers = new ArrayList<>(choices.size());
        for (int q = 0; q < choices.size(); q++) {
            answers.add(new Answer(q, choices.get(q)));
        }
        return answers;
    }
}
