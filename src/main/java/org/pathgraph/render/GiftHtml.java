package org.pathgraph.render;

import java.util.Locale;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.pathgraph.render.GiftQuiz.Answer;
import org.pathgraph.render.GiftQuiz.Question;

/**
 * A read-only view of a GIFT quiz. Which answers are right is deliberately absent from the HTML,
 * which students receive; it lives in the {@link GiftQuiz} record, for the API to gate by role.
 */
final class GiftHtml {

  private GiftHtml() {}

  static void render(GiftQuiz quiz, Element body, BiConsumer<Element, String> markdown) {
    Element root = body.appendElement("div").addClass("gift-quiz");
    for (Question q : quiz.questions()) {
      Element div =
          root.appendElement("div")
              .addClass("gift-question")
              .addClass("gift-" + q.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (q.title() != null && !q.title().isBlank()) {
        div.appendElement("p").addClass("gift-title").appendElement("strong").text(q.title());
      }
      Element text = div.appendElement("div").addClass("gift-text");
      if ("markdown".equals(q.format()) || "html".equals(q.format())) {
        markdown.accept(text, q.text());
      } else {
        text.appendElement("p").text(q.text());
      }
      switch (q.type()) {
        case MULTIPLE_CHOICE, MULTIPLE_ANSWER, TRUE_FALSE -> {
          Element list = div.appendElement("ul").addClass("gift-answers");
          for (String choice : q.choices()) {
            list.appendElement("li").addClass("gift-answer").text(choice);
          }
        }
        case MATCHING -> {
          Element list = div.appendElement("ul").addClass("gift-match-items");
          for (Answer a : q.answers()) {
            list.appendElement("li").addClass("gift-match-item").text(a.text());
          }
          Element choices = div.appendElement("ul").addClass("gift-match-options");
          q.matchOptions()
              .forEach(o -> choices.appendElement("li").addClass("gift-match-option").text(o));
        }
        case UNAVAILABLE -> div.addClass("gift-placeholder");
        case SHORT_ANSWER, NUMERICAL, ESSAY -> div.appendElement("div").addClass("gift-response");
        case DESCRIPTION -> {}
      }
    }
  }
}
