package org.pathgraph.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.HostileContextTests;

/**
 * A learner never learns a quiz's answers: not which choice is right, the accepted answers of a
 * short-answer or numerical question, a matching question's pairs or any feedback, through any
 * field (gift, markdown, html, renderWarnings); teachers get all of it.
 */
class QuizAccessTests extends HostileContextTests {

  private static final String QUIZ =
      """
      query($hruid: String!) {
        learningObject(hruid: $hruid, language: "en") {
          markdown html renderWarnings
          gift { questions {
            title text type matchOptions generalFeedback
            answers { text correct weight feedback match }
          } }
        }
      }""";

  /** Words of the quiz file that only a teacher may read: feedback, accepted answers, values. */
  private static final List<String> ANSWERS =
      List.of(
          "FEEDBACK",
          "well done",
          "that is grass",
          "SHORTSECRET",
          "3.14159",
          "0.0005",
          "1.5",
          "METAFILESECRET",
          "BROKENANSWER");

  private GraphQlHttp.Response quiz(GraphQlHttp client, String hruid) {
    GraphQlHttp.Response r = client.post(QUIZ, Map.of("hruid", hruid));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("\"errors\"");
    return r;
  }

  @Test
  void learnersGetQuestionsAndChoicesButNoAnswerOrFeedbackThroughAnyField() {
    for (String hruid : List.of("quiz_all", "quiz_broken", "quiz_meta")) {
      GraphQlHttp.Response r = quiz(anonymous(), hruid);
      for (String secret : ANSWERS) {
        assertThat(r.body()).as(hruid + " shows " + secret).doesNotContain(secret);
      }
      assertThat((Object) r.read("$.data.learningObject.markdown")).as(hruid).isNull();
      for (String field : List.of("correct", "weight", "feedback", "match")) {
        assertThat((List<Object>) r.read("$..answers[*]." + field))
            .as(field)
            .allMatch(v -> v == null);
      }
      assertThat((List<Object>) r.read("$..generalFeedback")).allMatch(v -> v == null);
    }
  }

  @Test
  void learnersSeeChoicesSortedMatchingItemsApartAndNoAcceptedAnswers() {
    GraphQlHttp.Response r = quiz(anonymous(), "quiz_all");
    // The file lists the right colour first; learners get the choices in an order of their own.
    assertThat(texts(r, "MC")).containsExactly("GREENWRONG", "REDWRONG", "SOLUTIONBLUE");
    assertThat(texts(r, "MA")).containsExactly("FOURNOTPRIME", "THREEPRIME", "TWOPRIME");
    assertThat(texts(r, "TF")).containsExactly("true", "false");
    assertThat(texts(r, "SHORT")).isEmpty();
    assertThat(texts(r, "NUM")).isEmpty();
    assertThat(texts(r, "NUMRANGE")).isEmpty();
    assertThat(texts(r, "MATCH")).containsExactly("Belgium", "France", "Spain");
    assertThat((List<Object>) r.read("$..questions[?(@.title == 'MATCH')].matchOptions[*]"))
        .containsExactly("MATCHBRUSSELS", "MATCHMADRID", "MATCHPARIS");
  }

  @Test
  void teachersGetTheAnswersFeedbackPairsAndSource() {
    GraphQlHttp.Response r = quiz(teacher(), "quiz_all");
    assertThat(texts(r, "MC")).containsExactly("SOLUTIONBLUE", "GREENWRONG", "REDWRONG");
    assertThat((List<Object>) r.read("$..questions[?(@.title == 'MC')].answers[*].correct"))
        .containsExactly(true, false, false);
    assertThat(texts(r, "SHORT")).containsExactly("SHORTSECRETBRUSSELS", "SHORTSECRETBRUSSEL");
    assertThat(texts(r, "NUM")).containsExactly("3.14159:0.0005");
    assertThat((List<Object>) r.read("$..questions[?(@.title == 'MATCH')].answers[*].match"))
        .containsExactly("MATCHBRUSSELS", "MATCHPARIS", "MATCHMADRID");
    assertThat(r.body()).contains("GENERALFEEDBACKMC", "FEEDBACKTWO", "FEEDBACKFLAT");
    assertThat((String) r.read("$.data.learningObject.markdown")).contains("=SHORTSECRETBRUSSELS");
    assertThat((String) quiz(teacher(), "quiz_meta").read("$.data.learningObject.markdown"))
        .contains("METAFILESECRET");
  }

  @Test
  void aBrokenAnswerBlockIsANeutralPlaceholderWithAWarning() {
    for (GraphQlHttp client : List.of(anonymous(), teacher())) {
      GraphQlHttp.Response r = quiz(client, "quiz_broken");
      // Teachers may read the source; nothing else shows what the broken blocks hold.
      for (String field : List.of("html", "renderWarnings", "gift")) {
        assertThat(r.json().read("$.data.learningObject." + field).toString())
            .doesNotContain("BROKENANSWER");
      }
      String html = r.read("$.data.learningObject.html");
      assertThat(html).contains("gift-unavailable").contains("question unavailable");
      assertThat((List<Object>) r.read("$..questions[*].type"))
          .containsExactly("UNAVAILABLE", "MULTIPLE_CHOICE", "SHORT_ANSWER", "UNAVAILABLE");
      assertThat((List<String>) r.read("$.data.learningObject.renderWarnings"))
          .containsExactly(
              "gift: question 1: answer block is not closed",
              "gift: question 4: answer block is not closed");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> texts(GraphQlHttp.Response r, String title) {
    return (List<Object>) r.read("$..questions[?(@.title == '" + title + "')].answers[*].text");
  }
}
