package org.pathgraph.render;

import java.util.List;

/** A quiz in Moodle's GIFT format: its questions with their answers, correct ones marked. */
public record GiftQuiz(List<Question> questions) {

  public GiftQuiz {
    questions = List.copyOf(questions);
  }

  /** The kind of a GIFT question, decided by the shape of its answer block. */
  public enum Type {
    MULTIPLE_CHOICE,
    MULTIPLE_ANSWER,
    TRUE_FALSE,
    SHORT_ANSWER,
    MATCHING,
    NUMERICAL,
    ESSAY,
    DESCRIPTION
  }

  /**
   * One question; {@code text} is plain text (or markdown/HTML source when {@code format} says so),
   * a missing-word question has {@code _____} where its answer block stood.
   */
  public record Question(
      String title,
      String text,
      String format,
      Type type,
      List<Answer> answers,
      String generalFeedback,
      String category) {

    public Question {
      answers = List.copyOf(answers);
    }
  }

  /**
   * One answer; {@code weight} is the percentage given in {@code %50%} (null when absent), {@code
   * match} the right-hand side of a matching pair.
   */
  public record Answer(
      String text, boolean correct, Integer weight, String feedback, String match) {}
}
