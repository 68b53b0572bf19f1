package org.pathgraph.ingest.tree;

import java.util.Comparator;

/** Orders strings by Unicode code point, which {@link String#compareTo} (UTF-16 units) does not. */
public final class CodePoints {

  public static final Comparator<String> ORDER = CodePoints::compare;

  private CodePoints() {}

  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
