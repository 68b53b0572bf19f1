package org.pathgraph.ingest.parse;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Small conversions shared by the object and path readers, worded for content authors. */
final class Values {

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final int QUOTE_LIMIT = 80;

  private Values() {}

  /** The value as an int when it is an integer or a text holding one (so "3" equals 3). */
  static Integer asInteger(Object value) {
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Long l && l == l.intValue()) {
      return l.intValue();
    }
    if (value instanceof BigInteger b && b.bitLength() < 32) {
      return b.intValue();
    }
    if (value instanceof String s && INTEGER.matcher(s.strip()).matches()) {
      try {
        return Integer.valueOf(s.strip());
      } catch (NumberFormatException tooBig) {
        return null;
      }
    }
    return null;
  }

  /** A language code trimmed and lower-cased, or null when that is not two letters. */
  static String asLanguage(Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    String code = s.strip().toLowerCase(Locale.ROOT);
    return LANGUAGE.matcher(code).matches() ? code : null;
  }

  /** How a value reads in a message: texts quoted, collections named. */
  static String describe(Object value) {
    if (value == null) {
      return "nothing";
    }
    if (value instanceof String s) {
      String shown = s.length() > QUOTE_LIMIT ? s.substring(0, QUOTE_LIMIT) + "..." : s;
      return '"' + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (value instanceof byte[]) {
      return "binary data";
    }
    return String.valueOf(value);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
