package org.pathgraph.content;

import java.util.List;
import org.pathgraph.graphql.Role;
import org.pathgraph.render.GiftQuiz;

/** A GIFT question as the GraphQL type {@code GiftQuestion} shows it to one role. */
record GiftQuestion(
    String title,
    String text,
    String format,
    String type,
    List<GiftAnswer> answers,
    String generalFeedback,
    String category) {

  /** An answer as {@code GiftAnswer}: what gives the solution away is for teachers only. */
  record GiftAnswer(String text, Boolean correct, Integer weight, String feedback, String match) {}

  /** The quiz's questions as {@code role} may see them. */
  static List<GiftQuestion> of(GiftQuiz quiz, Role role) {
    boolean teacher = role != Role.ANONYMOUS;
    return quiz.questions().stream()
        .map(
            q ->
                new GiftQuestion(
                    q.title(),
                    q.text(),
                    q.format(),
                    q.type().name(),
                    q.answers().stream()
                        .map(
                            a ->
                                new GiftAnswer(
                                    a.text(),
                                    teacher ? a.correct() : null,
                                    teacher ? a.weight() : null,
                                    teacher ? a.feedback() : null,
                                    a.match()))
                        .toList(),
                    teacher ? q.generalFeedback() : null,
                    q.category()))
        .toList();
  }
}
