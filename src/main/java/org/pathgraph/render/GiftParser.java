package org.pathgraph.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathgraph.render.GiftQuiz.Answer;
import org.pathgraph.render.GiftQuiz.Question;
import org.pathgraph.render.GiftQuiz.Type;

/**
 * Parses Moodle's GIFT quiz format: questions separated by blank lines, {@code //} comments, {@code
 * $CATEGORY:} lines, {@code ::title::}, {@code [markdown]}-style format tags and an answer block in
 * braces ({@code =} right, {@code ~} wrong, {@code %n%} weights, {@code #} feedback, {@code ->}
 * matching pairs, {@code T}/{@code F}, {@code #} numerical, empty for essays). Special characters
 * are escaped with a backslash.
 */
final class GiftParser {

  record Parsed(GiftQuiz quiz, List<String> problems) {}

  private static final Pattern FORMAT =
      Pattern.compile("^\\[(html|markdown|plain|moodle)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRUE_FALSE =
      Pattern.compile("^(T|TRUE|F|FALSE)\\s*(#.*)?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

  private GiftParser() {}

  static Parsed parse(String source) {
    List<Question> questions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String category = null;
    for (String block : blocks(source)) {
      String trimmed = block.strip();
      if (trimmed.startsWith("$CATEGORY:")) {
        category = trimmed.substring("$CATEGORY:".length()).strip();
        continue;
      }
      Question question = question(trimmed, category, problems, questions.size() + 1);
      if (question != null) {
        questions.add(question);
      }
    }
    return new Parsed(new GiftQuiz(questions), problems);
  }

  /**
   * Question blocks: blank lines separate them, as in Moodle, even inside an answer block, so an
   * unclosed block spoils its own question only.
   */
  private static List<String> blocks(String source) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      if (line.strip().startsWith("//")) {
        continue;
      }
      if (line.isBlank() || line.strip().startsWith("$CATEGORY:")) {
        if (!current.toString().isBlank()) {
          blocks.add(current.toString());
        }
        current.setLength(0);
        if (!line.isBlank()) {
          blocks.add(line);
        }
        continue;
      }
      current.append(line).append('\n');
    }
    if (!current.toString().isBlank()) {
      blocks.add(current.toString());
    }
    return blocks;
  }

  private static Question question(String block, String category, List<String> problems, int n) {
    String rest = block;
    String title = null;
    if (rest.startsWith("::")) {
      int end = indexOfUnescaped(rest, "::", 2);
      if (end < 0) {
        problems.add("question " + n + ": unclosed ::title::");
      } else {
        title = unescape(rest.substring(2, end).strip());
        rest = rest.substring(end + 2).strip();
      }
    }
    String format = null;
    Matcher f = FORMAT.matcher(rest);
    if (f.find()) {
      format = f.group(1).toLowerCase(Locale.ROOT);
      rest = rest.substring(f.end()).strip();
    }
    int open = indexOfUnescaped(rest, "{", 0);
    if (open < 0) {
      return new Question(
          title, unescape(rest), format, Type.DESCRIPTION, List.of(), null, category);
    }
    int close = indexOfUnescaped(rest, "}", open + 1);
    if (close < 0) {
      problems.add("question " + n + ": answer block is not closed");
      return unavailable(category);
    }
    if (indexOfUnescaped(rest.substring(0, close), "{", open + 1) >= 0) {
      // An unclosed block ran into the next question's block: what follows is not this one's.
      problems.add("question " + n + ": answer block is not closed before another one opens");
      return unavailable(category);
    }
    String before = rest.substring(0, open).strip();
    String after = rest.substring(close + 1).strip();
    String text = after.isEmpty() ? before : before + " _____ " + after;
    String answerSource = rest.substring(open + 1, close).strip();
    String generalFeedback = null;
    int general = indexOfUnescaped(answerSource, "####", 0);
    if (general >= 0) {
      generalFeedback = unescape(answerSource.substring(general + 4).strip());
      answerSource = answerSource.substring(0, general).strip();
    }
    List<Answer> answers = new ArrayList<>();
    Type type = answers(answerSource, answers);
    if (answers.isEmpty() && type != Type.ESSAY) {
      // The warning reaches learners: it must not quote the block, which may hold the answers.
      problems.add("question " + n + ": no answers understood in its answer block");
      return unavailable(category);
    }
    return new Question(title, unescape(text), format, type, answers, generalFeedback, category);
  }

  /** A question that could not be read: nothing of its block is shown, as it may hold answers. */
  private static Question unavailable(String category) {
    return new Question(
        null, "question unavailable", null, Type.UNAVAILABLE, List.of(), null, category);
  }

  private static Type answers(String source, List<Answer> answers) {
    if (source.isEmpty()) {
      return Type.ESSAY;
    }
    Matcher tf = TRUE_FALSE.matcher(source);
    if (tf.matches()) {
      boolean isTrue = tf.group(1).toUpperCase(Locale.ROOT).startsWith("T");
      String feedback = tf.group(2) == null ? null : unescape(tf.group(2).substring(1).strip());
      answers.add(new Answer("true", isTrue, null, isTrue ? null : feedback, null));
      answers.add(new Answer("false", !isTrue, null, isTrue ? feedback : null, null));
      return Type.TRUE_FALSE;
    }
    boolean numerical = source.startsWith("#");
    String body = numerical ? source.substring(1).strip() : source;
    List<String[]> tokens = tokens(body);
    if (numerical && (tokens.isEmpty() || tokens.get(0)[0].isEmpty())) {
      answers.add(new Answer(unescape(body), true, null, null, null));
      return Type.NUMERICAL;
    }
    boolean anyWrong = false;
    boolean anyRight = false;
    boolean anyMatch = false;
    for (String[] token : tokens) {
      if (token[0].isEmpty()) {
        continue;
      }
      boolean right = token[0].equals("=");
      String text = token[1];
      Integer weight = null;
      Matcher w = WEIGHT.matcher(text);
      if (w.find()) {
        weight = (int) Math.round(Double.parseDouble(w.group(1)));
        text = text.substring(w.end());
      }
      String feedback = null;
      int hash = indexOfUnescaped(text, "#", 0);
      if (hash >= 0) {
        feedback = unescape(text.substring(hash + 1).strip());
        text = text.substring(0, hash);
      }
      String match = null;
      int arrow = right ? indexOfUnescaped(text, "->", 0) : -1;
      if (arrow >= 0) {
        match = unescape(text.substring(arrow + 2).strip());
        text = text.substring(0, arrow);
        anyMatch = true;
      }
      boolean correct = right || (weight != null && weight > 0);
      anyWrong |= !right;
      anyRight |= right;
      answers.add(new Answer(unescape(text.strip()), correct, weight, feedback, match));
    }
    if (numerical) {
      return Type.NUMERICAL;
    }
    if (anyMatch) {
      return Type.MATCHING;
    }
    if (!anyWrong) {
      return Type.SHORT_ANSWER;
    }
    if (!anyRight) {
      return Type.MULTIPLE_ANSWER;
    }
    return Type.MULTIPLE_CHOICE;
  }

  /** Splits on unescaped {@code =} and {@code ~}; each token is {marker, text}. */
  private static List<String[]> tokens(String body) {
    List<String[]> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String marker = "";
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        current.append(c).append(body.charAt(++i));
      } else if (c == '=' || c == '~') {
        if (!marker.isEmpty() || !current.toString().isBlank()) {
          tokens.add(new String[] {marker, current.toString()});
        }
        marker = String.valueOf(c);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!marker.isEmpty() || !current.toString().isBlank()) {
      tokens.add(new String[] {marker, current.toString()});
    }
    return tokens;
  }

  private static int indexOfUnescaped(String s, String needle, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(i + 1);
        if ("~=#{}:".indexOf(next) >= 0) {
          out.append(next);
          i++;
          continue;
        }
        if (next == 'n') {
          out.append('\n');
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
