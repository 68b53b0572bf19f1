package org.pathgraph.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.pathgraph.api.BadRequestException;

/**
 * A search's {@code query} argument made into the Lucene syntax the full-text indexes take. Plain
 * text is lower-cased (so {@code AND}, {@code OR}, {@code NOT} are words, as the analyzers would
 * make them anyway) and escaped, so any text is a valid query; with {@code advanced} the text is
 * Lucene syntax, checked here with the parser Neo4j uses, so a syntax error is a BAD_REQUEST that
 * names the argument (in our words: the parser's own name its grammar and classes). The same parse
 * gives, per analyzer, the terms snippets mark.
 *
 * @param lucene the query string for {@code db.index.fulltext.queryNodes}
 */
record SearchQuery(String lucene, Map<SearchLanguage, Terms> terms) {

  /** Longer queries are refused: no one types them, and they cost the index. */
  static final int MAX_LENGTH = 1000;

  /** Where the query parser's messages place a syntax error. */
  private static final Pattern COLUMN = Pattern.compile("line \\d+, column (\\d+)");

  /** Parses {@code text}; a BadRequestException says what is wrong with it. */
  static SearchQuery of(String text, boolean advanced) {
    if (text == null || text.isBlank()) {
      throw new BadRequestException("argument 'query' must not be blank");
    }
    if (text.length() > MAX_LENGTH) {
      throw new BadRequestException(
          "argument 'query' is longer than " + MAX_LENGTH + " characters (" + text.length() + ")");
    }
    String lucene = advanced ? text : QueryParser.escape(text.toLowerCase(Locale.ROOT));
    Map<SearchLanguage, Terms> terms = new EnumMap<>(SearchLanguage.class);
    for (SearchLanguage language : SearchLanguage.values()) {
      terms.put(language, Terms.of(parse(lucene, language, advanced)));
    }
    return new SearchQuery(lucene, terms);
  }

  private static Query parse(String lucene, SearchLanguage language, boolean advanced) {
    QueryParser parser = new QueryParser("text", language.analyzer());
    // Neo4j's full-text indexes accept leading wildcards; so must this check.
    parser.setAllowLeadingWildcard(true);
    try {
      return parser.parse(lucene);
    } catch (ParseException | RuntimeException e) {
      // The parser's own messages quote its grammar and class names; the client gets the place.
      Matcher column = COLUMN.matcher(String.valueOf(e.getMessage()));
      String at = column.find() ? " at column " + column.group(1) : "";
      throw new BadRequestException(
          advanced
              ? "argument 'query' is not valid search syntax (advanced: true)"
                  + at
                  + ": check quotes, brackets, field names and that AND, OR and NOT stand"
                  + " between terms"
              : "argument 'query' could not be searched" + at);
    }
  }

  /**
   * What a query matches in one analyzer's terms: exact terms, and automata for wildcard, prefix,
   * fuzzy and regular-expression parts. Terms under NOT are left out: they never match a hit.
   */
  record Terms(Set<String> exact, List<ByteRunAutomaton> patterns) {

    static Terms of(Query query) {
      Set<String> exact = new HashSet<>();
      List<ByteRunAutomaton> patterns = new ArrayList<>();
      query.visit(
          new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
              for (Term t : terms) {
                exact.add(t.text());
              }
            }

            @Override
            public void consumeTermsMatching(
                Query q, String field, Supplier<ByteRunAutomaton> automaton) {
              patterns.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
              return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
          });
      return new Terms(Set.copyOf(exact), List.copyOf(patterns));
    }

    /** Whether an analyzed token is one the query looks for. */
    boolean matches(String token) {
      if (exact.contains(token)) {
        return true;
      }
      if (patterns.isEmpty()) {
        return false;
      }
      BytesRef bytes = new BytesRef(token);
      for (ByteRunAutomaton p : patterns) {
        if (p.run(bytes.bytes, bytes.offset, bytes.length)) {
          return true;
        }
      }
      return false;
    }

    boolean isEmpty() {
      return exact.isEmpty() && patterns.isEmpty();
    }
  }
}
