package org.pathgraph.content;

import java.util.List;
import org.pathgraph.api.Role;
import org.pathgraph.render.GiftQuiz;

/** A GIFT question as the GraphQL type {@code GiftQuestion} shows it to one role. */
record GiftQuestion(
    String title,
    String text,
    String format,
    String type,
    List<GiftAnswer> answers,
    List<String> matchOptions,
    String generalFeedback,
    String category) {

  /** An answer as {@code GiftAnswer}: what gives the solution away is for teachers only. */
  record GiftAnswer(String text, Boolean correct, Integer weight, String feedback, String match) {}

  /**
   * The quiz's questions as {@code role} may see them: teachers and admins everything, learners
   * only what the question shows before it is answered (its choices, a matching question's items
   * and its options apart), never which is right.
   */
  static List<GiftQuestion> of(GiftQuiz quiz, Role role) {
    boolean teacher = role != Role.ANONYMOUS;
    return quiz.questions().stream().map(q -> teacher ? full(q) : forLearners(q)).toList();
  }

  private static GiftQuestion full(GiftQuiz.Question q) {
    return new GiftQuestion(
        q.title(),
        q.text(),
        q.format(),
        q.type().name(),
        q.answers().stream()
            .map(a -> new GiftAnswer(a.text(), a.correct(), a.weight(), a.feedback(), a.match()))
            .toList(),
        matchOptions(q),
        q.generalFeedback(),
        q.category());
  }

  private static GiftQuestion forLearners(GiftQuiz.Question q) {
    List<GiftAnswer> answers =
        q.type() == GiftQuiz.Type.MATCHING
            ? q.answers().stream()
                .map(a -> new GiftAnswer(a.text(), null, null, null, null))
                .toList()
            : q.choices().stream().map(c -> new GiftAnswer(c, null, null, null, null)).toList();
    return new GiftQuestion(
        q.title(),
        q.text(),
        q.format(),
        q.type().name(),
        answers,
        matchOptions(q),
        null,
        q.category());
  }

  private static List<String> matchOptions(GiftQuiz.Question q) {
    return q.type() == GiftQuiz.Type.MATCHING ? q.matchOptions() : null;
  }
}
