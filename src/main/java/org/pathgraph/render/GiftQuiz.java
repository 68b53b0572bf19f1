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
    DESCRIPTION,
    /** An answer block that could not be read; its text is withheld, as it may hold answers. */
    UNAVAILABLE
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

    /**
     * What a learner chooses from in a multiple-choice, multiple-answer or true/false question:
     * true and false in that order, other choices sorted, as authors tend to write the right one
     * first. Empty for the other types, whose answers are the solution.
     */
    public List<String> choices() {
      return switch (type) {
        case TRUE_FALSE -> answers.stream().map(Answer::text).toList();
        case MULTIPLE_CHOICE, MULTIPLE_ANSWER ->
            answers.stream().map(Answer::text).sorted().toList();
        default -> List.of();
      };
    }

    /** A matching question's right-hand sides, sorted so their order gives no pair away. */
    public List<String> matchOptions() {
      return type != Type.MATCHING
          ? List.of()
          : answers.stream()
              .map(Answer::match)
              .filter(java.util.Objects::nonNull)
              .distinct()
              .sorted()
              .toList();
    }
  }

  /**
   * One answer; {@code weight} is the percentage given in {@code %50%} (null when absent), {@code
   * match} the right-hand side of a matching pair.
   */
  public record Answer(
      String text, boolean correct, Integer weight, String feedback, String match) {}
}
