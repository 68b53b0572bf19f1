package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.render.GiftQuiz.Answer;
import org.pathgraph.render.GiftQuiz.Type;

class StructuredContentTests {

  private final Renderer renderer = new Renderer(RenderOptions.defaults());

  @Test
  void ctSchemaExposesSanitizedSections() {
    String body =
        """
        <context>**Problem**<br>Draw <script>x()</script>Jommeke.</context>
        <decomposition>- a
        - b</decomposition>
        <patternRecognition>lines</patternRecognition>
        <abstraction>hair</abstraction>
        <algorithms></algorithms>
        <implementation>See [notebook](https://www.dwengo.org/backend/api/learningObject/getWrapped?hruid=j&version=1&language=nl).</implementation>
        """;

    RenderResult result =
        renderer.render(
            new RenderRequest("text/ct-schema", body, "m/nl/3", "/a/", null, Map.of()),
            ReferenceResolver.none());
    CtSchema schema = result.ctSchema();

    assertThat(schema.context())
        .isEqualTo(
            "<div class=\"ct-section ct-context\"><p><strong>Problem</strong><br>Draw Jommeke.</p>\n</div>");
    assertThat(schema.decomposition()).contains("<li>a</li>", "<li>b</li>");
    assertThat(schema.patternRecognition()).contains("lines");
    assertThat(schema.abstraction()).contains("hair");
    assertThat(schema.algorithms()).isEqualTo("<div class=\"ct-section ct-algorithms\"></div>");
    assertThat(schema.implementation()).contains("href=\"/objects/nl/j/1\"");
    assertThat(result.html()).startsWith("<div class=\"ct-schema\">");
    assertThat(result.warnings()).isEmpty();
    assertThat(result.giftQuiz()).isNull();
  }

  @Test
  void giftQuizRecordsQuestionsAndCorrectAnswers() {
    String body =
        """
        ::Q1::Wat is 1+1? {=2 #goed ~3 #fout ####Tel maar na.}

        ::Q2::De aarde is plat. {FALSE}

        ::Q3::Koppel. {=a -> 1 =b -> 2}

        ::Q4::Welke? {~%50%x ~%50%y ~%-100%z}

        ::Q5::Pi? {#3.14:0.01}

        ::Q6::Vertel. {}

        Noem \\{iets\\}: {=iets =wat}
        """;

    RenderResult result =
        renderer.render(
            new RenderRequest("text/gift", body, "q/nl/1", "/", null, Map.of()),
            ReferenceResolver.none());
    GiftQuiz quiz = result.giftQuiz();

    assertThat(quiz.questions())
        .extracting(GiftQuiz.Question::type)
        .containsExactly(
            Type.MULTIPLE_CHOICE,
            Type.TRUE_FALSE,
            Type.MATCHING,
            Type.MULTIPLE_ANSWER,
            Type.NUMERICAL,
            Type.ESSAY,
            Type.SHORT_ANSWER);
    GiftQuiz.Question q1 = quiz.questions().get(0);
    assertThat(q1.title()).isEqualTo("Q1");
    assertThat(q1.text()).isEqualTo("Wat is 1+1?");
    assertThat(q1.answers())
        .containsExactly(
            new Answer("2", true, null, "goed", null), new Answer("3", false, null, "fout", null));
    assertThat(q1.generalFeedback()).isEqualTo("Tel maar na.");
    assertThat(quiz.questions().get(1).answers())
        .extracting(Answer::text, Answer::correct)
        .containsExactly(tuple("true", false), tuple("false", true));
    assertThat(quiz.questions().get(2).answers())
        .extracting(Answer::match)
        .containsExactly("1", "2");
    assertThat(quiz.questions().get(3).answers())
        .extracting(Answer::weight)
        .containsExactly(50, 50, -100);
    assertThat(quiz.questions().get(3).answers())
        .extracting(Answer::correct)
        .containsExactly(true, true, false);
    assertThat(quiz.questions().get(4).answers())
        .singleElement()
        .extracting(Answer::text)
        .isEqualTo("3.14:0.01");
    assertThat(quiz.questions().get(6).text()).isEqualTo("Noem {iets}:");
    assertThat(result.warnings()).isEmpty();
    // Students get the HTML: it must not say which answer is right.
    assertThat(result.html()).doesNotContain("correct", "goed", "fout");
  }
}
